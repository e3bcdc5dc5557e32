// Cross-tenant cases of cases/api.ts, run by the harness (see harness.ts).
import { cases } from "./cases/api";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
