// The import service on a real Postgres: messy file → created / errors; re-import → updated /
// unchanged; search finds what was imported (typo included); the job path reports progress.
import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { autoMapHeaders, parseCsv } from "@/lib/influencers/import";
import { getImport } from "@/lib/influencers/import-jobs/queries";
import { runImportJob } from "@/lib/influencers/import-jobs/run";
import { startImport } from "@/lib/influencers/import-jobs/start";
import { importRoster } from "@/lib/influencers/import-roster";
import { searchInfluencers } from "@/lib/influencers/search";

import { createWorkspaceWith } from "../fixtures/factories";

const messy = fs.readFileSync("tests/fixtures/csv/messy-roster.csv", "utf8");
const mapping = autoMapHeaders(parseCsv(messy).headers);

describe("importRoster", () => {
  it("imports the good rows of a messy file, reports bad rows by spreadsheet line, and re-imports without duplicating", async () => {
    const { workspace } = await createWorkspaceWith();
    const first = await importRoster({ workspaceId: workspace.id, text: messy, mapping });
    expect(first.created).toBeGreaterThan(3);
    expect(first.updated).toBe(0);
    expect(first.errors.map((e) => e.row)).toEqual(expect.arrayContaining([6, 7]));
    expect(first.errors.find((e) => e.row === 6)?.message).toMatch(/12abc/);
    expect(first.failedRowsCsv).toContain("12abc");

    const jane = await db.socialAccount.findUnique({
      where: { workspaceId_platform_handle: { workspaceId: workspace.id, platform: "instagram", handle: "jane.doe" } },
      select: { followers: true, influencer: { select: { tier: true, followers: true, searchText: true, riskReasons: true } } },
    });
    // The later duplicate row (line 11, 50,000) wins.
    expect(jane?.followers).toBe(50_000);
    expect(jane?.influencer.tier).toBe("micro");
    expect(jane?.influencer.riskReasons.length).toBeGreaterThan(0);

    const again = await importRoster({ workspaceId: workspace.id, text: messy, mapping });
    expect(again.created).toBe(0);
    expect(again.updated).toBe(0);
    expect(again.unchanged).toBe(first.created);

    const changed = messy
      .replace("48.2K", "49K")
      .replace("Tom Baker,https://www.tiktok.com/@TomBakes?lang=en,,2.4M", "Tom Baker,https://www.tiktok.com/@TomBakes?lang=en,,2.6M");
    const third = await importRoster({ workspaceId: workspace.id, text: changed, mapping });
    expect(third.updated).toBe(1);
    expect(third.created).toBe(0);
    const snapshots = await db.followerSnapshot.count({ where: { workspaceId: workspace.id } });
    expect(snapshots).toBe(first.created);
    expect(await db.influencer.count({ where: { workspaceId: workspace.id } })).toBe(first.created);
  });

  it("search finds imported influencers by handle, niche, with a typo, and with filters", async () => {
    const { workspace } = await createWorkspaceWith();
    const other = await createWorkspaceWith();
    await importRoster({ workspaceId: workspace.id, text: messy, mapping });
    await importRoster({ workspaceId: other.workspace.id, text: messy, mapping });

    const byHandle = await searchInfluencers({ workspaceId: workspace.id, q: "tombakes" });
    expect(byHandle.rows.map((r) => r.displayName)).toEqual(["Tom Baker"]);
    expect(byHandle.total).toBe(1);

    const typo = await searchInfluencers({ workspaceId: workspace.id, q: "bakng" });
    expect(typo.fuzzyWords).toEqual(["bakng"]);
    expect(typo.rows.map((r) => r.displayName)).toContain("Tom Baker");

    const micro = await searchInfluencers({ workspaceId: workspace.id, filters: { tiers: ["micro"], platforms: ["instagram"] } });
    expect(micro.rows.every((r) => r.tier === "micro" && r.platforms.includes("instagram"))).toBe(true);
    expect(micro.rows.length).toBeGreaterThan(0);

    const all = await searchInfluencers({ workspaceId: workspace.id, limit: 2, sort: "engagement" });
    expect(all.rows).toHaveLength(2);
    const next = await searchInfluencers({ workspaceId: workspace.id, limit: 2, sort: "engagement", cursor: all.nextCursor ?? undefined });
    expect(next.rows.map((r) => r.id)).not.toContain(all.rows[0]!.id);
    const everyone = await searchInfluencers({ workspaceId: workspace.id, limit: 200, sort: "engagement" });
    let cursor: string | undefined;
    const walked: string[] = [];
    do {
      const page = await searchInfluencers({ workspaceId: workspace.id, limit: 2, sort: "engagement", cursor });
      walked.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(everyone.rows.map((r) => r.id));
    expect(everyone.total).toBe(walked.length);
  });
});

describe("import jobs", () => {
  it("a large file is queued, then processed in chunks with progress and a failed-rows CSV", async () => {
    const { workspace, owner } = await createWorkspaceWith();
    const lines = ["handle,platform,followers,er"];
    for (let i = 0; i < 2500; i++)
      lines.push(i % 500 === 0 ? `bad${i},instagram,lots,1%` : `creator${i},instagram,${1000 + i},${(i % 9) + 1}%`);
    const job = await db.importJob.create({
      data: {
        workspaceId: workspace.id,
        createdById: owner.id,
        fileName: "big.csv",
        mapping: autoMapHeaders(["handle", "platform", "followers", "er"]),
        csvText: lines.join("\n"),
        totalRows: 2500,
      },
      select: { id: true },
    });
    await runImportJob(workspace.id, job.id);
    const done = await getImport(workspace.id, job.id);
    expect(done.status).toBe("completed");
    expect(done.processedRows).toBe(2500);
    expect(done.created).toBe(2495);
    expect(done.errorCount).toBe(5);
    expect(done.errors[0]).toEqual({ row: 2, message: expect.stringContaining("lots") });
    expect(done.hasFailedRows).toBe(true);
  });

  it("a small upload imports during the request", async () => {
    const { workspace, owner } = await createWorkspaceWith();
    const job = await startImport({ workspaceId: workspace.id, userId: owner.id, fileName: "messy.csv", text: messy, mapping });
    expect(job.status).toBe("completed");
    expect(job.created).toBeGreaterThan(3);
  });
});
