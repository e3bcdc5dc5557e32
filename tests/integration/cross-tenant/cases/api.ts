// Cross-tenant cases of the public API (app/api/v1): each route called with a tenant's API key
// (harness.ts, describeApiKeyCase): another workspace's ids → 404, no key / a forged key / a revoked
// key → 401, and nothing of the other tenant in any answer. The disclosure check and the OpenAPI
// document read no workspace data: exemptions.ts.
import { randomBytes } from "node:crypto";

import { apiRoute } from "../harness";

const V1 = "app/api/v1";
const rand = () => randomBytes(4).toString("hex");
const post = (body: unknown, method = "POST") => ({
  init: { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
});

export const cases = [
  apiRoute(`${V1}/influencers/route.ts GET`),
  apiRoute(`${V1}/influencers/route.ts GET (B's list as filter)`, (t) => ({ query: `?list=${t.listId}&tier=micro` }), {
    needsIds: "OK_WITHOUT_LEAK",
  }),
  apiRoute(`${V1}/influencers/route.ts POST`, () =>
    post({ displayName: `Api ${rand()}`, account: { platform: "tiktok", handle: `api_${rand()}`, followers: 5000 } }),
  ),
  apiRoute(`${V1}/influencers/upsert/route.ts POST`, (t) =>
    post({ displayName: `Upserted ${rand()}`, niches: "beauty", account: { platform: "instagram", handle: t.handle, followers: 12_000 } }),
  ),
  apiRoute(`${V1}/influencers/[influencerId]/route.ts GET`, (t) => ({ params: { influencerId: t.influencerId } })),
  apiRoute(`${V1}/influencers/[influencerId]/route.ts PUT`, (t) => ({
    params: { influencerId: t.influencerId },
    ...post({ displayName: `Renamed ${rand()}`, tags: "api" }, "PUT"),
  })),
  apiRoute(`${V1}/lists/route.ts GET`),
  apiRoute(`${V1}/campaigns/route.ts GET`),
  apiRoute(`${V1}/campaigns/route.ts POST`, () =>
    post({ name: `Api campaign ${rand()}`, goal: "sales", budgetMinor: 250_050, currency: "EUR" }),
  ),
  apiRoute(`${V1}/campaigns/[campaignId]/route.ts GET`, (t) => ({ params: { campaignId: t.campaignId } })),
  apiRoute(`${V1}/campaigns/[campaignId]/report/route.ts GET`, (t) => ({ params: { campaignId: t.campaignId } })),
  apiRoute(`${V1}/campaigns/[campaignId]/collaborations/route.ts GET`, (t) => ({ params: { campaignId: t.campaignId } })),
  apiRoute(`${V1}/campaigns/[campaignId]/collaborations/route.ts POST`, (t) => ({
    params: { campaignId: t.campaignId },
    ...post({ influencerIds: [t.spareInfluencerId], compensationType: "product", productDescription: "A box" }),
  })),
  apiRoute(`${V1}/campaigns/[campaignId]/collaborations/route.ts POST (B's influencer in A's campaign)`, (ids, own) => ({
    params: { campaignId: own.campaignId },
    ...post({ influencerIds: [ids.spareInfluencerId], compensationType: "product", productDescription: "A box" }),
  })),
  apiRoute(`${V1}/collaborations/[collaborationId]/route.ts GET`, (t) => ({ params: { collaborationId: t.collaborationId } })),
  apiRoute(`${V1}/collaborations/[collaborationId]/status/route.ts POST`, (t) => ({
    params: { collaborationId: t.draftContractCollaborationId },
    ...post({ to: "cancelled", note: "Not this time" }),
  })),
  apiRoute(`${V1}/collaborations/[collaborationId]/posts/route.ts GET`, (t) => ({ params: { collaborationId: t.collaborationId } })),
  apiRoute(`${V1}/collaborations/[collaborationId]/posts/route.ts POST`, (t) => ({
    params: { collaborationId: t.collaborationId },
    ...post({ url: `https://instagram.com/p/api${rand()}`, platform: "instagram", format: "reel", postedAt: "2026-10-02" }),
  })),
  apiRoute(`${V1}/collaborations/[collaborationId]/tracking/route.ts GET`, (t) => ({ params: { collaborationId: t.collaborationId } })),
  apiRoute(`${V1}/collaborations/[collaborationId]/links/route.ts GET`, (t) => ({ params: { collaborationId: t.collaborationId } })),
  apiRoute(`${V1}/collaborations/[collaborationId]/discount-codes/route.ts GET`, (t) => ({
    params: { collaborationId: t.collaborationId },
  })),
  apiRoute(`${V1}/collaborations/[collaborationId]/links/route.ts POST`, (t) => ({
    params: { collaborationId: t.collaborationId },
    ...post({ utmContent: "api" }),
  })),
  apiRoute(`${V1}/collaborations/[collaborationId]/discount-codes/route.ts POST`, (t) => ({
    params: { collaborationId: t.collaborationId },
    ...post({ code: `API${rand()}`, description: "From the API" }),
  })),
  apiRoute(`${V1}/posts/[postId]/snapshots/route.ts GET`, (t) => ({ params: { postId: t.postId } })),
  apiRoute(`${V1}/posts/[postId]/snapshots/route.ts POST`, (t) => ({
    params: { postId: t.postId },
    ...post({ capturedAt: new Date(Date.UTC(2026, 9, 2, 0, 0, randomBytes(1)[0]!)).toISOString(), likes: 50, comments: 4 }),
  })),
  apiRoute(`${V1}/conversions/route.ts GET`),
  apiRoute(`${V1}/conversions/route.ts GET (B's campaign as filter)`, (t) => ({ query: `?campaign=${t.campaignId}` }), {
    needsIds: "OK_WITHOUT_LEAK",
  }),
  apiRoute(`${V1}/conversions/route.ts POST`, () =>
    post({ orderId: `api-${rand()}`, orderedAt: "2026-11-02T10:15:00Z", currency: "usd", amountMinor: 4990, discountCodes: ["NOPE"] }),
  ),
  apiRoute(`${V1}/contracts/route.ts GET`),
  apiRoute(`${V1}/contracts/route.ts GET (B's campaign as filter)`, (t) => ({ query: `?campaign=${t.campaignId}` }), {
    needsIds: "OK_WITHOUT_LEAK",
  }),
  apiRoute(`${V1}/contracts/[contractId]/route.ts GET`, (t) => ({ params: { contractId: t.contractId } })),
  apiRoute(`${V1}/contracts/[contractId]/pdf/route.ts GET`, (t) => ({ params: { contractId: t.completedContractId } })),
];
