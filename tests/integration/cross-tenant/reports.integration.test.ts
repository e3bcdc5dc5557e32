// Cross-tenant cases of cases/reports.ts, run by the harness (see harness.ts).
import { cases } from "./cases/reports";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
