// The budget counts only fees that are part of the deal: a fee typed before switching the
// compensation to "Product only" (or "Commission") is not stored, and a fee already stored on such a
// collaboration is neither counted by the budget nor shown on the cards or in the portal.
import { beforeEach, describe, expect, it } from "vitest";

import { addInfluencersAction, quickAddInfluencerAction, updateCollaborationAction } from "@/app/(app)/actions/collaborations";
import { campaignBudget } from "@/lib/campaigns/budget-data";
import { getCampaign } from "@/lib/campaigns/crud";
import { getCollaborationDetail, listCampaignCollaborations } from "@/lib/collaborations/queries";
import { db } from "@/lib/db";

import { createCampaignWithBrief, createInfluencer } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

let ws: { id: string; slug: string };
let owner: { id: string; email: string; name: string | null };
let campaignId: string;

beforeEach(async () => {
  owner = await createUser();
  ws = (await createWorkspaceWith({ owner })).workspace;
  actAs(owner);
  campaignId = await createCampaignWithBrief(ws.id, owner.id, { budget: 1000 });
});

async function budget() {
  return (await campaignBudget(ws.id, await getCampaign(ws.id, campaignId))).plan;
}

const feeOf = (collaborationId: string) =>
  db.collaboration.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId: ws.id, id: collaborationId } },
    select: { compensationType: true, feeMinor: true, productDescription: true },
  });

describe("product-only compensation with a fee left in the form", () => {
  it("adding from the roster stores no fee and the budget agrees nothing", async () => {
    const inf = await createInfluencer(ws.id);
    const r = await addInfluencersAction(ws.slug, {
      campaignId,
      influencerIds: [inf.id],
      compensationType: "product",
      fee: 1250,
      productDescription: "SPF serum 50 ml",
    });
    expect(r).toMatchObject({ ok: true, data: { created: 1 } });
    const id = r.ok ? r.data.collaborationIds[0]! : "";
    expect(await feeOf(id)).toEqual({ compensationType: "product", feeMinor: null, productDescription: "SPF serum 50 ml" });
    const plan = await budget();
    expect(plan.agreedMinor).toBe(0);
    expect(plan.remainingMinor).toBe(100_000);
    expect(plan.status).not.toBe("over");
    const [row] = await listCampaignCollaborations(ws.id, campaignId);
    expect(row).toMatchObject({ compensationType: "product", fee: null });
  });

  it("quick-add stores no fee either", async () => {
    const r = await quickAddInfluencerAction(ws.slug, {
      campaignId,
      displayName: "Ivy",
      platform: "instagram",
      handle: "@ivy.glows",
      followers: 12000,
      compensationType: "product",
      fee: 1250,
      productDescription: "Serum",
    });
    expect(r).toMatchObject({ ok: true, data: { created: 1 } });
    const id = r.ok ? r.data.collaborationIds[0]! : "";
    expect((await feeOf(id)).feeMinor).toBeNull();
    expect((await budget()).agreedMinor).toBe(0);
  });

  it("changing product + payment to product only drops the fee", async () => {
    const inf = await createInfluencer(ws.id);
    const r = await addInfluencersAction(ws.slug, {
      campaignId,
      influencerIds: [inf.id],
      compensationType: "product_plus_cash",
      fee: 250,
      productDescription: "Serum",
    });
    const id = r.ok ? r.data.collaborationIds[0]! : "";
    expect((await feeOf(id)).feeMinor).toBe(25_000n);
    expect((await budget()).agreedMinor).toBe(25_000);
    const u = await updateCollaborationAction(ws.slug, {
      collaborationId: id,
      deliverables: [{ type: "post", platform: "instagram", count: 1 }],
      compensationType: "product",
      fee: 250,
      productDescription: "Serum",
    });
    expect(u).toMatchObject({ ok: true });
    expect((await feeOf(id)).feeMinor).toBeNull();
    expect((await budget()).agreedMinor).toBe(0);
  });

  it("a fee already stored on a product-only collaboration is not counted, listed or shown", async () => {
    const inf = await createInfluencer(ws.id);
    const r = await addInfluencersAction(ws.slug, {
      campaignId,
      influencerIds: [inf.id],
      compensationType: "product",
      productDescription: "Serum",
    });
    const id = r.ok ? r.data.collaborationIds[0]! : "";
    // As written by the old code.
    await db.collaboration.updateMany({ where: { workspaceId: ws.id, id }, data: { feeMinor: 125_000n } });
    const plan = await budget();
    expect(plan.agreedMinor).toBe(0);
    expect(plan.lines[0]).toMatchObject({ id, feeMinor: 0 });
    const [row] = await listCampaignCollaborations(ws.id, campaignId);
    expect(row!.fee).toBeNull();
    expect((await getCollaborationDetail(ws.id, id)).compensation.fee).toBeNull();
  });

  it("cash and product + payment fees still count", async () => {
    const [a, b] = [await createInfluencer(ws.id), await createInfluencer(ws.id)];
    await addInfluencersAction(ws.slug, { campaignId, influencerIds: [a.id], compensationType: "cash", fee: 300 });
    await addInfluencersAction(ws.slug, {
      campaignId,
      influencerIds: [b.id],
      compensationType: "product_plus_cash",
      fee: 250,
      productDescription: "Serum",
    });
    expect((await budget()).agreedMinor).toBe(55_000);
  });
});
