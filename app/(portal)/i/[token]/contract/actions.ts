"use server";

// Portal contract actions: consent, sign (and the emailed code before it), decline, ask for changes. Like app/(portal)/actions.ts, each
// takes the invite token as its first argument and goes through the portal gate (hash lookup, expiry,
// revocation, rate limit); the services add their own signing limits and act only on the gate's
// collaboration. The request's IP and user agent go into the contract's audit trail.
import type { z } from "zod";

import { actionError, type ActionResult } from "@/lib/auth/workspace-action";
import { declineContract, giveConsent, requestContractChanges, signContract } from "@/lib/contracts/signing";
import { sendSigningCode } from "@/lib/contracts/signing-code";
import {
  declineContractSchema,
  giveConsentSchema,
  requestChangesSchema,
  sendSigningCodeSchema,
  signContractSchema,
} from "@/lib/contracts/signing-schemas";
import { withLogContext } from "@/lib/log";
import { portalGate, type PortalContext } from "@/lib/portal/gate";
import { requestMeta, type RequestMeta } from "@/lib/request-meta";
import { parseInput } from "@/lib/validation";

function contractAction<S extends z.ZodType, T>(
  schema: S,
  handler: (ctx: PortalContext, input: z.output<S>, meta: RequestMeta) => Promise<T>,
) {
  return async (token: string, input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const meta = await requestMeta();
      const ctx = await portalGate(token, { ip: meta.ip });
      const parsed = parseInput(schema, input);
      const data = await withLogContext({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId }, () =>
        handler(ctx, parsed, meta),
      );
      return { ok: true, data };
    } catch (e) {
      return actionError(e);
    }
  };
}

export const giveContractConsentAction = contractAction(giveConsentSchema, giveConsent);

export const signContractAction = contractAction(signContractSchema, signContract);

/** Emails the one-time code the workspace asks for before signing (lib/contracts/signing-code.ts). */
export const sendSigningCodeAction = contractAction(sendSigningCodeSchema, sendSigningCode);

export const declineContractAction = contractAction(declineContractSchema, declineContract);

export const requestContractChangesAction = contractAction(requestChangesSchema, requestContractChanges);
