// The Analytics page's top lists leave the database as "leaders": the first N creators by ROI and by
// ERR, ties at the cut included (what rank() <= N gives). Three creators tie on ERR just below the
// best one: a cut at 2 keeps all three, a cut at 1 keeps only the best, and a creator under the
// minimum reach never ranks. ROI needs revenue, so a workspace without orders has no ROI leaders.
import { beforeAll, describe, expect, it } from "vitest";

import { resolveRange } from "@/lib/analytics/range";
import { rebuildRollups } from "@/lib/analytics/rollup-write";
import { workspaceAnalytics } from "@/lib/analytics/workspace";
import { workspaceRangeSums } from "@/lib/analytics/workspace-sums";
import { addInfluencers } from "@/lib/collaborations/add";
import { db } from "@/lib/db";
import { createPost } from "@/lib/posts/records";
import { addSnapshot } from "@/lib/posts/snapshots";

import { createCampaignWithBrief, createInfluencer } from "../fixtures/campaign-factories";
import { freshCreatorTotals, storedCreatorTotals } from "../fixtures/creator-totals";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { counts } from "../fixtures/random-snapshots";

const T0 = Date.parse("2026-06-01T00:00:00Z");
const DAY = 86_400_000;
const ALL_TIME = { from: "2000-01-01", to: "2100-12-31" };

let w: string;
let other: string;
const creator: Record<string, string> = {};

// likes / reach: best 10 %, three at 5 %, low 1 %, tiny 50 % on a reach under the minimum.
const CREATORS = [
  { name: "best", reach: 10_000, likes: 1_000 },
  { name: "tieA", reach: 10_000, likes: 500 },
  { name: "tieB", reach: 20_000, likes: 1_000 },
  { name: "tieC", reach: 4_000, likes: 200 },
  { name: "low", reach: 10_000, likes: 100 },
  { name: "tiny", reach: 100, likes: 50 },
];

async function leaders(workspaceId: string, n: number, range = ALL_TIME, outsideCap?: number) {
  const sums = await workspaceRangeSums({
    workspaceId,
    timeZone: "UTC",
    range,
    groups: [],
    creators: { leaders: n, minReach: 1_000, outsideCap },
  });
  const name = new Map(Object.entries(creator).map(([k, v]) => [v, k]));
  return sums
    .filter((s) => s.group === "influencer")
    .map((s) => name.get(s.key!) ?? s.key)
    .sort();
}

/**
 * A creator named `name` on the campaign with one post live on day `day` (T0 + day) and its one
 * snapshot the day after, the collaboration's fee `fee`; returns the creator's id.
 */
async function creatorWithPost(
  workspaceId: string,
  actorId: string,
  campaignId: string,
  p: { name: string; day: number; fee: number; counts: Parameters<typeof counts>[0] },
): Promise<string> {
  const inf = await createInfluencer(workspaceId, { name: p.name });
  const { collaborationIds } = await addInfluencers({
    workspaceId,
    actorId,
    campaignId,
    influencerIds: [inf.id],
    compensation: { compensationType: "product_plus_cash", fee: p.fee, productDescription: "Serum", commissionPct: null },
  });
  const post = await createPost({
    workspaceId,
    collaborationId: collaborationIds[0]!,
    actorId,
    input: {
      url: `https://instagram.com/p/${workspaceId}-${p.day}`,
      platform: "instagram",
      format: "post",
      postedAt: new Date(T0 + p.day * DAY),
      deliverableId: null,
    },
  });
  await addSnapshot({
    workspaceId,
    actorId,
    postId: post.id,
    source: "manual",
    capturedAt: new Date(T0 + (p.day + 1) * DAY),
    counts: counts(p.counts),
  });
  return inf.id;
}

describe("the top lists' leaders", () => {
  beforeAll(async () => {
    const user = await createUser({ name: "Leaders owner" });
    w = (await createWorkspaceWith({ name: "Leaders", owner: user })).workspace.id;
    const campaignId = await createCampaignWithBrief(w, user.id, { name: "Leaders" });
    for (const [i, c] of CREATORS.entries()) {
      creator[c.name] = await creatorWithPost(w, user.id, campaignId, {
        name: c.name,
        day: i,
        fee: 100,
        counts: { views: c.reach * 2, reach: c.reach, likes: c.likes, comments: 0, saves: 0 },
      });
    }
    const otherUser = await createUser({ name: "Other owner" });
    other = (await createWorkspaceWith({ name: "Other", owner: otherUser })).workspace.id;
  });

  it("keep every creator tied at the cut, and no one under the minimum reach", async () => {
    expect(await leaders(w, 1)).toEqual(["best"]);
    expect(await leaders(w, 2)).toEqual(["best", "tieA", "tieB", "tieC"]);
    expect(await leaders(w, 4)).toEqual(["best", "tieA", "tieB", "tieC"]);
    expect(await leaders(w, 5)).toEqual(["best", "low", "tieA", "tieB", "tieC"]);
    expect(await leaders(w, 10)).toEqual(["best", "low", "tieA", "tieB", "tieC"]);
  });

  it("rank a range that leaves out few posts on the creators' totals less those posts, kept equal to the posts' sums", async () => {
    expect(await storedCreatorTotals(w)).toEqual(await freshCreatorTotals(w));
    // From the second day: best's only post is left out, so best has nothing left to rank on.
    const FROM_SECOND = { from: "2026-06-02", to: "2100-12-31" };
    expect(await leaders(w, 1, FROM_SECOND)).toEqual(["tieA", "tieB", "tieC"]);
    expect(await leaders(w, 1, FROM_SECOND, 0)).toEqual(["tieA", "tieB", "tieC"]);
    // What those ranges read is the totals: a total made wrong on purpose changes their leader, not
    // that of the same range ranked on its posts (no post outside allowed), and a rebuild puts it right.
    await db.$executeRaw`UPDATE "WorkspaceCreatorTotal" SET engagements = reach * 2 WHERE "workspaceId" = ${w} AND "influencerId" = ${creator.low}`;
    expect(await leaders(w, 1)).toEqual(["low"]);
    expect(await leaders(w, 1, FROM_SECOND)).toEqual(["low"]);
    expect(await leaders(w, 1, FROM_SECOND, 0)).toEqual(["tieA", "tieB", "tieC"]);
    await db.$transaction((tx) => rebuildRollups(tx, w));
    expect(await storedCreatorTotals(w)).toEqual(await freshCreatorTotals(w));
    expect(await leaders(w, 1)).toEqual(["best"]);
  });

  it("read only the workspace's own creators", async () => {
    expect(await leaders(other, 10)).toEqual([]);
  });
});

// The campaigns table's first page is cut in SQL (lib/analytics/group-sums.ts groupSums): the first N
// campaigns by impressions and every campaign tied with the N-th, so the page can break the tie by
// name; their money comes with them, and the count is of every campaign in the period.
describe("the campaigns table's cut", () => {
  let cw: string;
  beforeAll(async () => {
    const user = await createUser({ name: "Cut owner" });
    cw = (await createWorkspaceWith({ name: "Cut", owner: user })).workspace.id;
    // Zeta first, so a cut that dropped ties would be as likely to keep it as Alpha.
    for (const [i, c] of [
      { name: "Zeta tied", reach: 8_000, fee: 300 },
      { name: "Alpha tied", reach: 8_000, fee: 200 },
      { name: "Small", reach: 2_000, fee: 100 },
    ].entries()) {
      const campaignId = await createCampaignWithBrief(cw, user.id, { name: c.name });
      await creatorWithPost(cw, user.id, campaignId, {
        name: `Creator of ${c.name}`,
        day: i,
        fee: c.fee,
        counts: { views: c.reach * 2, reach: c.reach, impressions: c.reach * 3, likes: 100, comments: 0, saves: 0 },
      });
    }
  });

  it("keeps every campaign tied at the cut, with its money, name and the period's count", async () => {
    const range = resolveRange({ range: "custom", from: "2026-05-01", to: "2026-07-01" }, "UTC");
    const shown = async (campaigns: number | "all") => {
      const a = await workspaceAnalytics({ workspaceId: cw, timeZone: "UTC", range, campaigns });
      return { count: a.campaignCount, rows: a.byCampaign.map((c) => [c.name, c.totals.impressions, c.totals.cost]) };
    };
    expect(await shown(1)).toEqual({ count: 3, rows: [["Alpha tied", 24_000, 200]] });
    expect(await shown(2)).toEqual({
      count: 3,
      rows: [
        ["Alpha tied", 24_000, 200],
        ["Zeta tied", 24_000, 300],
      ],
    });
    expect(await shown("all")).toEqual({
      count: 3,
      rows: [
        ["Alpha tied", 24_000, 200],
        ["Zeta tied", 24_000, 300],
        ["Small", 6_000, 100],
      ],
    });
    // Another workspace's range reads none of these campaigns.
    expect(await workspaceAnalytics({ workspaceId: other, timeZone: "UTC", range, campaigns: 1 })).toMatchObject({
      campaignCount: 0,
      byCampaign: [],
      total: null,
    });
  });
});
