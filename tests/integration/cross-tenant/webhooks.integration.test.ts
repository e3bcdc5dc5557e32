// Cross-tenant cases of cases/webhooks.ts, run by the harness (see harness.ts).
import { cases } from "./cases/webhooks";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
