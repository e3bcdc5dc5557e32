// Cross-tenant cases: store connections (connect, disconnect), the orders CSV, the Conversions page
// and its export, Settings → Stores. The store webhooks take no workspace: exemptions.ts.
import { action, page, route } from "../harness";

const ACTIONS = "app/(app)/actions/conversions.ts";
const CSV = "order_id,date,total,currency\nX-1,2026-11-05,10.00,USD\n";

export const cases = [
  action(`${ACTIONS}#connectStoreAction`, () => ({ kind: "woocommerce", name: "Another store", secret: "a-new-secret-123" })),
  action(`${ACTIONS}#disconnectStoreAction`, (t) => ({ connectionId: t.storeConnectionId })),
  action(`${ACTIONS}#previewOrderCsvAction`, () => ({ csv: CSV })),
  action(`${ACTIONS}#importOrderCsvAction`, () => ({
    csv: CSV,
    mapping: { order_id: "order_id", date: "date", total: "total", currency: "currency" },
    defaultCurrency: "",
  })),
  page("app/(app)/w/[workspaceSlug]/conversions/page.tsx"),
  // Filters naming another workspace's campaign or influencer match nothing of this one and show nothing of theirs.
  page(
    "app/(app)/w/[workspaceSlug]/conversions/page.tsx (filtered)",
    (t) => ({ searchParams: { campaign: t.campaignId, influencer: t.influencerId } }),
    {
      needsIds: "OK_WITHOUT_LEAK",
    },
  ),
  page("app/(app)/w/[workspaceSlug]/settings/stores/page.tsx"),
  route("app/api/w/[workspaceSlug]/conversions/export/route.ts GET"),
  route("app/api/w/[workspaceSlug]/conversions/export/route.ts GET (filtered)", (t) => ({ query: `?campaign=${t.campaignId}&by=code` }), {
    needsIds: "OK_WITHOUT_LEAK",
  }),
];
