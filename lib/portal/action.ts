// The one way a portal server action runs: the invite token through the portal gate (hash lookup,
// expiry, revocation, per-IP rate limit), then the handler with the gate's one collaboration, inside
// its log context; any error becomes the action's error result. Used by every app/(portal) action.
import { headers } from "next/headers";

import { actionError, type ActionResult } from "../auth/workspace-action";
import { clientIp } from "../client-ip";
import { withLogContext } from "../log";
import { portalGate, type PortalContext } from "./gate";

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null; // outside a request (tests): no IP to count
  }
}

/** Gates `token` and runs `handler` for the gate's collaboration; errors become `{ ok: false }`. */
export async function runPortalAction<T>(token: string, handler: (ctx: PortalContext) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const ctx = await portalGate(token, { ip: await requestIp() });
    return {
      ok: true,
      data: await withLogContext({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId }, () => handler(ctx)),
    };
  } catch (e) {
    return actionError(e);
  }
}
