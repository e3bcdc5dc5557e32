// Cross-tenant cases of cases/workspace-logo.ts, run by the harness (see harness.ts).
import { cases } from "./cases/workspace-logo";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
