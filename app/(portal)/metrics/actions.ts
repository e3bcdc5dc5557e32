"use server";

// Portal actions for post metrics: the creator adds their post's link and reports its numbers (with
// an optional screenshot uploaded first to /i/<token>/insights). Like app/(portal)/actions.ts, each
// takes the invite token first and goes through the portal gate; the gate's one collaboration is all
// a handler acts on.
import { headers } from "next/headers";

import { actionError, type ActionResult } from "@/lib/auth/workspace-action";
import { clientIp } from "@/lib/client-ip";
import { withLogContext } from "@/lib/log";
import { portalGate, type PortalContext } from "@/lib/portal/gate";
import { portalAddPost, portalSubmitMetrics } from "@/lib/posts/portal";
import { portalPostSchema, portalSnapshotSchema } from "@/lib/posts/schemas";
import { parseInput } from "@/lib/validation";

async function run<T>(token: string, handler: (ctx: PortalContext) => Promise<T>): Promise<ActionResult<T>> {
  try {
    let ip: string | null = null;
    try {
      ip = clientIp(await headers());
    } catch {
      // outside a request (tests): no IP to count
    }
    const ctx = await portalGate(token, { ip });
    return {
      ok: true,
      data: await withLogContext({ workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId }, () => handler(ctx)),
    };
  } catch (e) {
    return actionError(e);
  }
}

export async function addPortalPostAction(token: string, input: unknown) {
  return run(token, (ctx) => portalAddPost(ctx, parseInput(portalPostSchema, input)));
}

export async function submitPortalMetricsAction(token: string, input: unknown) {
  return run(token, (ctx) => portalSubmitMetrics(ctx, parseInput(portalSnapshotSchema, input)));
}
