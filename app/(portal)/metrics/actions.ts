"use server";

// Portal actions for post metrics: the creator adds their post's link and reports its numbers (with
// an optional screenshot uploaded first to /i/<token>/insights). Like app/(portal)/actions.ts, each
// takes the invite token first and goes through the portal gate; the gate's one collaboration is all
// a handler acts on.
import { runPortalAction } from "@/lib/portal/action";
import { portalAddPost, portalSubmitMetrics } from "@/lib/posts/portal";
import { portalPostSchema, portalSnapshotSchema } from "@/lib/posts/schemas";
import { parseInput } from "@/lib/validation";

export async function addPortalPostAction(token: string, input: unknown) {
  return runPortalAction(token, (ctx) => portalAddPost(ctx, parseInput(portalPostSchema, input)));
}

export async function submitPortalMetricsAction(token: string, input: unknown) {
  return runPortalAction(token, (ctx) => portalSubmitMetrics(ctx, parseInput(portalSnapshotSchema, input)));
}
