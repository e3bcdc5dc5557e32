// Sub-navigation of one campaign.
import { TabNav } from "@/components/ui/tab-nav";

export function CampaignTabs({
  slug,
  campaignId,
  current,
  canWrite,
}: {
  slug: string;
  campaignId: string;
  current: "overview" | "brief" | "metrics" | "results" | "edit";
  canWrite: boolean;
}) {
  const base = `/w/${slug}/campaigns/${campaignId}`;
  const tabs = [
    { key: "overview", label: "Overview", href: base },
    { key: "brief", label: "Brief", href: `${base}/brief` },
    { key: "metrics", label: "Metrics", href: `${base}/metrics` },
    { key: "results", label: "Results", href: `${base}/results` },
    ...(canWrite ? [{ key: "edit", label: "Settings", href: `${base}/edit` }] : []),
  ];
  return (
    <TabNav label="Campaign" className="mb-6" tabs={tabs.map((t) => ({ href: t.href, label: t.label, current: current === t.key }))} />
  );
}
