// Cross-tenant cases of cases/contracts-seal.ts, run by the harness (see harness.ts).
import { cases } from "./cases/contracts-seal";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
