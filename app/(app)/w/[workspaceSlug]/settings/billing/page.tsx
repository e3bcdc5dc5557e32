import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BillingPanel } from "@/components/billing/billing-panel";
import { PayoutsSwitch } from "@/components/billing/payouts-switch";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { billingConfig } from "@/lib/billing/config";
import { workspacePayoutsEnabled } from "@/lib/billing/connect";
import { billingOverview } from "@/lib/billing/limits";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "billing.manage");
  const config = billingConfig();
  // Billing off (self-hosted): there is nothing to show, and no link leads here.
  if (!config) notFound();
  const [overview, payouts] = await Promise.all([billingOverview(workspace.id), workspacePayoutsEnabled(workspace.id)]);
  return (
    <div className="grid gap-6">
      <BillingPanel
        slug={workspace.slug}
        overview={overview}
        yearly={{ pro: Boolean(config.prices.pro.yearly), agency: Boolean(config.prices.agency.yearly) }}
      />
      <PayoutsSwitch slug={workspace.slug} enabled={payouts} />
    </div>
  );
}
