// Cross-tenant cases of cases/posts.ts, run by the harness (see harness.ts).
import { cases } from "./cases/posts";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);
