// Sub-navigation of one campaign.
import Link from "next/link";

import { cn } from "@/components/ui/cn";

export function CampaignTabs({ slug, campaignId, current, canWrite }: { slug: string; campaignId: string; current: "overview" | "brief" | "edit"; canWrite: boolean }) {
  const base = `/w/${slug}/campaigns/${campaignId}`;
  const tabs = [
    { key: "overview", label: "Overview", href: base },
    { key: "brief", label: "Brief", href: `${base}/brief` },
    ...(canWrite ? [{ key: "edit", label: "Settings", href: `${base}/edit` }] : []),
  ];
  return (
    <nav aria-label="Campaign" className="mb-6 flex gap-1 border-b">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={current === t.key ? "page" : undefined}
          className={cn("-mb-px border-b-2 px-3 py-2 text-sm font-medium", current === t.key ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground")}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
