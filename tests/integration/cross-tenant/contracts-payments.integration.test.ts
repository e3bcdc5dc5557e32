// Cross-tenant cases of cases/contracts-payments.ts, run by the harness (see harness.ts).
import { cases } from "./cases/contracts-payments";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
