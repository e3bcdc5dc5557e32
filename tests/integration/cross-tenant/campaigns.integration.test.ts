// Cross-tenant cases of cases/campaigns.ts, run by the harness (see harness.ts).
import { cases } from "./cases/campaigns";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
