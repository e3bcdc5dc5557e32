// Cross-tenant cases of cases/tracking.ts, run by the harness (see harness.ts).
import { cases } from "./cases/tracking";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
