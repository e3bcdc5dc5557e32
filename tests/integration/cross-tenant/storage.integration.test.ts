// Cross-tenant cases of cases/storage.ts, run by the harness (see harness.ts).
import { cases } from "./cases/storage";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
