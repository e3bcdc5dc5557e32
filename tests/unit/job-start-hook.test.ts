import { afterEach, describe, expect, it, vi } from "vitest";

import { deferJobWorkers, jobWorkersMayStart, startJobWorkersWhenAllowed } from "@/lib/jobs/start-hook";

// The launcher holds the job workers until its server listens; plain `next start` doesn't hold them.
const KEY = Symbol.for("microcampaigns.jobWorkersStart");
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
});

describe("job workers start after the server listens", () => {
  it("without the launcher they start at once", () => {
    const start = vi.fn();
    startJobWorkersWhenAllowed(start);
    expect(start).toHaveBeenCalledTimes(1);
    jobWorkersMayStart();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("under the launcher they wait for the listen, then start once", () => {
    deferJobWorkers();
    const start = vi.fn();
    startJobWorkersWhenAllowed(start);
    expect(start).not.toHaveBeenCalled();
    jobWorkersMayStart();
    expect(start).toHaveBeenCalledTimes(1);
    jobWorkersMayStart();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("handed over after the listen (Next registering late, as in dev), they start at once", () => {
    deferJobWorkers();
    jobWorkersMayStart();
    const start = vi.fn();
    startJobWorkersWhenAllowed(start);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
