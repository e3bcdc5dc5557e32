"use server";

// Portal actions. Each takes the invite token as its first argument and goes through the portal gate
// (hash lookup, expiry, revocation, rate limit); the gate's context — one collaboration — is all a
// handler can act on. Ids in the input (a deliverable) are looked up inside that collaboration only.
import { headers } from "next/headers";
import type { z } from "zod";

import { actionError, type ActionResult } from "@/lib/auth/workspace-action";
import { clientIp } from "@/lib/client-ip";
import { withLogContext } from "@/lib/log";
import { saveDraft, submitLiveUrl } from "@/lib/portal/drafts";
import { portalGate, type PortalContext } from "@/lib/portal/gate";
import { acknowledgeBrief, askQuestion, respondToInvite } from "@/lib/portal/respond";
import { draftInputSchema, liveUrlSchema, questionSchema, respondSchema } from "@/lib/portal/schemas";
import { noInputSchema, parseInput } from "@/lib/validation";

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null; // outside a request (tests): no IP to count
  }
}

function portalAction<S extends z.ZodType, T>(schema: S, handler: (ctx: PortalContext, input: z.output<S>) => Promise<T>) {
  return async (token: string, input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const ctx = await portalGate(token, { ip: await requestIp() });
      const parsed = parseInput(schema, input);
      const data = await withLogContext({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId }, () => handler(ctx, parsed));
      return { ok: true, data };
    } catch (e) {
      return actionError(e);
    }
  };
}

export const respondToInviteAction = portalAction(respondSchema, (ctx, input) => respondToInvite(ctx, input));

export const askQuestionAction = portalAction(questionSchema, (ctx, input) => askQuestion(ctx, input));

export const acknowledgeBriefAction = portalAction(noInputSchema, (ctx) => acknowledgeBrief(ctx));

export const saveDraftAction = portalAction(draftInputSchema, (ctx, input) => saveDraft(ctx, input));

export const submitLiveUrlAction = portalAction(liveUrlSchema, (ctx, input) => submitLiveUrl(ctx, input));
