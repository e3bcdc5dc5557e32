// What the public API sends for each resource: the app's own reads (lib/<domain>/queries), reshaped
// to the API's conventions — ISO times, money in integer minor units beside its currency, no
// invite tokens, message bodies or people's emails the API's scopes don't cover.
import type { CampaignDetail } from "../../campaigns/crud";
import type { CollaborationDetail, CollaborationRow } from "../../collaborations/queries";
import { db } from "../../db";
import { AppError } from "../../errors";
import { toMinorUnits } from "../../metrics/money";

const minor = (major: number | null, currency: string) => (major === null ? null : toMinorUnits(major, currency));

export function presentCampaign(c: CampaignDetail) {
  const { budget: _major, brief: _brief, ...rest } = c;
  return { ...rest, createdAt: c.createdAt.toISOString() };
}

function compensation(c: { type: string; fee: number | null; currency: string; product: string | null; commissionPct: number | null }) {
  return {
    type: c.type,
    feeMinor: minor(c.fee, c.currency),
    currency: c.currency,
    productDescription: c.product,
    commissionPct: c.commissionPct,
  };
}

export function presentCollaborationRow(r: CollaborationRow) {
  return {
    id: r.id,
    status: r.status,
    compensation: {
      type: r.compensationType,
      feeMinor: minor(r.fee, r.currency),
      currency: r.currency,
      productDescription: null,
      commissionPct: null,
    },
    influencer: { id: r.influencer.id, displayName: r.influencer.displayName, accounts: r.influencer.accounts },
    deliverables: r.deliverables,
  };
}

export function presentCollaboration(c: CollaborationDetail) {
  return {
    id: c.id,
    campaignId: c.campaignId,
    status: c.status,
    compensation: compensation(c.compensation),
    declineReason: c.declineReason,
    influencer: {
      id: c.influencer.id,
      displayName: c.influencer.displayName,
      accounts: c.influencer.accounts.map((a) => ({ platform: a.platform, handle: a.handle })),
    },
    deliverables: c.deliverables.map(({ drafts: _drafts, ...d }) => d),
    history: c.history.map((h) => ({ from: h.from, to: h.to, actorType: h.actorType, note: h.note, at: h.at })),
  };
}

/** NOT_FOUND unless the collaboration is the workspace's (reads that would otherwise answer an empty list). */
export async function assertCollaboration(workspaceId: string, collaborationId: string): Promise<void> {
  const n = await db.collaboration.count({ where: { workspaceId, id: collaborationId } });
  if (n === 0) throw new AppError("NOT_FOUND", "Collaboration not found.");
}

export async function assertPost(workspaceId: string, postId: string): Promise<void> {
  const n = await db.post.count({ where: { workspaceId, id: postId } });
  if (n === 0) throw new AppError("NOT_FOUND", "Post not found.");
}
