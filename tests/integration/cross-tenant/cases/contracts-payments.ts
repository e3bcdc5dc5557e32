// Cross-tenant cases: creator payments (recording, reversing) and product shipments (actions), the workspace "Payments" page.
// The collaboration page's Payments and Product sections render inside the collaboration page's own
// cases (cases/campaigns.ts). One row per action and page; see ../harness.ts.
import { action, page, type CrossTenantCase } from "../harness";

const ACTIONS = "app/(app)/actions/payments.ts";
const PAGE = "app/(app)/w/[workspaceSlug]/payments/page.tsx";

export const cases: CrossTenantCase[] = [
  action(`${ACTIONS}#recordPaymentAction`, (t) => ({ paymentId: t.paymentId, amount: "1", paidOn: "2026-01-03", reference: "Cross" })),
  action(`${ACTIONS}#reversePaymentRecordAction`, (t) => ({ recordId: t.paymentRecordId, reason: "Cross-tenant reversal" })),
  action(`${ACTIONS}#recordShipmentAction`, (t) => ({
    collaborationId: t.collaborationId,
    carrier: "UPS",
    trackingNumber: "1Z999",
    shippedOn: "2026-01-03",
  })),
  page(PAGE),
  page(`${PAGE} (overdue filter)`, () => ({ searchParams: { state: "overdue" } })),
  page(`${PAGE} (B's campaign as the filter)`, (t) => ({ searchParams: { campaign: t.campaignId } }), { needsIds: "OK_WITHOUT_LEAK" }),
];
