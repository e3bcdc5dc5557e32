// Billing against a local fake Stripe (tests/fixtures/fake-stripe.ts) on a real Postgres: Checkout
// and the customer, webhooks that converge whatever the duplicates and the order, limits checked
// inside the creating transaction (racing creates), downgrades that keep data, the grace period,
// bad signatures and unknown customers, and billing off.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { openPortalAction, startCheckoutAction } from "@/app/(app)/actions/billing";
import { POST as stripePOST } from "@/app/api/webhooks/stripe/route";
import { ensureCustomer, openPortal, startCheckout } from "@/lib/billing/checkout";
import { checkLimit } from "@/lib/billing/limits";
import { applyStripeEvent } from "@/lib/billing/webhooks";
import { setCampaignStatus } from "@/lib/campaigns/crud";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { stopJobs } from "@/lib/jobs";

import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { FAKE_PRICES, fakeStripeEnv, startFakeStripe, type FakeStripe } from "../fixtures/fake-stripe";
import { actAs } from "./session-double";

let fake: FakeStripe;
const saved = { ...env };
const DAY = 86_400;
const nowS = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(env, fakeStripeEnv(fake.url));
});
afterAll(async () => {
  Object.assign(env, saved);
  await stopJobs();
  await fake.close();
});

async function newWorkspace() {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ owner });
  const customer = await ensureCustomer(workspace, owner.email);
  return { ...workspace, owner, customer };
}

function post(payload: string, header: string | null) {
  return stripePOST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", ...(header ? { "stripe-signature": header } : {}) },
      body: payload,
    }),
  );
}

async function deliver(ev: { payload: string; header: string }) {
  const res = await post(ev.payload, ev.header);
  expect(res.status).toBe(200);
  return (JSON.parse(ev.payload) as { id: string }).id;
}

async function billingOf(workspaceId: string) {
  const [b, w] = await Promise.all([
    db.workspaceBilling.findUniqueOrThrow({
      where: { workspaceId },
      select: { plan: true, status: true, stripeSubscriptionId: true, priceId: true, periodStart: true, cancelAtPeriodEnd: true },
    }),
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { plan: true } }),
  ]);
  return { ...b, workspacePlan: w.plan };
}

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function draftCampaigns(workspaceId: string, n: number, status: "draft" | "active" = "draft") {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = await db.campaign.create({ data: { workspaceId, name: `C${i}`, goal: "sales", status }, select: { id: true } });
    ids.push(c.id);
  }
  return ids;
}

/** A realistic life: checkout, created, paid, a failed renewal, recovered; each step's event carries the object then. */
function lifeOfASubscription(customer: string, workspaceId: string) {
  const t0 = nowS() - 40 * DAY;
  const events: { payload: string; header: string }[] = [];
  let sub = fake.setSubscription(customer, { status: "active", price: FAKE_PRICES.proMonthly, periodStart: t0 });
  events.push(
    fake.event(
      "checkout.session.completed",
      { object: "checkout.session", customer, client_reference_id: workspaceId, subscription: sub.id },
      { created: t0 },
    ),
  );
  events.push(fake.event("customer.subscription.created", { ...sub }, { created: t0 }));
  events.push(fake.event("invoice.paid", { object: "invoice", customer }, { created: t0 + 1 }));
  sub = fake.setSubscription(customer, { status: "past_due", periodStart: t0 + 30 * DAY });
  events.push(fake.event("invoice.payment_failed", { object: "invoice", customer }, { created: t0 + 30 * DAY }));
  events.push(fake.event("customer.subscription.updated", { ...sub }, { created: t0 + 30 * DAY }));
  sub = fake.setSubscription(customer, { status: "active", price: FAKE_PRICES.agencyMonthly });
  events.push(fake.event("invoice.paid", { object: "invoice", customer }, { created: t0 + 32 * DAY }));
  events.push(fake.event("customer.subscription.updated", { ...sub }, { created: t0 + 32 * DAY }));
  return events;
}

describe("checkout and the customer", () => {
  it("creates one customer per workspace, even for racing first uses, and a subscription-mode session naming the workspace", async () => {
    const owner = await createUser();
    const { workspace } = await createWorkspaceWith({ owner });
    const ids = await Promise.all([
      ensureCustomer(workspace, owner.email),
      ensureCustomer(workspace, owner.email),
      ensureCustomer(workspace, owner.email),
    ]);
    expect(new Set(ids).size).toBe(1);
    expect([...fake.customers.values()].filter((c) => c.metadata.workspaceId === workspace.id)).toHaveLength(1);

    const { url } = await startCheckout({ workspace, user: owner, input: { plan: "pro", interval: "yearly" } });
    const session = [...fake.checkoutSessions.values()].find((s) => s.url === url)!;
    expect(session).toMatchObject({
      mode: "subscription",
      client_reference_id: workspace.id,
      customer: ids[0],
      price: FAKE_PRICES.proYearly,
    });
    expect(String(session.success_url)).toContain(`/w/${workspace.slug}/settings/billing`);
    const portal = await openPortal({ workspace });
    expect(portal.url).toMatch(/\/portal\/bps_/);
  });

  it("refuses a second checkout while a subscription is live (the portal changes plans)", async () => {
    const ws = await newWorkspace();
    fake.setSubscription(ws.customer, { status: "active" });
    await applyStripeEvent(await deliver(fake.event("customer.subscription.created", { object: "subscription", customer: ws.customer })));
    await expect(startCheckout({ workspace: ws, user: ws.owner, input: { plan: "agency", interval: "monthly" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("who may pay", () => {
  it("admins and members without billing.manage get 403 from Checkout and the portal, and Stripe is not called", async () => {
    const ws = await newWorkspace();
    const calls = fake.calls.length;
    for (const role of ["admin", "member"] as const) {
      const u = await addMember(ws.id, role);
      actAs({ id: u.id, email: u.email, name: u.name });
      expect(await startCheckoutAction(ws.slug, { plan: "pro", interval: "monthly" })).toMatchObject({
        ok: false,
        error: { code: "FORBIDDEN" },
      });
      expect(await openPortalAction(ws.slug, {})).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    actAs({ id: ws.owner.id, email: ws.owner.email, name: ws.owner.name });
    expect(await startCheckoutAction(ws.slug, { plan: "pro", interval: "monthly" })).toMatchObject({ ok: true });
    expect(fake.calls.length).toBe(calls + 1);
    actAs(null);
  });
});

describe("webhooks converge", () => {
  it("every event delivered ×10 is recorded once, applied once, and ends in Stripe's state with one audit entry per change", async () => {
    const ws = await newWorkspace();
    const events = lifeOfASubscription(ws.customer, ws.id);
    const ids = new Set<string>();
    for (const ev of events) for (let i = 0; i < 10; i++) ids.add(await deliver(ev));
    expect(await db.stripeEvent.count({ where: { id: { in: [...ids] } } })).toBe(events.length);
    for (let round = 0; round < 10; round++) for (const id of ids) await applyStripeEvent(id);
    expect(await billingOf(ws.id)).toMatchObject({
      plan: "agency",
      status: "active",
      workspacePlan: "agency",
      priceId: FAKE_PRICES.agencyMonthly,
    });
    // Applied once: a delivery after it was applied answers "duplicate" and queues nothing.
    const again = await post(events[0]!.payload, events[0]!.header);
    expect(await again.json()).toMatchObject({ note: "duplicate" });
    const audits = await db.auditLog.findMany({
      where: { workspaceId: ws.id, action: "billing.subscription_changed" },
      select: { metadata: true },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.metadata).toMatchObject({ from: { plan: "free", status: "none" }, to: { plan: "agency", status: "active" } });
  });

  it("any order of arrival ends in the same state; an event older than the last applied is skipped", async () => {
    const finals = new Set<string>();
    for (let seed = 1; seed <= 6; seed++) {
      const ws = await newWorkspace();
      const events = lifeOfASubscription(ws.customer, ws.id);
      const ids: string[] = [];
      for (const ev of shuffle(events, seed)) ids.push(await deliver(ev));
      const outcomes = [];
      for (const id of ids) outcomes.push(await applyStripeEvent(id));
      const b = await billingOf(ws.id);
      finals.add(JSON.stringify({ plan: b.plan, status: b.status, workspacePlan: b.workspacePlan, priceId: b.priceId }));
      // The newest event (created last) was applied; anything applied after it was older and skipped.
      const newest = ids.indexOf((JSON.parse(events.at(-1)!.payload) as { id: string }).id);
      for (const o of outcomes.slice(newest + 1)) expect(o).toMatch(/^skipped: older|^applied/);
    }
    expect([...finals]).toEqual([
      JSON.stringify({ plan: "agency", status: "active", workspacePlan: "agency", priceId: FAKE_PRICES.agencyMonthly }),
    ]);
  });

  it("a bad or stale signature answers 400 and writes nothing", async () => {
    const ws = await newWorkspace();
    fake.setSubscription(ws.customer, { status: "active" });
    const before = await db.stripeEvent.count();
    const good = fake.event("customer.subscription.updated", { object: "subscription", customer: ws.customer });
    const wrongSecret = fake.event(
      "customer.subscription.updated",
      { object: "subscription", customer: ws.customer },
      { secret: "whsec_other" },
    );
    const stale = fake.event(
      "customer.subscription.updated",
      { object: "subscription", customer: ws.customer },
      { timestamp: nowS() - 3600 },
    );
    for (const [payload, header] of [
      [wrongSecret.payload, wrongSecret.header],
      [stale.payload, stale.header],
      [good.payload.replace('"livemode":false', '"livemode":true'), good.header],
      [good.payload, null],
    ] as const) {
      const res = await post(payload, header);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
    }
    expect(await db.stripeEvent.count()).toBe(before);
    expect(await billingOf(ws.id)).toMatchObject({ status: "none", plan: "free" });
  });

  it("an event for an unknown customer is recorded and ignored; a type outside the allowlist is not recorded", async () => {
    const before = await db.workspaceBilling.findMany({ orderBy: { workspaceId: "asc" } });
    const id = await deliver(fake.event("customer.subscription.updated", { object: "subscription", customer: "cus_nobody" }));
    expect(await applyStripeEvent(id)).toMatch(/^ignored: unknown customer/);
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id }, select: { appliedAt: true } })).toMatchObject({
      appliedAt: expect.any(Date),
    });
    expect(await db.workspaceBilling.findMany({ orderBy: { workspaceId: "asc" } })).toEqual(before);

    const other = fake.event("charge.refunded", { object: "charge", customer: "cus_nobody" });
    const res = await post(other.payload, other.header);
    expect(await res.json()).toMatchObject({ note: "type charge.refunded ignored" });
    expect(await db.stripeEvent.count({ where: { id: (JSON.parse(other.payload) as { id: string }).id } })).toBe(0);
  });
});

describe("limits", () => {
  let ws: Awaited<ReturnType<typeof newWorkspace>>;
  beforeEach(async () => {
    ws = await newWorkspace();
  });

  it("two racing activations with one slot left: exactly one succeeds", async () => {
    const [a, b] = await draftCampaigns(ws.id, 2);
    const results = await Promise.allSettled(
      [a!, b!].map((campaignId) => setCampaignStatus({ workspaceId: ws.id, actorId: ws.owner.id, campaignId, status: "active" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect((refused.reason as AppError).code).toBe("PAYMENT_REQUIRED");
    expect(await db.campaign.count({ where: { workspaceId: ws.id, status: "active" } })).toBe(1);
  });

  it("a downgrade keeps everything; the over-limit kind can't grow until usage fits, and the message names limit, usage and plan", async () => {
    fake.setSubscription(ws.customer, { status: "active", price: FAKE_PRICES.proMonthly });
    await applyStripeEvent(await deliver(fake.event("customer.subscription.created", { object: "subscription", customer: ws.customer })));
    const active = await draftCampaigns(ws.id, 3, "active");
    const [draft] = await draftCampaigns(ws.id, 1);

    fake.setSubscription(ws.customer, { status: "canceled" });
    await applyStripeEvent(await deliver(fake.event("customer.subscription.deleted", { object: "subscription", customer: ws.customer })));
    expect(await billingOf(ws.id)).toMatchObject({ status: "canceled", workspacePlan: "free" });
    expect(await db.campaign.count({ where: { workspaceId: ws.id, id: { in: active }, status: "active" } })).toBe(3);

    const err = await setCampaignStatus({ workspaceId: ws.id, actorId: ws.owner.id, campaignId: draft!, status: "active" }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: "PAYMENT_REQUIRED" });
    expect((err as AppError).message).toBe(
      "The Free plan allows 1 active campaign and this workspace has 3. Upgrade to Pro (10 active campaigns) for more.",
    );
    // Usage fits again once two are completed: activation works.
    for (const id of active.slice(0, 2))
      await setCampaignStatus({ workspaceId: ws.id, actorId: ws.owner.id, campaignId: id, status: "completed" });
    await setCampaignStatus({ workspaceId: ws.id, actorId: ws.owner.id, campaignId: active[0]!, status: "active" }).catch(() => {});
    expect(await db.campaign.count({ where: { workspaceId: ws.id, status: "active" } })).toBe(1);
  });

  it("past_due keeps the plan during the grace period (from the unpaid period's start), then the workspace is read-only", async () => {
    const check = () => db.$transaction((tx) => checkLimit(tx, ws.id, "campaigns.active"));
    fake.setSubscription(ws.customer, { status: "past_due", price: FAKE_PRICES.proMonthly, periodStart: nowS() - 3 * DAY });
    await applyStripeEvent(await deliver(fake.event("invoice.payment_failed", { object: "invoice", customer: ws.customer })));
    await draftCampaigns(ws.id, 2, "active");
    await expect(check()).resolves.toBeUndefined();

    fake.setSubscription(ws.customer, { status: "past_due", periodStart: nowS() - 8 * DAY });
    await applyStripeEvent(await deliver(fake.event("customer.subscription.updated", { object: "subscription", customer: ws.customer })));
    await expect(check()).rejects.toMatchObject({
      code: "PAYMENT_REQUIRED",
      message: expect.stringMatching(/overdue.*grace period has ended/),
    });

    fake.setSubscription(ws.customer, { status: "active" });
    await applyStripeEvent(await deliver(fake.event("invoice.paid", { object: "invoice", customer: ws.customer })));
    await expect(check()).resolves.toBeUndefined();
  });

  it("with billing off nothing is limited and the webhook answers 404", async () => {
    await draftCampaigns(ws.id, 5, "active");
    const key = env.STRIPE_SECRET_KEY;
    env.STRIPE_SECRET_KEY = undefined;
    try {
      await expect(db.$transaction((tx) => checkLimit(tx, ws.id, "campaigns.active"))).resolves.toBeUndefined();
      const ev = fake.event("invoice.paid", { object: "invoice", customer: ws.customer });
      expect((await post(ev.payload, ev.header)).status).toBe(404);
    } finally {
      env.STRIPE_SECRET_KEY = key;
    }
    await expect(db.$transaction((tx) => checkLimit(tx, ws.id, "campaigns.active"))).rejects.toMatchObject({ code: "PAYMENT_REQUIRED" });
  });
});
