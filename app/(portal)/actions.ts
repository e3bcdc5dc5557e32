"use server";

// Portal actions. Each takes the invite token as its first argument and goes through the portal gate
// (hash lookup, expiry, revocation, rate limit); the gate's context — one collaboration — is all a
// handler can act on. Ids in the input (a deliverable) are looked up inside that collaboration only.
import type { z } from "zod";

import type { ActionResult } from "@/lib/auth/workspace-action";
import { runPortalAction } from "@/lib/portal/action";
import { saveDraft, submitLiveUrl } from "@/lib/portal/drafts";
import type { PortalContext } from "@/lib/portal/gate";
import { acknowledgeBrief, askQuestion, respondToInvite } from "@/lib/portal/respond";
import { draftInputSchema, liveUrlSchema, questionSchema, respondSchema } from "@/lib/portal/schemas";
import { noInputSchema, parseInput } from "@/lib/validation";

function portalAction<S extends z.ZodType, T>(schema: S, handler: (ctx: PortalContext, input: z.output<S>) => Promise<T>) {
  return async (token: string, input: z.input<S>): Promise<ActionResult<T>> =>
    runPortalAction(token, (ctx) => handler(ctx, parseInput(schema, input)));
}

export const respondToInviteAction = portalAction(respondSchema, (ctx, input) => respondToInvite(ctx, input));

export const askQuestionAction = portalAction(questionSchema, (ctx, input) => askQuestion(ctx, input));

export const acknowledgeBriefAction = portalAction(noInputSchema, (ctx) => acknowledgeBrief(ctx));

export const saveDraftAction = portalAction(draftInputSchema, (ctx, input) => saveDraft(ctx, input));

export const submitLiveUrlAction = portalAction(liveUrlSchema, (ctx, input) => submitLiveUrl(ctx, input));
