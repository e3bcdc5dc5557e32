// Deleting a workspace ends its subscription at Stripe first (cancelled now, not at the period
// end, without proration: a deleted workspace can't be used for the rest of the period, and the
// customer is not billed again). If Stripe can't be reached the deletion is refused with a message,
// so a workspace is never gone while its card is still charged.
//
// The workspace's audit log is deleted with the workspace, so the cancellation is recorded where it
// outlives it: the server log (who, which subscriptions) and Stripe's cancellation comment.
import { db } from "../db";
import { AppError } from "../errors";
import { log } from "../log";
import { billingConfig } from "./config";
import { stripeClient } from "./stripe";

/** Stripe statuses of a subscription that can still charge. */
const LIVE = new Set(["active", "trialing", "past_due", "unpaid", "paused", "incomplete"]);

/** Cancels every live subscription of the workspace's Stripe customer. Returns their ids. Nothing with billing off. */
export async function cancelSubscriptionsForDeletion(opts: { workspaceId: string; actorId: string | null }): Promise<string[]> {
  const config = billingConfig();
  if (!config) return [];
  const row = await db.workspaceBilling.findUnique({ where: { workspaceId: opts.workspaceId }, select: { stripeCustomerId: true } });
  if (!row?.stripeCustomerId) return [];
  const stripe = stripeClient(config);
  const canceled: string[] = [];
  try {
    // From Stripe, not our copy: a subscription whose event hasn't arrived yet is cancelled too.
    const subs = await stripe.subscriptions.list({ customer: row.stripeCustomerId, status: "all", limit: 100 });
    for (const sub of subs.data) {
      if (!LIVE.has(sub.status)) continue;
      await stripe.subscriptions.cancel(
        sub.id,
        {
          invoice_now: false,
          prorate: false,
          cancellation_details: { comment: `Workspace ${opts.workspaceId} deleted${opts.actorId ? ` by user ${opts.actorId}` : ""}` },
        },
        { idempotencyKey: `workspace-delete-${opts.workspaceId}-${sub.id}` },
      );
      canceled.push(sub.id);
    }
  } catch (e) {
    throw new AppError(
      "CONFLICT",
      "The workspace's subscription could not be cancelled at Stripe, so nothing was deleted. Try again in a moment, or cancel the plan in Settings → Billing first.",
      { detail: e instanceof Error ? e.message : String(e) },
    );
  }
  if (canceled.length > 0) {
    log.info("billing: subscriptions cancelled because the workspace is being deleted", {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      customer: row.stripeCustomerId,
      subscriptions: canceled,
    });
  }
  return canceled;
}
