// Cross-tenant cases of cases/api-keys.ts, run by the harness (see harness.ts).
import { cases } from "./cases/api-keys";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
