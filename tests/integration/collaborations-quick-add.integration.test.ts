// Quick-add from a campaign creates the influencer through the one creation service: the new
// person has their followers, tier, platforms, search text and a first follower snapshot at once
// (it used to skip the recompute and show 0 followers and tier "none").
import { randomBytes } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { quickAddInfluencerAction } from "@/app/(app)/actions/collaborations";
import { db } from "@/lib/db";
import { searchInfluencers } from "@/lib/influencers/search";

import { createCampaignWithBrief } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const uid = () => randomBytes(4).toString("hex");
const comp = { compensationType: "cash" as const, fee: 150, productDescription: "", commissionPct: null };

let workspace: { id: string; slug: string };
let campaignId: string;
beforeEach(async () => {
  const owner = await createUser();
  ({ workspace } = await createWorkspaceWith({ owner }));
  campaignId = await createCampaignWithBrief(workspace.id, owner.id);
  actAs({ id: owner.id, email: owner.email, name: owner.name });
});

describe("quick-add from a campaign", () => {
  it("creates the influencer with their followers, tier, platform, search text and first snapshot", async () => {
    const handle = `quick${uid()}`;
    const res = await quickAddInfluencerAction(workspace.slug, {
      campaignId,
      displayName: "Quinn Adams",
      platform: "instagram",
      handle: `https://www.instagram.com/${handle}/`,
      followers: "24500",
      email: "",
      ...comp,
    });
    expect(res.ok, JSON.stringify(res)).toBe(true);
    const influencer = await db.influencer.findFirstOrThrow({
      where: { workspaceId: workspace.id, displayName: "Quinn Adams" },
      select: {
        id: true,
        followers: true,
        tier: true,
        platforms: true,
        searchText: true,
        riskReasons: true,
        accounts: { select: { handle: true, followers: true, url: true, snapshots: { select: { followers: true } } } },
        collaborations: { select: { campaignId: true } },
      },
    });
    expect(influencer.followers).toBe(24_500);
    expect(influencer.tier).toBe("micro");
    expect(influencer.platforms).toEqual(["instagram"]);
    expect(influencer.searchText).toContain(handle);
    expect(influencer.riskReasons.length).toBeGreaterThan(0);
    expect(influencer.accounts).toEqual([
      { handle, followers: 24_500, url: `https://www.instagram.com/${handle}/`, snapshots: [{ followers: 24_500 }] },
    ]);
    expect(influencer.collaborations).toEqual([{ campaignId }]);
    // The roster search finds them by tier, as it finds anyone else.
    const micro = await searchInfluencers({ workspaceId: workspace.id, filters: { tiers: ["micro"] } });
    expect(micro.rows.map((r) => r.id)).toContain(influencer.id);
  });

  it("asks for the follower count", async () => {
    const res = await quickAddInfluencerAction(workspace.slug, {
      campaignId,
      displayName: "No Count",
      platform: "tiktok",
      handle: `nocount${uid()}`,
      followers: "",
      email: "",
      ...comp,
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.fieldErrors?.followers).toEqual(["Enter their follower count"]);
    expect(await db.influencer.count({ where: { workspaceId: workspace.id, displayName: "No Count" } })).toBe(0);
  });

  it("adds the existing influencer when the handle is already in the roster, without a second one", async () => {
    const handle = `known${uid()}`;
    const input = { campaignId, displayName: "Known", platform: "tiktok" as const, handle, followers: 900, email: "", ...comp };
    expect((await quickAddInfluencerAction(workspace.slug, input)).ok).toBe(true);
    const other = await createCampaignWithBrief(
      workspace.id,
      (await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id } })).userId,
    );
    const again = await quickAddInfluencerAction(workspace.slug, { ...input, campaignId: other, followers: 5 });
    expect(again.ok).toBe(true);
    expect(await db.influencer.count({ where: { workspaceId: workspace.id, displayName: "Known" } })).toBe(1);
    expect(await db.socialAccount.findFirst({ where: { workspaceId: workspace.id, handle }, select: { followers: true } })).toEqual({
      followers: 900,
    });
  });
});
