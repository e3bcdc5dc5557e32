// Cross-tenant cases of cases/connectors.ts, run by the harness (see harness.ts).
import { afterAll } from "vitest";

import { stopJobs } from "@/lib/jobs";

import { cases } from "./cases/connectors";
import { runCrossTenantCases } from "./harness";

runCrossTenantCases(cases);

// "Refresh now" queues a job: close the queue's connections.
afterAll(async () => {
  await stopJobs();
});
