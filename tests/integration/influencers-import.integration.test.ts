// The import service on a real Postgres: messy file → created / errors; re-import → updated /
// unchanged; search finds what was imported (typo included); the job path reports progress.
import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { POST as uploadRoute } from "@/app/api/w/[workspaceSlug]/imports/route";
import { db } from "@/lib/db";
import { autoMapHeaders, parseCsv } from "@/lib/influencers/import";
import { rememberedMapping } from "@/lib/influencers/import-jobs/mappings";
import { getImport } from "@/lib/influencers/import-jobs/queries";
import { runImportJob } from "@/lib/influencers/import-jobs/run";
import { startImport } from "@/lib/influencers/import-jobs/start";
import { importRoster } from "@/lib/influencers/import-roster";
import { searchInfluencers } from "@/lib/influencers/search";

import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

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

describe("a normal spreadsheet: an Instagram column, no platform column", () => {
  const SHEET = [
    "Name,Instagram,Followers,Email",
    "Ava Rivera,@ava.rivera,12.4K,ava@example.com",
    "Noah Kim,noahkim,8200,",
    "Maya Silva,https://www.instagram.com/maya.silva/,48K,",
    "Leo Novak,leo_novak,15000,leo@example.com",
    "Zoe Hill,@zoehill,not sure,",
    "Omar Khan,omar.khan,2.1M,",
    "Isla Costa,isla.costa,31000,",
  ].join("\n");

  async function upload(slug: string, text: string, fields: Record<string, string> = {}) {
    const form = new FormData();
    form.set("file", new Blob([text], { type: "text/csv" }), "roster.csv");
    form.set("mapping", JSON.stringify(autoMapHeaders(parseCsv(text).headers)));
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const res = await uploadRoute(new Request(`http://test/api/w/${slug}/imports`, { method: "POST", body: form }), {
      params: Promise.resolve({ workspaceSlug: slug }),
    });
    return { status: res.status, body: (await res.json()) as { job: Awaited<ReturnType<typeof getImport>> } };
  }

  it("imports the 6 good rows of 7 as Instagram accounts with their tiers, and reports the bad one", async () => {
    const owner = await createUser();
    const { workspace } = await createWorkspaceWith({ owner });
    actAs(owner);
    const { status, body } = await upload(workspace.slug, SHEET);
    expect(status).toBe(201);
    expect(body.job).toMatchObject({ status: "completed", totalRows: 7, created: 6, errorCount: 1 });
    expect(body.job.errors).toEqual([{ row: 6, message: 'Followers "not sure" is not a number' }]);
    const accounts = await db.socialAccount.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { handle: "asc" },
      select: { platform: true, handle: true, followers: true, influencer: { select: { displayName: true, tier: true } } },
    });
    expect(accounts.map((a) => [a.platform, a.handle, a.followers, a.influencer.tier])).toEqual([
      ["instagram", "ava.rivera", 12_400, "micro"],
      ["instagram", "isla.costa", 31_000, "micro"],
      ["instagram", "leo_novak", 15_000, "micro"],
      ["instagram", "maya.silva", 48_000, "micro"],
      ["instagram", "noahkim", 8_200, "nano"],
      ["instagram", "omar.khan", 2_100_000, "mega"],
    ]);
  });

  it("gives a handle column the platform chosen for the whole file, and remembers it with the mapping", async () => {
    const owner = await createUser();
    const { workspace } = await createWorkspaceWith({ owner });
    actAs(owner);
    const text = "Name,Handle,Followers\nAva,ava.t,1200\nNoah,https://www.youtube.com/@noahvids,50000\n";
    const { body } = await upload(workspace.slug, text, { defaultPlatform: "tiktok" });
    expect(body.job).toMatchObject({ status: "completed", created: 2, errorCount: 0 });
    const platforms = await db.socialAccount.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { handle: "asc" },
      select: { platform: true, handle: true },
    });
    expect(platforms).toEqual([
      { platform: "tiktok", handle: "ava.t" },
      { platform: "youtube", handle: "noahvids" },
    ]);
    expect(await rememberedMapping(workspace.id, ["Name", "Handle", "Followers"])).toMatchObject({ defaultPlatform: "tiktok" });
    const bad = await upload(workspace.slug, text, { defaultPlatform: "myspace" });
    expect(bad.status).toBe(400);
  });

  it("makes one person of a row with several platform columns, and joins a later column to them on re-import", async () => {
    const { workspace } = await createWorkspaceWith();
    const first = "Name,Instagram,IG followers,TikTok,TikTok followers\nJane Doe,jane.doe,9000,janetok,120000\nSolo,solo.ig,3000,,\n";
    const mapping = autoMapHeaders(parseCsv(first).headers);
    const summary = await importRoster({ workspaceId: workspace.id, text: first, mapping });
    expect(summary).toMatchObject({ created: 3, errors: [] });
    const jane = await db.influencer.findFirstOrThrow({
      where: { workspaceId: workspace.id, displayName: "Jane Doe" },
      select: { id: true, followers: true, tier: true, platforms: true, accounts: { select: { platform: true, followers: true } } },
    });
    expect(jane).toMatchObject({ followers: 120_000, tier: "macro" });
    expect(jane.platforms.toSorted()).toEqual(["instagram", "tiktok"]);
    expect(await db.influencer.count({ where: { workspaceId: workspace.id } })).toBe(2);

    const later = "Name,Instagram,IG followers,TikTok,TikTok followers\nSolo,solo.ig,3100,solotok,800\n";
    const again = await importRoster({ workspaceId: workspace.id, text: later, mapping });
    expect(again).toMatchObject({ created: 1, updated: 1 });
    const solo = await db.influencer.findFirstOrThrow({
      where: { workspaceId: workspace.id, displayName: "Solo" },
      select: { followers: true, platforms: true, _count: { select: { accounts: true } } },
    });
    expect(solo).toMatchObject({ followers: 3_100, _count: { accounts: 2 } });
    expect(solo.platforms.toSorted()).toEqual(["instagram", "tiktok"]);
    expect(await db.influencer.count({ where: { workspaceId: workspace.id } })).toBe(2);
  });
});
