// Cross-tenant cases: posts and their metric snapshots (add a post, enter numbers, CSV import) and the
// campaign's Metrics page. The collaboration page that shows "Posts & metrics" is a row of
// cases/campaigns.ts; the portal's side is token-scoped (exemptions.ts, post-metrics.integration.test.ts).
import { randomBytes } from "node:crypto";

import { action, page, type CrossTenantCase } from "../harness";

const uid = () => randomBytes(4).toString("hex");
const ACTIONS = "app/(app)/actions/posts.ts";

export const cases: CrossTenantCase[] = [
  action(`${ACTIONS}#createPostAction`, (t) => ({
    collaborationId: t.collaborationId,
    url: `https://instagram.com/p/new${uid()}`,
    platform: "instagram",
    format: "post",
  })),
  action(`${ACTIONS}#createPostAction (A's collaboration, B's deliverable)`, (t, own) => ({
    collaborationId: own.collaborationId,
    deliverableId: t.deliverableId,
    url: `https://instagram.com/p/new${uid()}`,
    platform: "instagram",
    format: "post",
  })),
  action(`${ACTIONS}#addSnapshotAction`, (t) => ({ postId: t.postId, capturedAt: "2026-10-15", likes: "12", reach: "400" })),
  action(`${ACTIONS}#importMetricsAction`, (t) => ({
    campaignId: t.campaignId,
    text: `Post URL,Captured at,Likes,Reach\n${t.postUrl},2026-10-02,33,900\n`,
  })),
  page("app/(app)/w/[workspaceSlug]/campaigns/[campaignId]/metrics/page.tsx", (t) => ({ params: { campaignId: t.campaignId } })),
];
