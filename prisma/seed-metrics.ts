// Demo post metrics: the live collaborations of the demo campaign get their posts and snapshots over
// several weeks, from mixed sources — the brand's own entries, a CSV import and numbers the creator
// reported in the portal with a screenshot of their insights — and a story whose frame views show a
// drop (seed: "look for drops in viewership"). Written through lib/posts, like the app. Idempotent:
// skipped when the workspace already has posts.
//
// A second, completed campaign reproduces the seed article's telehealth skincare case ("The Ultimate
// Guide to Micro-Influencer Marketing", case studies): 3,414,400 impressions at a $5.13 CPM, i.e. a
// cost of $17,515.87 over eight micro-influencers, with reels measured over four weeks.
import sharp from "sharp";

import { db } from "../lib/db";
import type { MetricSource } from "../lib/db/generated/client";
import { createPost } from "../lib/posts/records";
import { addSnapshotSchema } from "../lib/posts/schemas";
import { addSnapshot } from "../lib/posts/snapshots";
import { storeUpload } from "../lib/storage/upload";

const DAY = 86_400_000;

type Snap = {
  day: number;
  source: MetricSource;
  figures: Record<string, number | number[]>;
  /** Instagram story navigation, as the connector would store it. */
  navigation?: { tapsForward: number; tapsBack: number; tapExits: number; swipesForward: number };
  evidence?: boolean;
};

// A micro-influencer's reel: ERR climbs past the seed's 5 % "exceptional" mark as saves accumulate.
const REEL: Snap[] = [
  {
    day: 1,
    source: "manual",
    figures: { views: 9_800, reach: 7_200, impressions: 9_900, likes: 310, comments: 22, saves: 31, shares: 12 },
  },
  {
    day: 3,
    source: "csv",
    figures: { views: 16_400, reach: 12_100, impressions: 16_800, likes: 580, comments: 41, saves: 74, shares: 25, avgWatchPct: 61 },
  },
  {
    day: 7,
    source: "portal",
    evidence: true,
    figures: {
      views: 22_900,
      reach: 16_300,
      impressions: 23_400,
      likes: 790,
      comments: 58,
      saves: 118,
      shares: 39,
      clicks: 412,
      avgWatchPct: 58,
    },
  },
  {
    day: 21,
    source: "manual",
    figures: {
      views: 25_600,
      reach: 18_400,
      impressions: 24_900,
      likes: 902,
      comments: 64,
      saves: 140,
      shares: 44,
      clicks: 466,
      avgWatchPct: 57,
    },
  },
];

// A five-frame story: completion 64 % (below the seed's 70 %), with the drop at the product close-up;
// its navigation says how the others left: 1,060 of 8,790 moves (12.1 %) were exits or swipes away.
const STORY: Snap[] = [
  {
    day: 1,
    source: "manual",
    figures: { reach: 2_900, impressions: 3_400, replies: 14, clicks: 96, frameViews: [2_950, 2_610, 2_480, 1_960, 1_890] },
    navigation: { tapsForward: 7_420, tapsBack: 310, tapExits: 640, swipesForward: 420 },
  },
];

export async function seedMetrics({
  workspaceId,
  userId,
  log = () => {},
}: {
  workspaceId: string;
  userId: string;
  log?: (m: string) => void;
}) {
  if ((await db.post.count({ where: { workspaceId } })) > 0) return;
  const live = await db.collaboration.findMany({
    where: { workspaceId, status: { in: ["live", "completed"] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, deliverables: { select: { id: true, liveUrl: true }, orderBy: { position: "asc" } } },
  });
  for (const [i, c] of live.entries()) {
    const postedAt = new Date(Date.now() - 24 * DAY);
    const reelUrl = c.deliverables[0]?.liveUrl ?? `https://www.instagram.com/reel/demo-live-${i}/`;
    const reel = await createPost({
      workspaceId,
      collaborationId: c.id,
      actorId: userId,
      input: { url: reelUrl, platform: "instagram", format: "reel", postedAt, deliverableId: c.deliverables[0]?.id ?? null },
    });
    const story = await createPost({
      workspaceId,
      collaborationId: c.id,
      actorId: userId,
      input: {
        url: `https://www.instagram.com/stories/demo-live-${i}/3141592653`,
        platform: "instagram",
        format: "story",
        postedAt,
        deliverableId: null,
      },
    });
    for (const [postId, snaps] of [
      [reel.id, REEL],
      [story.id, STORY],
    ] as const) {
      for (const s of snaps) {
        const {
          postId: _,
          capturedAt,
          ...counts
        } = addSnapshotSchema.parse({ postId, capturedAt: new Date(postedAt.getTime() + s.day * DAY), ...s.figures });
        const evidenceFileId = s.evidence ? await insightsScreenshot(workspaceId, c.id, log) : null;
        await addSnapshot({
          workspaceId,
          actorId: s.source === "portal" ? null : userId,
          postId,
          source: s.source,
          capturedAt,
          counts: { ...counts, ...s.navigation },
          evidenceFileId,
        });
      }
    }
  }
  const seedCase = await seedCaseCampaign({ workspaceId, userId });
  log(`Demo metrics ready: ${live.length * 2 + seedCase} posts with snapshots.`);
}

/** The seed case: total impressions and cost (cents) that give the article's $5.13 CPM. */
export const SEED_CASE = { name: "Telehealth skincare (seed case)", impressions: 3_414_400, costMinor: 1_751_587 } as const;

// Shares of the case's impressions and cost per creator, and each reel's growth over its snapshots.
const WEIGHTS = [22, 18, 15, 12, 11, 9, 8, 5];
const GROWTH: { day: number; share: number; source: MetricSource }[] = [
  { day: 1, share: 0.42, source: "manual" },
  { day: 4, share: 0.71, source: "csv" },
  { day: 10, share: 0.9, source: "portal" },
  { day: 26, share: 1, source: "manual" },
];

/** `total` in whole parts by weight; the rounding remainder goes to the first part, so they sum exactly. */
function shares(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** The completed seed-case campaign with its creators' reels; returns the number of posts made. */
async function seedCaseCampaign({ workspaceId, userId }: { workspaceId: string; userId: string }): Promise<number> {
  if (await db.campaign.count({ where: { workspaceId, name: SEED_CASE.name } })) return 0;
  const influencers = await db.influencer.findMany({
    where: { workspaceId, tier: "micro" },
    orderBy: [{ followers: "desc" }, { id: "asc" }],
    take: WEIGHTS.length,
    select: { id: true },
  });
  if (influencers.length === 0) return 0;
  const weights = WEIGHTS.slice(0, influencers.length);
  const impressions = shares(SEED_CASE.impressions, weights);
  const fees = shares(SEED_CASE.costMinor, weights);
  const start = new Date(Date.now() - 56 * DAY);
  const campaign = await db.campaign.create({
    data: {
      workspaceId,
      name: SEED_CASE.name,
      goal: "awareness",
      kpis: [
        { metric: "impressions", target: 3_000_000 },
        { metric: "err", target: 2 },
        { metric: "ctr", target: 1.5 },
      ],
      industry: "beauty",
      budgetMinor: 1_800_000n,
      currency: "USD",
      startDate: new Date(start.toISOString().slice(0, 10)),
      endDate: new Date(new Date(Date.now() - 14 * DAY).toISOString().slice(0, 10)),
      status: "completed",
      createdById: userId,
    },
    select: { id: true },
  });
  for (const [i, inf] of influencers.entries()) {
    const collab = await db.collaboration.create({
      data: {
        workspaceId,
        campaignId: campaign.id,
        influencerId: inf.id,
        status: "completed",
        compensationType: "product_plus_cash",
        feeMinor: BigInt(fees[i]!),
        productDescription: "Prescription skincare starter kit",
      },
      select: { id: true },
    });
    const postedAt = new Date(start.getTime() + (3 + i * 2) * DAY);
    const post = await createPost({
      workspaceId,
      collaborationId: collab.id,
      actorId: userId,
      input: {
        url: `https://www.instagram.com/reel/seed-case-${i + 1}/`,
        platform: "instagram",
        format: "reel",
        postedAt,
        deliverableId: null,
      },
    });
    // Engagement by reach between about 2 % (solid) and 6 % (exceptional); CTR about 1.2–2.2 %.
    const errPct = 2.1 + ((i * 7) % 9) * 0.45;
    const ctrPct = 1.2 + ((i * 3) % 5) * 0.25;
    for (const g of GROWTH) {
      const imp = g.share === 1 ? impressions[i]! : Math.round(impressions[i]! * g.share);
      const reach = Math.round(imp * 0.74);
      const eng = Math.round((reach * errPct) / 100);
      const figures = {
        views: Math.round(imp * 1.08),
        reach,
        impressions: imp,
        likes: Math.round(eng * 0.82),
        comments: Math.round(eng * 0.07),
        saves: Math.round(eng * 0.11),
        shares: Math.round(eng * 0.05),
        clicks: Math.round((imp * ctrPct) / 100),
      };
      const {
        postId: _,
        capturedAt,
        ...counts
      } = addSnapshotSchema.parse({
        postId: post.id,
        capturedAt: new Date(postedAt.getTime() + g.day * DAY),
        ...figures,
      });
      await addSnapshot({
        workspaceId,
        actorId: g.source === "portal" ? null : userId,
        postId: post.id,
        source: g.source,
        capturedAt,
        counts,
        evidenceFileId: null,
      });
    }
  }
  return influencers.length;
}

/** A stand-in for a creator's insights screenshot (a plain image with the figures drawn as text). */
async function insightsScreenshot(workspaceId: string, collaborationId: string, log: (m: string) => void): Promise<string | null> {
  try {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="240"><rect width="100%" height="100%" fill="#f4f4f5"/><text x="20" y="40" font-family="sans-serif" font-size="20" fill="#18181b">Insights · reel</text><text x="20" y="90" font-family="sans-serif" font-size="16" fill="#3f3f46">Views 22,900 · Reach 16,300</text><text x="20" y="120" font-family="sans-serif" font-size="16" fill="#3f3f46">Likes 790 · Comments 58 · Saves 118</text></svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const file = await storeUpload({
      workspaceId,
      owner: { type: "collaboration", id: collaborationId },
      uploader: { type: "portal" },
      accept: ["image"],
      upload: { body: new Blob([new Uint8Array(png)]).stream(), declaredLength: png.length, fileName: "insights.png" },
    });
    return file.id;
  } catch (e) {
    log(`Demo insights screenshot skipped: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
