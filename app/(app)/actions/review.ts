"use server";

// Content review: approve or request changes on a submitted draft (content.review: includes clients).
import { workspaceAction } from "@/lib/auth/workspace-action";
import { reviewDraft } from "@/lib/collaborations/review";
import { reviewDraftSchema } from "@/lib/collaborations/schemas";

export const reviewDraftAction = workspaceAction("content.review", reviewDraftSchema, async (input, { workspace, user, role }) =>
  reviewDraft({
    workspaceId: workspace.id,
    actorId: user.id,
    role,
    draftId: input.draftId,
    decision: input.decision,
    comment: input.comment,
  }),
);
