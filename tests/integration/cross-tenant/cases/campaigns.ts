// Cross-tenant cases: campaigns, briefs, collaborations (invites, transitions, messages), the review
// queue and their pages. One row per route method, server action and page; see ../harness.ts.
import { randomBytes } from "node:crypto";

import { COMPLETE_BRIEF } from "../../../fixtures/campaign-factories";
import { action, page, type CrossTenantCase } from "../harness";

const uid = () => randomBytes(4).toString("hex");
const CAMPAIGNS = "app/(app)/actions/campaigns.ts";
const COLLABS = "app/(app)/actions/collaborations.ts";
const PAGES = "app/(app)/w/[workspaceSlug]/campaigns";

const comp = { compensationType: "cash", fee: 150, productDescription: "", commissionPct: null };
const campaignInput = { name: "Renamed", goal: "awareness", budget: 1000, currency: "USD" };
const brief = () => ({ ...COMPLETE_BRIEF, goals: `Changed goals for the test ${uid()}` });

export const cases: CrossTenantCase[] = [
  action(`${CAMPAIGNS}#createCampaignAction`, () => ({ ...campaignInput, name: `New ${uid()}` })),
  action(`${CAMPAIGNS}#updateCampaignAction`, (t) => ({ campaignId: t.campaignId, ...campaignInput })),
  action(`${CAMPAIGNS}#setCampaignStatusAction`, (t) => ({ campaignId: t.campaignId, status: "archived" })),
  action(`${CAMPAIGNS}#saveBriefAction`, (t) => ({ campaignId: t.campaignId, brief: brief() })),
  action(`${CAMPAIGNS}#sendBriefAction`, (t) => ({ campaignId: t.campaignId, brief: brief() })),

  action(`${COLLABS}#searchRosterAction`, (t) => ({ campaignId: t.campaignId, q: "" })),
  action(`${COLLABS}#addInfluencersAction`, (t) => ({ campaignId: t.campaignId, influencerIds: [t.spareInfluencerId], ...comp })),
  action(`${COLLABS}#addInfluencersAction (list)`, (t) => ({ campaignId: t.campaignId, listId: t.listId, ...comp })),
  action(`${COLLABS}#addInfluencersAction (A's campaign, B's influencer)`, (t, own) => ({
    campaignId: own.campaignId,
    influencerIds: [t.spareInfluencerId],
    ...comp,
  })),
  action(`${COLLABS}#quickAddInfluencerAction`, (t) => ({
    campaignId: t.campaignId,
    displayName: "Quick",
    platform: "tiktok",
    handle: `@quick${uid()}`,
    followers: 5000,
    email: "",
    ...comp,
  })),
  action(`${COLLABS}#updateCollaborationAction`, (t) => ({
    collaborationId: t.freshCollaborationId,
    deliverables: [{ type: "reel", platform: "instagram", count: 2, dueDate: "" }],
    ...comp,
  })),
  action(`${COLLABS}#issueInviteAction`, (t) => ({ collaborationId: t.freshCollaborationId })),
  action(`${COLLABS}#revokeInviteAction`, (t) => ({ collaborationId: t.freshCollaborationId })),
  action(`${COLLABS}#collaborationTransitionAction`, (t) => ({ collaborationId: t.freshCollaborationId, to: "cancelled" })),
  action(`${COLLABS}#replyToInfluencerAction`, (t) => ({ collaborationId: t.collaborationId, body: "Thanks!" })),

  action("app/(app)/actions/review.ts#reviewDraftAction", (t) => ({
    draftId: t.draftId,
    decision: "request_changes",
    comment: "Shorter please",
  })),
  action("app/(app)/actions/review.ts#reviewDraftAction (approve)", (t) => ({ draftId: t.draftId, decision: "approve" })),

  page(`${PAGES}/page.tsx`),
  page(`${PAGES}/new/page.tsx`),
  page(`${PAGES}/[campaignId]/page.tsx`, (t) => ({ params: { campaignId: t.campaignId } })),
  page(`${PAGES}/[campaignId]/edit/page.tsx`, (t) => ({ params: { campaignId: t.campaignId } })),
  page(`${PAGES}/[campaignId]/brief/page.tsx`, (t) => ({ params: { campaignId: t.campaignId } })),
  page(`${PAGES}/[campaignId]/collaborations/[collaborationId]/page.tsx`, (t) => ({
    params: { campaignId: t.campaignId, collaborationId: t.collaborationId },
  })),
  page(`${PAGES}/[campaignId]/collaborations/[collaborationId]/page.tsx (A's campaign, B's collaboration)`, (t, own) => ({
    params: { campaignId: own.campaignId, collaborationId: t.collaborationId },
  })),
  page("app/(app)/w/[workspaceSlug]/review/page.tsx"),
];
