// Cross-tenant cases of cases/influencers.ts, run by the harness (see harness.ts).
import { cases } from "./cases/influencers";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
