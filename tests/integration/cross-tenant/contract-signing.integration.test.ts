// Cross-tenant cases of cases/contract-signing.ts, run by the harness (see harness.ts).
import { vi } from "vitest";

import { cases } from "./cases/contract-signing";
import { runCrossTenantCases } from "./harness";

// Completion queues the sealing job on pg-boss; not run here.
vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

runCrossTenantCases(cases);
