// Cross-tenant cases: tracking links, discount codes, campaign link defaults, the destination
// allowlist, the Links page (with a campaign filter) and its CSV export. The redirect itself (/r/<code>) takes no workspace: exemptions.ts.
import { action, page, route } from "../harness";

const ACTIONS = "app/(app)/actions/tracking.ts";

export const cases = [
  action(`${ACTIONS}#createLinkAction`, (t) => ({ collaborationId: t.collaborationId, destinationUrl: "https://shop.example/new" })),
  action(`${ACTIONS}#setLinkPausedAction`, (t) => ({ linkId: t.linkId, paused: true })),
  action(`${ACTIONS}#setLinkExpiryAction`, (t) => ({ linkId: t.linkId, expiresAt: "2030-01-01T00:00:00Z", fallbackUrl: null })),
  action(`${ACTIONS}#deleteLinkAction`, (t) => ({ linkId: t.linkId })),
  action(`${ACTIONS}#saveTrackingDefaultsAction`, (t) => ({ campaignId: t.campaignId, destinationUrl: "https://shop.example/d" })),
  action(`${ACTIONS}#saveAllowedDomainsAction`, () => ({ domains: "shop.example" })),
  action(`${ACTIONS}#createDiscountCodeAction`, (t) => ({
    collaborationId: t.collaborationId,
    pattern: "{NAME}20",
    description: "20% off",
  })),
  action(`${ACTIONS}#deleteDiscountCodeAction`, (t) => ({ discountCodeId: t.discountCodeId })),
  page("app/(app)/w/[workspaceSlug]/links/page.tsx"),
  page("app/(app)/w/[workspaceSlug]/links/page.tsx (B's campaign as filter)", (t) => ({
    searchParams: { campaign: t.campaignId, sort: "clicks" },
  })),
  route("app/api/w/[workspaceSlug]/links/export/route.ts GET"),
  route("app/api/w/[workspaceSlug]/links/export/route.ts GET (B's campaign as filter)", (t) => ({
    query: `?campaign=${t.campaignId}&status=active`,
  })),
];
