// A client report for a date range of the workspace shows the Analytics page's numbers for that range:
// the same posts (those that went live in it), their latest figures, the same rates and creators.
import { describe, expect, it } from "vitest";

import { workspaceAnalytics, workspaceCreators } from "@/lib/analytics/workspace";
import { createPost } from "@/lib/posts/records";
import { addSnapshot } from "@/lib/posts/snapshots";
import { loadReportData } from "@/lib/reports/data";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";

const counts = (c: { reach: number; impressions: number; likes: number; comments: number; clicks?: number }) => ({
  views: null,
  saves: null,
  shares: null,
  replies: null,
  clicks: c.clicks ?? null,
  avgWatchPct: null,
  frameViews: [],
  ...c,
});

describe("workspace reports read the Analytics page's loader", () => {
  it("report totals, rates and creators equal the Analytics page's for the same range", async () => {
    const owner = await createUser({ name: "Owner agree" });
    const { workspace } = await createWorkspaceWith({ name: "Brand agree", owner });
    const w = workspace.id;
    const one = await createInvitedCollaboration(w, owner.id);
    const two = await createInvitedCollaboration(w, owner.id);
    const post = async (collaborationId: string, n: number, postedAt: string) =>
      createPost({
        workspaceId: w,
        collaborationId,
        actorId: owner.id,
        input: {
          url: `https://instagram.com/p/agree${n}`,
          platform: "instagram",
          format: "post",
          postedAt: new Date(postedAt),
          deliverableId: null,
        },
      });
    const snap = (postId: string, at: string, c: Parameters<typeof counts>[0]) =>
      addSnapshot({ workspaceId: w, actorId: owner.id, postId, source: "manual", capturedAt: new Date(at), counts: counts(c) });

    const inRange1 = await post(one.collaborationId, 1, "2026-09-05T10:00:00Z");
    const inRange2 = await post(two.collaborationId, 2, "2026-09-20T10:00:00Z");
    const outside = await post(two.collaborationId, 3, "2026-11-02T10:00:00Z");
    await snap(inRange1.id, "2026-09-06T10:00:00Z", { reach: 1000, impressions: 1500, likes: 40, comments: 5, clicks: 10 });
    // Captured after the range ends: the Analytics page shows the post's latest numbers, so does the report.
    await snap(inRange1.id, "2026-10-20T10:00:00Z", { reach: 2400, impressions: 3100, likes: 95, comments: 9, clicks: 22 });
    await snap(inRange2.id, "2026-09-21T10:00:00Z", { reach: 800, impressions: 900, likes: 30, comments: 2 });
    await snap(outside.id, "2026-11-03T10:00:00Z", { reach: 50_000, impressions: 70_000, likes: 900, comments: 80 });

    const range = { preset: "custom" as const, from: "2026-09-01", to: "2026-09-30" };
    const page = await workspaceAnalytics({ workspaceId: w, timeZone: "UTC", range });
    const pageCreators = await workspaceCreators({ workspaceId: w, timeZone: "UTC", range });
    const report = await loadReportData({
      workspaceId: w,
      from: range.from,
      to: range.to,
      timeZone: "UTC",
      now: new Date("2026-12-01T00:00:00Z"),
    });

    const total = page.total!;
    expect(total.totals.reach).toBe(3200);
    const { posts: _posts, postsWithMetrics, ...reportTotals } = report.totals;
    expect(postsWithMetrics).toBe(total.posts);
    expect(reportTotals).toEqual({
      reach: total.totals.reach,
      impressions: total.totals.impressions,
      views: total.totals.views,
      likes: total.totals.likes,
      comments: total.totals.comments,
      saves: total.totals.saves,
      shares: total.totals.shares,
      engagements: total.totals.engagements,
      clicks: total.totals.clicks,
      conversions: total.totals.conversions,
      cost: total.totals.cost,
      revenue: total.totals.revenue,
    });
    expect(report.rates).toEqual(total.rates);
    expect(report.missing).toEqual(total.missing);
    expect(report.creators.map((c) => [c.name, c.posts, c.reach, c.err, c.ctr])).toEqual(
      pageCreators.map((c) => [c.name, c.posts, c.totals.reach, c.rates.engagementRateByReach, c.rates.ctr]),
    );
  }, 60_000);
});
