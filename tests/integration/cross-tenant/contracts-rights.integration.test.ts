// Cross-tenant cases of cases/contracts-rights.ts, run by the harness (see harness.ts).
import { cases } from "./cases/contracts-rights";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
