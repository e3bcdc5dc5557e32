import { describe, expect, it } from "vitest";

import { TIERS } from "@/lib/metrics";
import {
  assessAuthenticity,
  AUTHENTICITY_LEVEL_THRESHOLDS,
  AUTHENTICITY_SIGNALS,
  AUTHENTICITY_WEIGHTS,
  authenticityLevel,
  ENGAGEMENT_NORMS,
  NOT_ENOUGH_DATA_REASON,
  type AuthenticityInput,
} from "@/lib/vetting";

const EMOJI_ONLY = Array.from({ length: 10 }, () => "🔥🔥");
const GENUINE = Array.from({ length: 10 }, (_, i) => `Where did you get the jacket in photo ${i}?`);

/** Comments with the given number of low-quality ones out of ten. */
const sample = (lowQuality: number) => [...EMOJI_ONLY.slice(0, lowQuality), ...GENUINE.slice(lowQuality)];

const assess = (input: AuthenticityInput) => assessAuthenticity(input);

describe("weights and levels", () => {
  it("weights are positive and sum to 100, so the score is 0–100", () => {
    expect(Object.keys(AUTHENTICITY_WEIGHTS).sort()).toEqual([...AUTHENTICITY_SIGNALS].sort());
    for (const weight of Object.values(AUTHENTICITY_WEIGHTS)) expect(weight).toBeGreaterThan(0);
    expect(Object.values(AUTHENTICITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("each signal at full strength adds exactly its weight", () => {
    const engagement = assess({ account: { platform: "instagram", followers: 20_000, engagementRate: 0 } });
    expect(engagement.signals.engagement.points).toBe(AUTHENTICITY_WEIGHTS.engagement);
    expect(engagement.score).toBe(35);

    const spikes = assess({
      account: { platform: "youtube", followers: 16_000 },
      history: [
        { date: "2026-03-01", followers: 10_000 },
        { date: "2026-03-02", followers: 16_000 },
      ],
    });
    expect(spikes.signals.followerSpikes.points).toBe(AUTHENTICITY_WEIGHTS.followerSpikes);
    expect(spikes.score).toBe(25);

    const comments = assess({ account: { platform: "instagram", followers: 5_000 }, commentSample: EMOJI_ONLY });
    expect(comments.signals.comments.points).toBe(AUTHENTICITY_WEIGHTS.comments);

    const ratio = assess({ account: { platform: "instagram", followers: 2_000, following: 6_000 } });
    expect(ratio.signals.followRatio.points).toBe(AUTHENTICITY_WEIGHTS.followRatio);

    const profile = assess({ account: { platform: "instagram", followers: 2_000, bio: "", hasProfilePicture: false, posts: 2 } });
    expect(profile.signals.profile.points).toBe(AUTHENTICITY_WEIGHTS.profile);
  });

  it("all signals at full strength give 100, high", () => {
    const result = assess({
      account: { platform: "tiktok", followers: 2_000, following: 6_000, engagementRate: 0, bio: null, hasProfilePicture: false, posts: 1 },
      history: [
        { date: "2026-03-01", followers: 1_000 },
        { date: "2026-03-02", followers: 2_000 },
      ],
      commentSample: EMOJI_ONLY,
    });
    expect(result).toMatchObject({ score: 100, level: "high", insufficientData: false });
    expect(result.reasons).toHaveLength(5);
  });

  it("levels: low < 30 ≤ medium < 60 ≤ high", () => {
    expect(AUTHENTICITY_LEVEL_THRESHOLDS).toEqual({ medium: 30, high: 60 });
    expect(authenticityLevel(0)).toBe("low");
    expect(authenticityLevel(29)).toBe("low");
    expect(authenticityLevel(30)).toBe("medium");
    expect(authenticityLevel(59)).toBe("medium");
    expect(authenticityLevel(60)).toBe("high");
    expect(authenticityLevel(100)).toBe("high");
  });

  it("no single signal reaches high on its own", () => {
    for (const weight of Object.values(AUTHENTICITY_WEIGHTS)) {
      expect(authenticityLevel(weight)).not.toBe("high");
    }
  });
});

describe("engagement far below the tier norm", () => {
  it("documents conservative norms: far below = half the lowest published benchmark, per tier", () => {
    expect(Object.keys(ENGAGEMENT_NORMS)).toEqual([...TIERS]);
    for (const tier of TIERS) {
      const norm = ENGAGEMENT_NORMS[tier];
      expect(norm.farBelow).toBeCloseTo(norm.typicalLow / 2, 10);
      expect(norm.typicalLow).toBeLessThan(norm.typicalHigh);
    }
    // HypeAuditor 2026 Instagram medians: nano 1.78 %, micro 0.54 %, 1M+ 0.33 %
    expect(ENGAGEMENT_NORMS.micro.typicalLow).toBe(0.54);
    expect(ENGAGEMENT_NORMS.mega.typicalLow).toBe(0.33);
    expect(ENGAGEMENT_NORMS.nano.farBelow).toBeGreaterThan(ENGAGEMENT_NORMS.micro.farBelow);
    expect(ENGAGEMENT_NORMS.micro.farBelow).toBeGreaterThan(ENGAGEMENT_NORMS.mega.farBelow);
  });

  it("flags a micro account at 0.1 % with a sentence carrying the numbers", () => {
    const result = assess({ account: { platform: "instagram", followers: 20_000, engagementRate: 0.1 } });
    expect(result.reasons).toEqual(["Engagement 0.1% is far below the ~0.54–7% typical for micro accounts (flagged under 0.27%)."]);
    // strength 0.5 + 0.5 × (1 − 0.1 / 0.27)
    expect(result.signals.engagement.strength).toBeCloseTo(0.5 + 0.5 * (1 - 0.1 / 0.27), 10);
    expect(result.score).toBe(Math.round(35 * (0.5 + 0.5 * (1 - 0.1 / 0.27))));
    expect(result.level).toBe("low");
  });

  it("is inclusive at the threshold: at farBelow nothing, just below it half strength", () => {
    expect(assess({ account: { platform: "instagram", followers: 20_000, engagementRate: 0.27 } }).score).toBe(0);
    const below = assess({ account: { platform: "instagram", followers: 20_000, engagementRate: 0.2699 } });
    expect(below.signals.engagement.strength).toBeCloseTo(0.5, 3);
  });

  it("does not flag seed-level or HypeAuditor-level engagement", () => {
    expect(assess({ account: { platform: "instagram", followers: 20_000, engagementRate: 0.54 } }).score).toBe(0);
    expect(assess({ account: { platform: "tiktok", followers: 5_000, engagementRate: 12 } }).score).toBe(0);
  });

  it("computes the rate from average likes, comments and saves through lib/metrics", () => {
    const result = assess({ account: { platform: "instagram", followers: 20_000, avgLikes: 20, avgComments: 2 } });
    expect(result.signals.engagement.detail).toMatchObject({
      rate: 0.11,
      source: "computed",
      formula: "(likes + comments) ÷ followers × 100",
      tier: "micro",
    });
    expect(result.reasons[0]).toMatch(/^Engagement 0\.11% is far below/);
    const withSaves = assess({ account: { platform: "instagram", followers: 20_000, avgLikes: 20, avgComments: 2, avgSaves: 8 } });
    expect(withSaves.signals.engagement.detail.formula).toBe("(likes + comments + saves) ÷ followers × 100");
  });

  it("prefers a given rate over the averages", () => {
    const result = assess({ account: { platform: "instagram", followers: 20_000, engagementRate: 3, avgLikes: 1, avgComments: 0 } });
    expect(result.signals.engagement.detail).toMatchObject({ rate: 3, source: "given", formula: null });
    expect(result.score).toBe(0);
  });

  it("is not assessed on platforms whose per-follower engagement is structurally lower", () => {
    for (const platform of ["youtube", "twitter", "facebook", "twitch", "pinterest", "blog"] as const) {
      const result = assess({ account: { platform, followers: 20_000, engagementRate: 0 } });
      expect(result.signals.engagement.assessed).toBe(false);
      expect(result.signals.engagement.note).toContain("Instagram and TikTok");
      expect(result.score).toBe(0);
      expect(result.insufficientData).toBe(true);
    }
  });

  it("is not assessed without a rate (missing averages, or 0 followers)", () => {
    expect(assess({ account: { platform: "instagram", followers: 20_000, avgLikes: 100 } }).signals.engagement.assessed).toBe(false);
    expect(assess({ account: { platform: "instagram", followers: 0, avgLikes: 1, avgComments: 1 } }).signals.engagement.assessed).toBe(
      false,
    );
  });

  it("uses the workspace's tier bounds", () => {
    // 60,000 followers: micro by default (flag under 0.27 %), macro if micro ends at 50k (flag under 0.2 %)
    const account = { platform: "instagram" as const, followers: 60_000, engagementRate: 0.25 };
    expect(assess({ account }).signals.engagement.strength).toBeGreaterThan(0);
    const custom = assess({ account, tierBounds: { macro: 50_000 } });
    expect(custom.signals.engagement.detail.tier).toBe("macro");
    expect(custom.signals.engagement.strength).toBe(0);
  });

  it("words accounts under 1,000 followers without a tier name", () => {
    const result = assess({ account: { platform: "instagram", followers: 800, engagementRate: 0.2 } });
    expect(result.reasons[0]).toBe(
      "Engagement 0.2% is far below the ~1.8–8% typical for accounts under 1,000 followers (flagged under 0.9%).",
    );
  });
});

describe("follower spikes", () => {
  it("names the date and the jump", () => {
    const result = assess({
      account: { platform: "instagram", followers: 14_500 },
      history: [
        { date: "2026-03-01", followers: 10_000 },
        { date: "2026-03-02", followers: 14_500 },
        { date: "2026-03-03", followers: 14_520 },
      ],
    });
    expect(result.reasons).toEqual(["Followers jumped 45% on 2026-03-02 (from 10,000 to 14,500)."]);
    expect(result.signals.followerSpikes.strength).toBeCloseTo(0.9, 10); // 45 / 50
    expect(result.signals.followerSpikes.detail.spikes).toHaveLength(1);
  });

  it("describes multi-day intervals as a period and adds up several spikes", () => {
    const result = assess({
      account: { platform: "instagram", followers: 14_400 },
      history: [
        { date: "2026-03-01", followers: 10_000 },
        { date: "2026-03-04T12:00:00Z", followers: 12_000 },
        { date: "2026-03-20", followers: 12_000 },
        { date: "2026-03-21", followers: 14_400 },
      ],
    });
    expect(result.reasons).toEqual(["Followers jumped 20% between 2026-03-01 and 2026-03-04, 20% on 2026-03-21."]);
    expect(result.signals.followerSpikes.strength).toBeCloseTo(0.8, 10);
    expect(result.score).toBe(20);
  });

  it("is assessed but silent for organic growth, and not assessed with fewer than two points", () => {
    const organic = assess({
      account: { platform: "instagram", followers: 10_300 },
      history: [
        { date: "2026-03-01", followers: 10_000 },
        { date: "2026-03-08", followers: 10_300 },
      ],
    });
    expect(organic).toMatchObject({ score: 0, assessed: ["followerSpikes"], reasons: ["No warning signs in follower growth."] });
    expect(
      assess({ account: { platform: "instagram", followers: 1 }, history: [{ date: "2026-03-01", followers: 1 }] }).insufficientData,
    ).toBe(true);
  });
});

describe("following/follower ratio", () => {
  it("flags following > 1,500 with more follows than followers", () => {
    const result = assess({ account: { platform: "instagram", followers: 2_100, following: 4_200 } });
    expect(result.reasons).toEqual(["Follows 4,200 accounts but has 2,100 followers (2.0 follows per follower): a mass-follow pattern."]);
    expect(result.signals.followRatio.strength).toBeCloseTo(0.75, 10);
  });

  it("needs both conditions", () => {
    expect(assess({ account: { platform: "instagram", followers: 1_000, following: 1_500 } }).score).toBe(0); // not > 1,500
    expect(assess({ account: { platform: "instagram", followers: 2_500, following: 2_000 } }).score).toBe(0); // ratio 0.8
    expect(assess({ account: { platform: "instagram", followers: 200, following: 900 } }).score).toBe(0); // ratio 4.5 but few follows
  });

  it("is at full strength with 0 followers", () => {
    const result = assess({ account: { platform: "instagram", followers: 0, following: 3_000 } });
    expect(result.signals.followRatio).toMatchObject({ strength: 1, detail: { ratio: null } });
    expect(result.reasons[0]).toBe("Follows 3,000 accounts but has 0 followers: a mass-follow pattern.");
  });
});

describe("comment sample", () => {
  it("scales from 30 % (nothing) to 80 % (full) low-quality comments", () => {
    const strength = (n: number) =>
      assess({ account: { platform: "instagram", followers: 5_000 }, commentSample: sample(n) }).signals.comments.strength;
    expect(strength(3)).toBe(0);
    expect(strength(5)).toBeCloseTo(0.4, 10);
    expect(strength(8)).toBeCloseTo(1, 10);
    expect(strength(10)).toBe(1);
  });

  it("reports the share, sample size and examples", () => {
    const result = assess({
      account: { platform: "instagram", followers: 5_000 },
      commentSample: ["nice pic", "🔥🔥", "great post", "love it", "😍", "follow me", "dm for collab", "wow", "Where is this?", "🔥🔥"],
    });
    expect(result.reasons).toEqual(['90% of 10 sampled comments are emoji-only or generic (e.g. "nice pic", "🔥🔥").']);
  });

  it("is not assessed on fewer than 10 comments", () => {
    const result = assess({ account: { platform: "instagram", followers: 5_000 }, commentSample: EMOJI_ONLY.slice(0, 9) });
    expect(result.signals.comments).toMatchObject({ assessed: false, strength: 0, note: "Comment sample too small (9 of at least 10)." });
  });
});

describe("profile completeness", () => {
  it("counts no bio, no picture and very few posts for a 1,000+ account", () => {
    const result = assess({ account: { platform: "instagram", followers: 15_000, bio: "  ", posts: 2 } });
    expect(result.reasons).toEqual(["Profile is incomplete: no bio, only 2 posts for 15,000 followers."]);
    expect(result.signals.profile.strength).toBeCloseTo(2 / 3, 10);
  });

  it("does not judge unknown fields or small new accounts", () => {
    expect(assess({ account: { platform: "instagram", followers: 500, posts: 2 } }).score).toBe(0);
    expect(assess({ account: { platform: "instagram", followers: 15_000, bio: "Chef" } }).score).toBe(0);
    expect(assess({ account: { platform: "instagram", followers: 15_000 } }).signals.profile.assessed).toBe(false);
  });
});

describe("missing data, reasons and validation", () => {
  it("with no signal data: score 0, low, insufficientData and a 'not enough data' reason", () => {
    expect(assess({ account: { platform: "instagram", followers: 12_000 } })).toMatchObject({
      score: 0,
      level: "low",
      insufficientData: true,
      assessed: [],
      reasons: [NOT_ENOUGH_DATA_REASON],
    });
  });

  it("missing inputs add nothing (the score is not rescaled over the signals that had data)", () => {
    const partial = assess({ account: { platform: "instagram", followers: 20_000, engagementRate: 0 } });
    expect(partial.score).toBe(35);
    expect(partial.assessed).toEqual(["engagement"]);
  });

  it("a clean, well-documented account: score 0 with the signals checked", () => {
    const result = assess({
      account: {
        platform: "instagram",
        followers: 24_000,
        following: 600,
        posts: 340,
        engagementRate: 4.2,
        bio: "Baker",
        hasProfilePicture: true,
      },
      history: [
        { date: "2026-02-01", followers: 23_000 },
        { date: "2026-03-01", followers: 24_000 },
      ],
      commentSample: GENUINE,
    });
    expect(result).toMatchObject({ score: 0, level: "low", insufficientData: false });
    expect(result.reasons).toEqual([
      "No warning signs in engagement rate, follower growth, comments, following/follower ratio, profile completeness.",
    ]);
  });

  it("orders reasons by the points they add", () => {
    const result = assess({
      account: { platform: "instagram", followers: 20_000, following: 25_000, engagementRate: 0, bio: null },
      commentSample: sample(6),
    });
    // engagement 35 · comments 20 × 0.6 = 12 · ratio 15 × 0.5625 ≈ 8.4 · profile 5 × 1/3 ≈ 1.7
    expect(result.reasons.map((r) => r.split(" ")[0])).toEqual(["Engagement", "60%", "Follows", "Profile"]);
    expect(result.score).toBe(Math.round(35 + 20 * 0.6 + 15 * (0.5 + (0.5 * (1.25 - 1)) / 2) + 5 / 3));
    expect(result.score).toBe(57);
    expect(result.level).toBe("medium");
  });

  it.each([
    [{ followers: -1 }, "account.followers must be a finite number ≥ 0, got -1"],
    [{ followers: 10, following: -5 }, "account.following must be a finite number ≥ 0, got -5"],
    [{ followers: 10, posts: -1 }, "account.posts must be a finite number ≥ 0, got -1"],
    [{ followers: 10, avgLikes: -1 }, "account.avgLikes must be a finite number ≥ 0, got -1"],
    [{ followers: 10, engagementRate: Number.NaN }, "account.engagementRate must be a finite number ≥ 0, got NaN"],
    [{ followers: 10.5 }, "account.followers must be a whole number, got 10.5"],
    [{ followers: Number.POSITIVE_INFINITY }, "account.followers must be a finite number ≥ 0, got Infinity"],
  ])("throws RangeError for %j", (fields, message) => {
    const account = { platform: "instagram" as const, ...fields };
    expect(() => assess({ account })).toThrow(new RangeError(message));
  });

  it("throws RangeError for a negative count or bad date in the history", () => {
    const account = { platform: "instagram" as const, followers: 10 };
    expect(() => assess({ account, history: [{ date: "2026-03-01", followers: -3 }] })).toThrow(RangeError);
    expect(() => assess({ account, history: [{ date: "03/01/2026x", followers: 3 }] })).toThrow(RangeError);
  });
});
