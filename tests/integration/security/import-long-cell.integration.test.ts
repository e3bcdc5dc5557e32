// One over-long cell is an error of its row, never of the whole import. A 4,000-character cell
// used to fail a whole background import ("error on our side", 0 rows imported): the value reached
// an index whose entries PostgreSQL caps at ~2.7 kB. Every text field now has a length limit checked
// per row (lib/influencers/import/limits.ts), in the background job and the upload alike.
import { describe, expect, it } from "vitest";

import { POST as uploadRoute } from "@/app/api/w/[workspaceSlug]/imports/route";
import { db } from "@/lib/db";
import { autoMapHeaders, parseCsv } from "@/lib/influencers/import";
import { getImport } from "@/lib/influencers/import-jobs/queries";
import { runImportJob } from "@/lib/influencers/import-jobs/run";

import { createUser, createWorkspaceWith } from "../../fixtures/factories";
import { actAs } from "../session-double";

const LONG = "a".repeat(4_000);
const HEADERS = ["Name", "Handle", "Platform", "Followers", "Tags", "Bio"];

function sheet(badRow: string): string {
  return [
    HEADERS.join(","),
    "Ava Rivera,ava.rivera,instagram,12000,vip,Skincare daily",
    badRow,
    "Noah Kim,noahkim,tiktok,8200,,Baking",
  ].join("\n");
}

describe("a 4,000-character cell in a background import job", () => {
  it.each([
    ["name", `${LONG},long.name,instagram,5000,,`],
    ["tag", `Long Tag,long.tag,instagram,5000,${LONG},`],
  ])("a %s: the job completes, the row is reported, the good rows land", async (_label, badRow) => {
    const { workspace, owner } = await createWorkspaceWith();
    const text = sheet(badRow);
    const job = await db.importJob.create({
      data: {
        workspaceId: workspace.id,
        createdById: owner.id,
        fileName: "roster.csv",
        mapping: autoMapHeaders(parseCsv(text).headers),
        csvText: text,
        totalRows: 3,
      },
      select: { id: true },
    });
    await runImportJob(workspace.id, job.id);
    const done = await getImport(workspace.id, job.id);
    expect(done.failureReason).toBeNull();
    expect(done).toMatchObject({ status: "completed", created: 2, errorCount: 1 });
    expect(done.errors).toEqual([{ row: 3, message: expect.stringMatching(/4,000 characters long/) }]);
    expect(done.hasFailedRows).toBe(true);
    const handles = await db.socialAccount.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { handle: "asc" },
      select: { handle: true },
    });
    expect(handles.map((h) => h.handle)).toEqual(["ava.rivera", "noahkim"]);
  });
});

describe("a 4,000-character cell in an upload imported during the request", () => {
  it("answers with the finished job: the row reported, the good rows in", async () => {
    const owner = await createUser();
    const { workspace } = await createWorkspaceWith({ owner });
    actAs(owner);
    const text = sheet(`${LONG},long.name,instagram,5000,,`);
    const form = new FormData();
    form.set("file", new Blob([text], { type: "text/csv" }), "roster.csv");
    form.set("mapping", JSON.stringify(autoMapHeaders(HEADERS)));
    const res = await uploadRoute(new Request(`http://test/api/w/${workspace.slug}/imports`, { method: "POST", body: form }), {
      params: Promise.resolve({ workspaceSlug: workspace.slug }),
    });
    expect(res.status).toBe(201);
    const { job } = (await res.json()) as { job: { status: string; created: number; errorCount: number } };
    expect(job).toMatchObject({ status: "completed", created: 2, errorCount: 1 });
  });
});
