// Cross-tenant cases of cases/workspaces.ts, run by the harness (see harness.ts).
import { cases } from "./cases/workspaces";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
