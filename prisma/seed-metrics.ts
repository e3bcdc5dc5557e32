// Demo post metrics: the live collaborations of the demo campaign get their posts and snapshots over
// several weeks, from mixed sources — the brand's own entries, a CSV import and numbers the creator
// reported in the portal with a screenshot of their insights — and a story whose frame views show a
// drop (seed: "look for drops in viewership"). Written through lib/posts, like the app. Idempotent:
// skipped when the workspace already has posts.
import sharp from "sharp";

import { db } from "../lib/db";
import type { MetricSource } from "../lib/db/generated/client";
import { createPost } from "../lib/posts/records";
import { addSnapshotSchema } from "../lib/posts/schemas";
import { addSnapshot } from "../lib/posts/snapshots";
import { storeUpload } from "../lib/storage/upload";

const DAY = 86_400_000;

type Snap = { day: number; source: MetricSource; figures: Record<string, number | number[]>; evidence?: boolean };

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

// A five-frame story: completion 64 % (below the seed's 70 %), with the drop at the product close-up.
const STORY: Snap[] = [
  {
    day: 1,
    source: "manual",
    figures: { reach: 2_900, impressions: 3_400, replies: 14, clicks: 96, frameViews: [2_950, 2_610, 2_480, 1_960, 1_890] },
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
          counts,
          evidenceFileId,
        });
      }
    }
  }
  log(`Demo metrics ready: ${live.length * 2} posts with snapshots.`);
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
