// Cross-tenant cases: Settings → Billing and its two actions (Checkout, portal). They run with billing
// on against the fake Stripe (the runner starts it). The Stripe webhook takes no workspace: exemptions.ts.
import { action, page } from "../harness";

const ACTIONS = "app/(app)/actions/billing.ts";

export const cases = [
  action(`${ACTIONS}#startCheckoutAction`, () => ({ plan: "agency", interval: "monthly" })),
  action(`${ACTIONS}#openPortalAction`, () => ({})),
  page("app/(app)/w/[workspaceSlug]/settings/billing/page.tsx"),
];
