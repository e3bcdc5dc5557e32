// Cross-tenant cases of cases/payouts.ts, run by the harness (see harness.ts), with billing on against
// the local fake Stripe.
import { afterAll, beforeAll } from "vitest";

import { env } from "@/lib/env";

import { fakeStripeEnv, startFakeStripe, type FakeStripe } from "../../fixtures/fake-stripe";
import { cases } from "./cases/payouts";
import { runCrossTenantCases } from "./harness";

let fake: FakeStripe;
const saved = { ...env };
beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(env, fakeStripeEnv(fake.url));
});
afterAll(async () => {
  Object.assign(env, saved);
  await fake.close();
});

runCrossTenantCases(cases);
