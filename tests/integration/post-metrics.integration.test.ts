// Post metrics on real Postgres: posts and immutable snapshots (plausibility, dedupe, the latest per
// post in one query, the curve), the portal's submission with a screenshot, the CSV import (bad rows by
// line, re-import unchanged) and its command line.
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";

import { addInfluencers } from "@/lib/collaborations/add";
import { db } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { portalGate } from "@/lib/portal/gate";
import { importPostMetrics } from "@/lib/posts/import";
import { loadPortalMetrics, portalAddPost, portalSubmitMetrics, uploadInsightScreenshot } from "@/lib/posts/portal";
import { campaignImpressions, createPost, latestSnapshots, listCollaborationPosts, postCurve } from "@/lib/posts/records";
import { addSnapshotSchema, portalPostSchema, portalSnapshotSchema } from "@/lib/posts/schemas";
import { addSnapshot } from "@/lib/posts/snapshots";
import { seedMetrics } from "@/prisma/seed-metrics";

import { createInfluencer, createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";

const run = promisify(execFile);

async function world(label: string) {
  const owner = await createUser({ name: `Owner ${label}` });
  const { workspace } = await createWorkspaceWith({ name: `Brand ${label}`, owner });
  const collab = await createInvitedCollaboration(workspace.id, owner.id);
  await db.collaboration.updateMany({ where: { workspaceId: workspace.id, id: collab.collaborationId }, data: { status: "live" } });
  return { owner, workspace, w: workspace.id, ...collab };
}

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return toAppError(e);
  }
  throw new Error("expected a failure");
}

const counts = (c: Record<string, unknown>) => {
  const { postId: _p, capturedAt: _c, ...rest } = addSnapshotSchema.parse({ postId: "x", capturedAt: "2026-11-01", ...c });
  return rest;
};

let A: Awaited<ReturnType<typeof world>>;
let B: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  A = await world("A");
  B = await world("B");
});

describe("posts and snapshots", () => {
  it("normalises the URL, keeps it unique per workspace and refuses another workspace's collaboration", async () => {
    const input = portalPostSchema.parse({ url: "https://www.instagram.com/p/AbC123/?igshid=xyz", platform: "instagram", format: "post" });
    const post = await createPost({ workspaceId: A.w, collaborationId: A.collaborationId, actorId: A.owner.id, input });
    expect(post.url).toBe("https://instagram.com/p/AbC123");
    const again = await errorOf(
      createPost({
        workspaceId: A.w,
        collaborationId: A.collaborationId,
        actorId: A.owner.id,
        input: { ...input, url: "instagram.com/p/AbC123/" },
      }),
    );
    expect(again?.code).toBe("CONFLICT");
    // The same URL in another workspace is that workspace's own post.
    await createPost({ workspaceId: B.w, collaborationId: B.collaborationId, actorId: B.owner.id, input });
    const foreign = await errorOf(
      createPost({
        workspaceId: A.w,
        collaborationId: B.collaborationId,
        actorId: A.owner.id,
        input: { ...input, url: "https://tiktok.com/@x/video/1" },
      }),
    );
    expect(foreign?.code).toBe("NOT_FOUND");
    const foreignDeliverable = await errorOf(
      createPost({
        workspaceId: A.w,
        collaborationId: A.collaborationId,
        actorId: A.owner.id,
        input: { ...input, url: "https://tiktok.com/@x/video/2", deliverableId: B.deliverableId },
      }),
    );
    expect(foreignDeliverable?.code).toBe("NOT_FOUND");
  });

  it("refuses implausible numbers with messages per field and stores nothing", async () => {
    const post = await createPost({
      workspaceId: A.w,
      collaborationId: A.collaborationId,
      actorId: A.owner.id,
      input: portalPostSchema.parse({ url: "https://instagram.com/reel/R1", platform: "instagram", format: "reel" }),
    });
    const e = await errorOf(
      addSnapshot({
        workspaceId: A.w,
        actorId: A.owner.id,
        postId: post.id,
        source: "manual",
        capturedAt: new Date(),
        counts: counts({ reach: 500, impressions: 400, avgWatchPct: 140 }),
      }),
    );
    expect(e?.code).toBe("BAD_REQUEST");
    expect(e?.fieldErrors?.reach?.[0]).toMatch(/larger than impressions/);
    expect(e?.fieldErrors?.avgWatchPct?.[0]).toMatch(/between 0 and 100/);
    expect(await db.metricSnapshot.count({ where: { workspaceId: A.w, postId: post.id } })).toBe(0);
    expect(addSnapshotSchema.safeParse({ postId: "p", capturedAt: "2026-11-01", likes: "lots" }).error?.issues[0]?.message).toBe(
      "Likes is not a number.",
    );
  });

  it("keeps snapshots immutable: the same one again is unchanged, different numbers at the same time are refused", async () => {
    const post = await createPost({
      workspaceId: A.w,
      collaborationId: A.collaborationId,
      actorId: A.owner.id,
      input: portalPostSchema.parse({ url: "https://instagram.com/p/DEDUPE", platform: "instagram", format: "post" }),
    });
    const at = new Date("2026-11-02T00:00:00Z");
    const base = { workspaceId: A.w, actorId: A.owner.id, postId: post.id, source: "manual" as const, capturedAt: at };
    expect((await addSnapshot({ ...base, counts: counts({ reach: 1000, likes: 50 }) })).status).toBe("created");
    expect((await addSnapshot({ ...base, counts: counts({ reach: 1000, likes: 50 }) })).status).toBe("unchanged");
    expect((await errorOf(addSnapshot({ ...base, counts: counts({ reach: 1000, likes: 51 }) })))?.code).toBe("CONFLICT");
    // Another source at the same time is another snapshot.
    expect((await addSnapshot({ ...base, source: "csv", counts: counts({ reach: 1000, likes: 51 }) })).status).toBe("created");
    expect(await db.metricSnapshot.count({ where: { workspaceId: A.w, postId: post.id } })).toBe(2);
    // B can't add to A's post.
    expect((await errorOf(addSnapshot({ ...base, workspaceId: B.w, capturedAt: new Date(), counts: counts({ likes: 1 }) })))?.code).toBe(
      "NOT_FOUND",
    );
  });

  it("takes the latest snapshot per post by capture time (not by insert order), in one query, and gives the curve", async () => {
    const post = await createPost({
      workspaceId: A.w,
      collaborationId: A.collaborationId,
      actorId: A.owner.id,
      input: portalPostSchema.parse({ url: "https://youtu.be/vid42", platform: "youtube", format: "video" }),
    });
    expect(post.url).toBe("https://youtube.com/watch?v=vid42");
    const add = (day: number, views: number) =>
      addSnapshot({
        workspaceId: A.w,
        actorId: A.owner.id,
        postId: post.id,
        source: "manual",
        capturedAt: new Date(`2026-11-${String(day).padStart(2, "0")}T00:00:00Z`),
        counts: counts({ views }),
      });
    await add(10, 3000);
    await add(5, 1000); // entered later, captured earlier
    await add(7, 2000);
    const latest = await latestSnapshots(A.w, [post.id]);
    expect(latest.get(post.id)?.views).toBe(3000);
    expect((await latestSnapshots(B.w, [post.id])).size).toBe(0);
    expect((await postCurve(A.w, post.id)).map((s) => s.views)).toEqual([1000, 2000, 3000]);
    expect((await errorOf(postCurve(B.w, post.id)))?.code).toBe("NOT_FOUND");
    const listed = (await listCollaborationPosts(A.w, A.collaborationId)).find((p) => p.id === post.id)!;
    expect(listed.latest?.views).toBe(3000);
    expect(listed.history).toHaveLength(3);
  });
});

describe("campaign impressions (CTR's denominator)", () => {
  it("sums the latest reported impressions per post, leaves out posts without them, and is null when none reported", async () => {
    const C = await world("C");
    expect(await campaignImpressions(C.w, C.campaignId)).toBeNull();
    const post = (url: string) =>
      createPost({
        workspaceId: C.w,
        collaborationId: C.collaborationId,
        actorId: C.owner.id,
        input: portalPostSchema.parse({ url, platform: "instagram", format: "post" }),
      });
    const add = (postId: string, day: number, c: Record<string, number>) =>
      addSnapshot({
        workspaceId: C.w,
        actorId: C.owner.id,
        postId,
        source: "manual",
        capturedAt: new Date(`2026-11-${String(day).padStart(2, "0")}T00:00:00Z`),
        counts: counts(c),
      });
    const one = await post("https://instagram.com/p/impr1");
    const two = await post("https://instagram.com/p/impr2");
    await add(two.id, 5, { views: 900 });
    expect(await campaignImpressions(C.w, C.campaignId)).toBeNull();
    await add(one.id, 10, { impressions: 4000 });
    await add(one.id, 5, { impressions: 1000 }); // captured earlier: not the latest, never added to it
    expect(await campaignImpressions(C.w, C.campaignId)).toBe(4000);
    expect(await campaignImpressions(A.w, C.campaignId)).toBeNull(); // another workspace sees nothing
  });
});

describe("portal submission", () => {
  it("adds the creator's post and numbers with a screenshot, scoped to the token's collaboration", async () => {
    const ctx = await portalGate(A.token);
    const post = await portalAddPost(
      ctx,
      portalPostSchema.parse({
        url: "https://tiktok.com/@ava/video/777",
        platform: "tiktok",
        format: "video",
        deliverableId: A.deliverableId,
      }),
    );
    const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 200, b: 90 } } })
      .png()
      .toBuffer();
    const file = await uploadInsightScreenshot(ctx, {
      body: new Blob([new Uint8Array(image)]).stream(),
      declaredLength: image.length,
      fileName: "insights.png",
    });
    const res = await portalSubmitMetrics(
      ctx,
      portalSnapshotSchema.parse({ postId: post.id, capturedAt: "2026-11-20", views: "12,500", likes: "900", evidenceFileId: file.id }),
    );
    expect(res.status).toBe("created");
    const snap = await db.metricSnapshot.findFirstOrThrow({
      where: { workspaceId: A.w, postId: post.id },
      select: { source: true, views: true, evidenceFileId: true, enteredById: true },
    });
    expect(snap).toEqual({ source: "portal", views: 12500, evidenceFileId: file.id, enteredById: null });
    const view = await loadPortalMetrics(ctx);
    expect(view.open).toBe(true);
    expect(view.posts.find((p) => p.id === post.id)?.latest?.likes).toBe(900);
  });

  it("refuses a PDF as a screenshot, another collaboration's post or file, and numbers before approval", async () => {
    const ctx = await portalGate(A.token);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    expect(
      (await errorOf(uploadInsightScreenshot(ctx, { body: new Blob([pdf]).stream(), declaredLength: pdf.length, fileName: "x.pdf" })))
        ?.code,
    ).toBe("UNPROCESSABLE");
    const bCtx = await portalGate(B.token);
    const bPost = await portalAddPost(
      bCtx,
      portalPostSchema.parse({ url: "https://tiktok.com/@b/video/1", platform: "tiktok", format: "video" }),
    );
    const image = await sharp({ create: { width: 20, height: 20, channels: 3, background: { r: 1, g: 2, b: 3 } } })
      .png()
      .toBuffer();
    const bFile = await uploadInsightScreenshot(bCtx, {
      body: new Blob([new Uint8Array(image)]).stream(),
      declaredLength: image.length,
      fileName: "b.png",
    });
    expect(
      (await errorOf(portalSubmitMetrics(ctx, portalSnapshotSchema.parse({ postId: bPost.id, capturedAt: "2026-11-20", likes: 1 }))))?.code,
    ).toBe("NOT_FOUND");
    const aPost = await db.post.findFirstOrThrow({ where: { workspaceId: A.w, collaborationId: A.collaborationId }, select: { id: true } });
    expect(
      (
        await errorOf(
          portalSubmitMetrics(
            ctx,
            portalSnapshotSchema.parse({ postId: aPost.id, capturedAt: "2026-11-21", likes: 1, evidenceFileId: bFile.id }),
          ),
        )
      )?.code,
    ).toBe("NOT_FOUND");
    const early = await createInvitedCollaboration(A.w, A.owner.id);
    const earlyCtx = await portalGate(early.token);
    expect(
      (
        await errorOf(
          portalAddPost(earlyCtx, portalPostSchema.parse({ url: "https://instagram.com/p/early", platform: "instagram", format: "post" })),
        )
      )?.code,
    ).toBe("CONFLICT");
  });
});

describe("portal actions", () => {
  it("answer only for the token's own collaboration and refuse a revoked link", async () => {
    const { addPortalPostAction, submitPortalMetricsAction } = await import("@/app/(portal)/metrics/actions");
    const bPost = await db.post.findFirstOrThrow({ where: { workspaceId: B.w }, select: { id: true } });
    const before = await db.metricSnapshot.count();
    const foreign = await submitPortalMetricsAction(A.token, { postId: bPost.id, capturedAt: "2026-11-22", likes: "3" });
    expect(foreign).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const revoked = await createInvitedCollaboration(A.w, A.owner.id);
    await db.collaboration.updateMany({
      where: { workspaceId: A.w, id: revoked.collaborationId },
      data: { status: "live", inviteRevokedAt: new Date() },
    });
    const r = await addPortalPostAction(revoked.token, { url: "https://instagram.com/p/revoked", platform: "instagram", format: "post" });
    expect(r).toMatchObject({ ok: false, error: { code: "GONE" } });
    expect(await db.post.count({ where: { url: "https://instagram.com/p/revoked" } })).toBe(0);
    expect(await db.metricSnapshot.count()).toBe(before);
    const ok = await addPortalPostAction(A.token, {
      url: "https://instagram.com/p/from-the-action",
      platform: "instagram",
      format: "post",
    });
    expect(ok).toMatchObject({ ok: true });
  });
});

describe("CSV import", () => {
  let C: Awaited<ReturnType<typeof world>> & { handle: string; handle2: string };
  beforeAll(async () => {
    const base = await world("CSV");
    const second = await createInfluencer(base.w);
    await addInfluencers({
      workspaceId: base.w,
      actorId: base.owner.id,
      campaignId: base.campaignId,
      influencerIds: [second.id],
      compensation: { compensationType: "product", fee: null, productDescription: "Serum", commissionPct: null },
    });
    const accounts = await db.socialAccount.findMany({
      where: { workspaceId: base.w },
      select: { influencerId: true, handle: true, platform: true },
    });
    const first = await db.collaboration.findFirstOrThrow({
      where: { workspaceId: base.w, id: base.collaborationId },
      select: { influencerId: true },
    });
    const h1 = accounts.find((a) => a.influencerId === first.influencerId)!;
    const h2 = accounts.find((a) => a.influencerId === second.id)!;
    expect(h1.platform).toBe("instagram");
    C = { ...base, handle: h1.handle, handle2: h2.handle };
    await createPost({
      workspaceId: base.w,
      collaborationId: base.collaborationId,
      actorId: base.owner.id,
      input: portalPostSchema.parse({ url: "https://instagram.com/p/KNOWN", platform: "instagram", format: "post" }),
    });
  });

  const csv = () =>
    [
      "Post URL,Platform,Handle,Date,Reach,Impressions,Likes,Comments,Saves,Frame views",
      "https://www.instagram.com/p/KNOWN/,,,2026-11-10,1000,1500,40,5,3,",
      `,instagram,@${C.handle},2026-11-12,1200,1800,50,6,4,`,
      `https://instagram.com/stories/x/999,instagram,${C.handle2},2026-11-11,800,900,10,1,0,500;420;300`,
      "https://instagram.com/p/KNOWN,,,2026-11-13,2000,1000,1,1,1,",
      "https://instagram.com/p/UNKNOWN,,,2026-11-13,10,20,1,1,1,",
      `,instagram,@nobody_here,2026-11-13,10,20,1,1,1,`,
      "https://instagram.com/p/KNOWN,,,not a date,10,20,1,1,1,",
      "https://instagram.com/p/KNOWN,,,2026-11-14,10,20,-3,1,1,",
    ].join("\n");

  it("imports good rows, matches by URL or platform + handle, adds new posts, reports bad rows by line", async () => {
    const s = await importPostMetrics({ workspaceId: C.w, campaignId: C.campaignId, actorId: C.owner.id, text: csv() });
    expect(s.created).toBe(3);
    expect(s.unchanged).toBe(0);
    expect(s.errors.map((e) => e.row)).toEqual([5, 6, 7, 8, 9]);
    expect(s.errors[0]!.message).toMatch(/larger than impressions/);
    expect(s.errors[1]!.message).toMatch(/No post with this URL/);
    expect(s.errors[2]!.message).toMatch(/No creator @nobody_here/);
    expect(s.errors[3]!.message).toMatch(/not a date/);
    expect(s.errors[4]!.message).toMatch(/negative/);
    const known = await db.post.findFirstOrThrow({
      where: { workspaceId: C.w, url: "https://instagram.com/p/KNOWN" },
      select: { id: true },
    });
    expect((await postCurve(C.w, known.id)).map((x) => [x.source, x.reach])).toEqual([
      ["csv", 1000],
      ["csv", 1200],
    ]);
    const story = await db.post.findFirstOrThrow({
      where: { workspaceId: C.w, url: "https://instagram.com/stories/x/999" },
      select: { id: true, collaborationId: true },
    });
    expect(story.collaborationId).not.toBe(C.collaborationId);
    expect((await latestSnapshots(C.w, [story.id])).get(story.id)?.frameViews).toEqual([500, 420, 300]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await db.metricSnapshot.count({ where: { workspaceId: C.w } });
    const s = await importPostMetrics({ workspaceId: C.w, campaignId: C.campaignId, actorId: C.owner.id, text: csv() });
    expect(s).toMatchObject({ created: 0, unchanged: 3 });
    expect(s.errors).toHaveLength(5);
    expect(await db.metricSnapshot.count({ where: { workspaceId: C.w } })).toBe(before);
  });

  it("refuses another workspace's campaign and a file without a capture date column", async () => {
    expect((await errorOf(importPostMetrics({ workspaceId: A.w, campaignId: C.campaignId, actorId: A.owner.id, text: csv() })))?.code).toBe(
      "NOT_FOUND",
    );
    const e = await errorOf(
      importPostMetrics({ workspaceId: C.w, campaignId: C.campaignId, actorId: null, text: "url,likes\nhttps://instagram.com/p/KNOWN,4" }),
    );
    expect(e?.message).toMatch(/Captured at/);
  });

  it("runs from the command line: progress on stderr, one JSON line on stdout", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "metrics-cli-"));
    const file = path.join(dir, "m.csv");
    await writeFile(file, `${csv()}\nhttps://instagram.com/p/KNOWN,,,2026-11-20,3000,4000,70,8,5,\n`);
    const ws = await db.workspace.findUniqueOrThrow({ where: { id: C.w }, select: { slug: true } });
    const out = await run("npx", ["tsx", "lib/cli/import-metrics.ts", "--workspace", ws.slug, "--campaign", C.campaignId, file], {
      env: { ...process.env, JOBS_DISABLED: "true" },
      timeout: 90_000,
    });
    const lines = out.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!) as { created: number; unchanged: number; errors: { row: number; message: string }[] };
    expect(summary).toMatchObject({ created: 1, unchanged: 3 });
    expect(summary.errors.map((e) => e.row)).toEqual([5, 6, 7, 8, 9]);
    expect(out.stderr).toMatch(/\[import\] 9\/9 rows/);
  }, 120_000);
});

describe("demo metrics", () => {
  it("gives each live collaboration a reel with snapshots from mixed sources and a story with frame views; idempotent", async () => {
    const S = await world("Seed");
    await seedMetrics({ workspaceId: S.w, userId: S.owner.id });
    await seedMetrics({ workspaceId: S.w, userId: S.owner.id });
    const posts = await listCollaborationPosts(S.w, S.collaborationId);
    expect(posts.map((p) => p.format)).toEqual(["reel", "story"]);
    expect(new Set(posts[0]!.history.map((h) => h.source))).toEqual(new Set(["manual", "csv", "portal"]));
    expect(posts[0]!.history.find((h) => h.source === "portal")?.evidenceFileId).toBeTruthy();
    expect(posts[1]!.latest?.frameViews.length).toBeGreaterThan(1);
  });
});
