// Cross-tenant cases: creator payouts through Stripe Connect (the workspace switch and one-click pay).
// They run with billing on against the fake Stripe (the runner starts it); the tenants have payouts
// on and an onboarded creator (tests/fixtures/tenant.ts). The portal's onboarding action and return
// route are gated by the invite token: exemptions.ts, and billing-payouts.integration.test.ts.
// Settings → Billing (which renders the switch) is in cases/billing.ts; the collaboration page
// (which renders the pay button) in cases/campaigns.ts.
import { action, type CrossTenantCase } from "../harness";

const ACTIONS = "app/(app)/actions/payouts.ts";

export const cases: CrossTenantCase[] = [
  action(`${ACTIONS}#setPayoutsEnabledAction`, () => ({ enabled: true })),
  action(`${ACTIONS}#payCreatorPaymentAction`, (t) => ({ paymentId: t.paymentId })),
];
