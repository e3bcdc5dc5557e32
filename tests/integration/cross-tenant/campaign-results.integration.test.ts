// Cross-tenant cases of cases/campaign-results.ts, run by the harness (see harness.ts).
import { cases } from "./cases/campaign-results";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
