// Cross-tenant cases of cases/conversions.ts, run by the harness (see harness.ts).
import { cases } from "./cases/conversions";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
