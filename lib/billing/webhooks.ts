// Stripe webhooks: receive (verify, record once, queue) and apply (a job).
//
// Receive: the signature is checked on the raw body before anything is written; a bad or stale
// signature is a 400 and writes nothing. Only the allowlisted types are kept; each event id is
// stored once (StripeEvent), so a duplicate delivery never queues twice once applied.
//
// Apply: the event only says *which* customer changed. The job locks the workspace's billing row,
// re-reads the customer's subscriptions from Stripe (the source of truth) inside that lock, and
// writes that state. Events strictly older (event.created) than the last one applied for the
// workspace are skipped; an equal `created` is applied, which is harmless because the state written
// is the one just read, not the event's copy. Duplicates, retries over days and any arrival order
// therefore end in Stripe's current state. An event for a customer no workspace owns is recorded
// and ignored.
//
// Creator payouts (connect.ts, payouts.ts) add two types, applied the same way (re-read from
// Stripe, idempotent): `account.updated` from the Connect endpoint (signed with
// STRIPE_CONNECT_WEBHOOK_SECRET when it has its own) and `transfer.reversed`.
import type Stripe from "stripe";

import type { Prisma } from "../db";
import { db } from "../db";
import { AppError } from "../errors";
import { enqueue } from "../jobs";
import { log } from "../log";
import { recordAudit } from "../workspaces/audit";
import { billingConfig, type BillingConfig } from "./config";
import { unsafeApplyAccountUpdated } from "./connect";
import { applyTransferReversed } from "./payouts";
import { planForPrice, type PlanId } from "./plans";
import { stripeClient } from "./stripe";

export const STRIPE_EVENT_QUEUE = "stripe-event-apply";
export const STRIPE_WEBHOOK_MAX_BYTES = 512 * 1024;

export const STRIPE_EVENT_TYPES = [
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_failed",
  "account.updated",
  "transfer.reversed",
] as const;
const ALLOWED = new Set<string>(STRIPE_EVENT_TYPES);

/** The event, when signed under the webhook secret or the Connect endpoint's secret; else BAD_REQUEST. */
function verifyEvent(config: BillingConfig, body: Uint8Array, signature: string | null): Stripe.Event {
  const secrets = [config.webhookSecret, ...(config.connectWebhookSecret ? [config.connectWebhookSecret] : [])];
  let last: unknown = null;
  for (const secret of secrets) {
    try {
      return stripeClient(config).webhooks.constructEvent(Buffer.from(body), signature ?? "", secret);
    } catch (e) {
      last = e;
    }
  }
  throw new AppError("BAD_REQUEST", "The Stripe signature does not match.", {
    detail: last instanceof Error ? last.message : String(last),
  });
}

/** Verifies and records one delivery; queues its application. */
export async function receiveStripeWebhook(opts: { body: Uint8Array; signature: string | null }): Promise<{ note: string }> {
  const config = billingConfig();
  if (!config) throw new AppError("NOT_FOUND", "Billing is not enabled on this installation.");
  const event = verifyEvent(config, opts.body, opts.signature);
  if (!ALLOWED.has(event.type)) return { note: `type ${event.type} ignored` };
  const inserted = await db.stripeEvent.createMany({
    data: [
      {
        id: event.id,
        type: event.type,
        created: new Date(event.created * 1000),
        payload: JSON.parse(JSON.stringify(event)) as Prisma.InputJsonValue,
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    const ev = await db.stripeEvent.findUnique({ where: { id: event.id }, select: { appliedAt: true } });
    if (ev?.appliedAt) return { note: "duplicate" };
  }
  // If the queue is down this throws, Stripe gets a 5xx and retries; the retry lands above.
  await enqueue(STRIPE_EVENT_QUEUE, { eventId: event.id }, { singletonKey: event.id });
  return { note: inserted.count === 0 ? "requeued" : "queued" };
}

const LIVE_ORDER = ["active", "trialing", "past_due", "unpaid", "paused", "incomplete"];

/** The subscription that decides the workspace's plan: the newest live one, else the newest of all. */
export function pickSubscription(subs: readonly Stripe.Subscription[]): Stripe.Subscription | null {
  const sorted = [...subs].sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : -1));
  for (const status of LIVE_ORDER) {
    const s = sorted.find((x) => x.status === status);
    if (s) return s;
  }
  return sorted[0] ?? null;
}

type NextState = {
  stripeSubscriptionId: string | null;
  priceId: string | null;
  plan: PlanId;
  status: string;
  periodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  unknownPrice: boolean;
};

function stateOf(sub: Stripe.Subscription | null, config: BillingConfig): NextState {
  if (!sub) {
    return {
      stripeSubscriptionId: null,
      priceId: null,
      plan: "free",
      status: "none",
      periodStart: null,
      currentPeriodEnd: null,
      cancelAtPeriodEnd: false,
      unknownPrice: false,
    };
  }
  const item = sub.items.data[0];
  const priceId = item?.price.id ?? null;
  const paid = planForPrice(priceId, config.prices);
  return {
    stripeSubscriptionId: sub.id,
    priceId,
    plan: paid ?? "free",
    status: sub.status,
    periodStart: item ? new Date(item.current_period_start * 1000) : null,
    currentPeriodEnd: item ? new Date(item.current_period_end * 1000) : null,
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    unknownPrice: priceId !== null && paid === null,
  };
}

/** Plans that apply with this status, ignoring the grace period: what Workspace.plan shows. */
function workspacePlan(next: NextState): PlanId {
  return ["active", "trialing", "past_due", "unpaid"].includes(next.status) ? next.plan : "free";
}

function customerOf(payload: unknown): string | null {
  const obj = (payload as { data?: { object?: { customer?: unknown } } } | null)?.data?.object;
  const c = obj?.customer;
  if (typeof c === "string") return c;
  if (c && typeof c === "object" && typeof (c as { id?: unknown }).id === "string") return (c as { id: string }).id;
  return null;
}

async function finish(tx: Prisma.TransactionClient, eventId: string, outcome: string): Promise<string> {
  await tx.stripeEvent.update({ where: { id: eventId }, data: { appliedAt: new Date(), outcome: outcome.slice(0, 500) } });
  return outcome;
}

/** Applies one recorded event, once. Returns what it did (for tests and the log). */
export async function applyStripeEvent(eventId: string): Promise<string> {
  const config = billingConfig();
  if (!config) return "billing off";
  return db.$transaction(
    async (tx) => {
      // FOR UPDATE: two workers holding the same event apply it once.
      const locked = await tx.$queryRaw<{ applied: boolean }[]>`
        SELECT "appliedAt" IS NOT NULL AS applied FROM "StripeEvent" WHERE "id" = ${eventId} FOR UPDATE`;
      if (!locked[0]) return "missing";
      if (locked[0].applied) return "already applied";
      const ev = await tx.stripeEvent.findUniqueOrThrow({ where: { id: eventId }, select: { type: true, created: true, payload: true } });
      if (ev.type === "account.updated" || ev.type === "transfer.reversed") {
        const objectId = (ev.payload as { data?: { object?: { id?: unknown } } }).data?.object?.id;
        if (typeof objectId !== "string") return finish(tx, eventId, "ignored: no object id on the event");
        // Re-read from Stripe and written by their own services (outside this event's lock, which
        // only makes the event apply once); both are idempotent.
        const outcome =
          ev.type === "account.updated" ? await unsafeApplyAccountUpdated(config, objectId) : await applyTransferReversed(config, objectId);
        return finish(tx, eventId, outcome);
      }
      const customer = customerOf(ev.payload);
      if (!customer) return finish(tx, eventId, "ignored: no customer on the event");
      const owner = await tx.workspaceBilling.findUnique({ where: { stripeCustomerId: customer }, select: { workspaceId: true } });
      if (!owner) return finish(tx, eventId, `ignored: unknown customer ${customer.slice(0, 60)}`);
      const workspaceId = owner.workspaceId;
      if (ev.type === "checkout.session.completed") {
        const ref = (ev.payload as { data?: { object?: { client_reference_id?: unknown } } }).data?.object?.client_reference_id;
        if (typeof ref === "string" && ref !== workspaceId)
          return finish(tx, eventId, "ignored: client_reference_id names another workspace");
      }
      // Serialises every event of this workspace: the Stripe read below happens in commit order, so the
      // last state written is the last one read.
      const rows = await tx.$queryRaw<{ lastEventAt: Date | null }[]>`
        SELECT "lastEventAt" FROM "WorkspaceBilling" WHERE "workspaceId" = ${workspaceId} FOR UPDATE`;
      const last = rows[0]?.lastEventAt ?? null;
      if (last && ev.created.getTime() < last.getTime()) return finish(tx, eventId, "skipped: older than the last event applied");

      const before = await tx.workspaceBilling.findUniqueOrThrow({ where: { workspaceId }, select: { plan: true, status: true } });
      const subs = await stripeClient(config).subscriptions.list({ customer, status: "all", limit: 100 });
      const next = stateOf(pickSubscription(subs.data), config);
      await tx.workspaceBilling.update({
        where: { workspaceId },
        data: {
          stripeSubscriptionId: next.stripeSubscriptionId,
          priceId: next.priceId,
          plan: next.plan,
          status: next.status,
          periodStart: next.periodStart,
          currentPeriodEnd: next.currentPeriodEnd,
          cancelAtPeriodEnd: next.cancelAtPeriodEnd,
          lastEventAt: last && last.getTime() > ev.created.getTime() ? last : ev.created,
          lastEventId: eventId,
        },
      });
      await tx.workspace.update({ where: { id: workspaceId }, data: { plan: workspacePlan(next) } });
      if (before.plan !== next.plan || before.status !== next.status) {
        await recordAudit(tx, {
          workspaceId,
          actorId: null,
          action: "billing.subscription_changed",
          targetType: "subscription",
          targetId: next.stripeSubscriptionId ?? undefined,
          metadata: {
            from: { plan: before.plan, status: before.status },
            to: { plan: next.plan, status: next.status },
            eventId,
            eventType: ev.type,
          },
        });
      }
      const note = next.unknownPrice ? ` (price ${next.priceId} is no plan's: Free limits)` : "";
      return finish(tx, eventId, `applied: ${next.plan} ${next.status}${note}`);
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** The job: data is `{ eventId }`. Throws to be retried (Stripe unreachable, database down). */
export async function stripeEventJob(data: unknown): Promise<void> {
  const eventId = (data as { eventId?: unknown } | null)?.eventId;
  if (typeof eventId !== "string") {
    log.warn("stripe event job without its id", { data });
    return;
  }
  const outcome = await applyStripeEvent(eventId);
  log.info("stripe event applied", { eventId, outcome });
}
