// Cross-tenant cases of cases/analytics.ts, run by the harness (see harness.ts).
import { cases } from "./cases/analytics";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
