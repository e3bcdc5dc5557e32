// Cross-tenant cases of cases/contracts-ui.ts, run by the harness (see harness.ts).
import { cases } from "./cases/contracts-ui";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
