import { Wallet } from "lucide-react";
import type { Metadata } from "next";

import { PaymentsDue } from "@/components/contracts/payments-due";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { isPaymentState } from "@/lib/contracts/payment-state";
import { listPayments } from "@/lib/contracts/payments";

export const metadata: Metadata = { title: "Payments" };

type Props = { params: Promise<{ workspaceSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const sp = await searchParams;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "contracts.read");
  const state = typeof sp.state === "string" && isPaymentState(sp.state) ? sp.state : null;
  const campaignId = typeof sp.campaign === "string" && sp.campaign ? sp.campaign : null;
  const list = await listPayments({ workspaceId: workspace.id, state, campaignId });
  return (
    <>
      <PageHeader
        title="Payments"
        description="What you owe creators under their signed contracts: overdue first, in the workspace’s time zone. Totals are per currency."
      />
      <PaymentsDue slug={workspace.slug} list={list} filters={{ state, campaignId }} icon={<Wallet />} />
    </>
  );
}
