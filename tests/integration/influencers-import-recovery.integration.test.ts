// Imports a crashed server left behind are taken over: a "running" job whose worker is gone (its
// run lock was released with its connection) is re-queued by the sweep and finished by the queue's
// retry; a job a live worker holds is left alone.
import pg from "pg";
import { describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { autoMapHeaders } from "@/lib/influencers/import";
import { getImport } from "@/lib/influencers/import-jobs/queries";
import { recoverStaleImports } from "@/lib/influencers/import-jobs/recovery";
import { importJobHandler, runImportJob } from "@/lib/influencers/import-jobs/run";
import { enqueue } from "@/lib/jobs";

import { createWorkspaceWith } from "../fixtures/factories";

vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

const HEADERS = ["handle", "platform", "followers", "er"];

async function crashedJob(rows = 30) {
  const { workspace, owner } = await createWorkspaceWith();
  const lines = [HEADERS.join(",")];
  for (let i = 0; i < rows; i++) lines.push(`crash${i},instagram,${2000 + i},3%`);
  // What a server that died mid-import leaves: status running, some progress, the file still there.
  const job = await db.importJob.create({
    data: {
      workspaceId: workspace.id,
      createdById: owner.id,
      fileName: "big.csv",
      mapping: autoMapHeaders(HEADERS),
      csvText: lines.join("\n"),
      totalRows: rows,
      status: "running",
      processedRows: 10,
      startedAt: new Date(Date.now() - 3_600_000),
    },
    select: { id: true },
  });
  return { workspaceId: workspace.id, id: job.id, rows };
}

/** Stands in for a live worker: holds the job's run lock on its own connection. */
async function holdRunLock(id: string) {
  const client = new pg.Client({ connectionString: resolveDatabaseUrl() });
  await client.connect();
  await client.query("SELECT pg_advisory_lock(hashtextextended('influencer-import:' || $1, 0))", [id]);
  return client;
}

describe("import job recovery", () => {
  it("re-queues a job left running by a dead worker, and the queue's run finishes it", async () => {
    const job = await crashedJob();
    const recovered = await recoverStaleImports({ workspaceId: job.workspaceId });
    expect(recovered).toEqual([job.id]);
    expect((await getImport(job.workspaceId, job.id)).status).toBe("queued");
    expect(enqueue).toHaveBeenCalledWith(
      "influencer-import",
      { workspaceId: job.workspaceId, importJobId: job.id },
      expect.objectContaining({ singletonKey: `import:${job.id}` }),
    );

    await importJobHandler({ workspaceId: job.workspaceId, importJobId: job.id });
    const done = await getImport(job.workspaceId, job.id);
    expect(done.status).toBe("completed");
    expect(done.processedRows).toBe(job.rows);
    expect(done.created).toBe(job.rows);
    expect(await db.influencer.count({ where: { workspaceId: job.workspaceId } })).toBe(job.rows);
    // Nothing left to recover, and a second delivery of the queue job changes nothing.
    expect(await recoverStaleImports({ workspaceId: job.workspaceId })).toEqual([]);
    await runImportJob(job.workspaceId, job.id);
    expect(await db.influencer.count({ where: { workspaceId: job.workspaceId } })).toBe(job.rows);
  });

  it("a queue retry of the crashed job takes it over directly", async () => {
    const job = await crashedJob();
    await runImportJob(job.workspaceId, job.id);
    const done = await getImport(job.workspaceId, job.id);
    expect(done.status).toBe("completed");
    expect(done.created + done.updated + done.unchanged).toBe(job.rows);
  });

  it("leaves a job alone while a live worker holds it", async () => {
    const job = await crashedJob();
    const live = await holdRunLock(job.id);
    try {
      expect(await recoverStaleImports({ workspaceId: job.workspaceId })).toEqual([]);
      await runImportJob(job.workspaceId, job.id); // a duplicate delivery
      const still = await getImport(job.workspaceId, job.id);
      expect(still.status).toBe("running");
      expect(still.processedRows).toBe(10);
    } finally {
      await live.end();
    }
    // The worker died (its connection closed): now it is recoverable.
    expect(await recoverStaleImports({ workspaceId: job.workspaceId })).toEqual([job.id]);
  });

  it("only recovers the asked workspace's jobs", async () => {
    const a = await crashedJob();
    const b = await crashedJob();
    expect(await recoverStaleImports({ workspaceId: a.workspaceId })).toEqual([a.id]);
    expect((await getImport(b.workspaceId, b.id)).status).toBe("running");
  });
});
