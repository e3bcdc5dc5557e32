import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BillingPanel } from "@/components/billing/billing-panel";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { billingConfig } from "@/lib/billing/config";
import { billingOverview } from "@/lib/billing/limits";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "billing.manage");
  const config = billingConfig();
  // Billing off (self-hosted): there is nothing to show, and no link leads here.
  if (!config) notFound();
  const overview = await billingOverview(workspace.id);
  return (
    <BillingPanel
      slug={workspace.slug}
      overview={overview}
      yearly={{ pro: Boolean(config.prices.pro.yearly), agency: Boolean(config.prices.agency.yearly) }}
    />
  );
}
