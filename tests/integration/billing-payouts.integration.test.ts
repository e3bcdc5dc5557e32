// Creator payouts through Stripe Connect against the local fake Stripe on a real Postgres: the
// workspace switch, the creator's onboarding from the portal (one account, Account Links back to the
// portal, refresh on return and on account.updated), one-click transfers that are never sent twice
// (double click, racing requests, a retry after a lost answer), failures and reversals recorded
// with their reason, and nothing of it with payouts or billing off.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { payCreatorPaymentAction, setPayoutsEnabledAction } from "@/app/(app)/actions/payouts";
import { GET as payoutsGET } from "@/app/(portal)/i/[token]/payouts/route";
import { startPayoutOnboardingAction } from "@/app/(portal)/payouts/actions";
import { POST as stripePOST } from "@/app/api/webhooks/stripe/route";
import { billingConfig } from "@/lib/billing/config";
import { transferIdempotencyKey } from "@/lib/billing/payout-state";
import { collaborationPayouts, payCreatorPayment, portalPaymentPayouts } from "@/lib/billing/payouts";
import { stripeClient } from "@/lib/billing/stripe";
import { applyStripeEvent } from "@/lib/billing/webhooks";
import { reversePaymentRecord } from "@/lib/contracts/payment-corrections";
import { collaborationPayments } from "@/lib/contracts/payments";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { stopJobs } from "@/lib/jobs";

import { fakeStripeEnv, startFakeStripe, type FakeStripe } from "../fixtures/fake-stripe";
import { createTenant, type Tenant } from "../fixtures/tenant";
import { actAs } from "./session-double";

let fake: FakeStripe;
const saved = { ...env };
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(env, fakeStripeEnv(fake.url));
  a = await createTenant("PayA");
  b = await createTenant("PayB");
}, 120_000);
afterAll(async () => {
  Object.assign(env, saved);
  await stopJobs();
  await fake.close();
});
beforeEach(() => {
  fake.failTransfers(null);
  fake.delays.transferMs = 0;
  actAs(null);
});

const transferCalls = () => fake.calls.filter((c) => c.method === "POST" && c.path === "/v1/transfers");

/** A fresh scheduled payment on the tenant's main collaboration, due today, nothing paid. */
async function duePayment(t: Tenant, amountMinor = 12_345, currency = "USD") {
  const p = await db.creatorPayment.create({
    data: {
      workspaceId: t.id,
      collaborationId: t.collaborationId,
      contractId: t.paymentsContractId,
      position: 100 + Math.floor(Math.random() * 1_000_000),
      label: "100% on signing",
      percent: 100,
      milestone: "signing",
      netDays: 0,
      amountMinor: BigInt(amountMinor),
      currency,
      dueDate: new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`),
    },
    select: { id: true },
  });
  return p.id;
}

/** The tenant's main creator onboarded at the fake: a real fake account, payouts enabled. */
async function onboardedAccount(t: Tenant) {
  const acct = await stripeClient(billingConfig()!).accounts.create({ type: "express", metadata: { workspaceId: t.id } });
  fake.updateAccount(acct.id, { details_submitted: true, payouts_enabled: true, currentlyDue: [] });
  await db.creatorPayoutAccount.update({
    where: { workspaceId_influencerId: { workspaceId: t.id, influencerId: (await mainInfluencer(t)).id } },
    data: { stripeAccountId: acct.id, detailsSubmitted: true, payoutsEnabled: true },
  });
  return acct.id;
}

async function mainInfluencer(t: Tenant) {
  const c = await db.collaboration.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId: t.id, id: t.collaborationId } },
    select: { influencerId: true },
  });
  return { id: c.influencerId };
}

function paymentRow(t: Tenant, id: string) {
  return db.creatorPayment.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId: t.id, id } },
    select: { transferId: true, transferStatus: true, transferFailure: true, transferAttempts: true },
  });
}

async function stateOf(t: Tenant, id: string) {
  const { payments } = await collaborationPayments({ workspaceId: t.id, collaborationId: t.collaborationId });
  return payments.find((p) => p.id === id)!;
}

async function deliver(ev: { payload: string; header: string }) {
  const res = await stripePOST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": ev.header },
      body: ev.payload,
    }),
  );
  expect(res.status).toBe(200);
  return (JSON.parse(ev.payload) as { id: string }).id;
}

function pay(t: Tenant, paymentId: string) {
  return payCreatorPayment({ workspaceId: t.id, actorId: t.owner.id, paymentId });
}

describe("onboarding from the portal", () => {
  it("creates one Express account per creator, links back to the portal, and refreshes on return and on account.updated", async () => {
    const fresh = await createTenant("PayOnboard");
    await db.creatorPayoutAccount.deleteMany({ where: { workspaceId: fresh.id } });
    const before = fake.accounts.size;

    const first = await startPayoutOnboardingAction(fresh.portalToken);
    const second = await startPayoutOnboardingAction(fresh.portalToken);
    expect(first.ok && second.ok).toBe(true);
    expect(fake.accounts.size).toBe(before + 1);
    const row = await db.creatorPayoutAccount.findFirstOrThrow({
      where: { workspaceId: fresh.id },
      select: { stripeAccountId: true, detailsSubmitted: true },
    });
    expect(row.detailsSubmitted).toBe(false);
    const link = new URL(first.ok ? first.data.url : "");
    expect(link.pathname).toBe(`/connect/${row.stripeAccountId}`);
    expect(link.searchParams.get("return")).toMatch(new RegExp(`^https?://[^/]+/i/${fresh.portalToken}/payouts\\?step=return$`));
    expect(link.searchParams.get("refresh")).toContain(`/i/${fresh.portalToken}/payouts?step=refresh`);
    const created = fake.calls.filter((c) => c.path === "/v1/accounts" && c.params["metadata[workspaceId]"] === fresh.id);
    expect(created.every((c) => c.params.type === "express")).toBe(true);

    // Back from Stripe with the details filled in: the return URL re-reads the account.
    fake.updateAccount(row.stripeAccountId, { details_submitted: true, currentlyDue: ["external_account"] });
    const back = await payoutsGET(new Request(`http://localhost/i/${fresh.portalToken}/payouts?step=return`), {
      params: Promise.resolve({ token: fresh.portalToken }),
    });
    expect(back.status).toBe(303);
    expect(back.headers.get("location")).toBe(`/i/${fresh.portalToken}/portal#payouts`);
    expect(
      await db.creatorPayoutAccount.findFirstOrThrow({
        where: { workspaceId: fresh.id },
        select: { detailsSubmitted: true, payoutsEnabled: true, requirementsDue: true },
      }),
    ).toEqual({
      detailsSubmitted: true,
      payoutsEnabled: false,
      requirementsDue: ["external_account"],
    });

    // An expired link: the refresh URL sends the creator back to Stripe with a fresh one.
    const again = await payoutsGET(new Request(`http://localhost/i/${fresh.portalToken}/payouts?step=refresh`), {
      params: Promise.resolve({ token: fresh.portalToken }),
    });
    expect(again.status).toBe(303);
    expect(new URL(again.headers.get("location")!).pathname).toBe(`/connect/${row.stripeAccountId}`);

    // Stripe enables payouts later: account.updated (a Connect event) is verified, recorded once and applied.
    fake.updateAccount(row.stripeAccountId, { payouts_enabled: true, currentlyDue: [] });
    const ev = fake.event("account.updated", { id: row.stripeAccountId, object: "account" }, { account: row.stripeAccountId });
    const eventId = await deliver(ev);
    expect(await applyStripeEvent(eventId)).toBe("applied: account ready");
    expect(await applyStripeEvent(eventId)).toBe("already applied");
    const dup = await stripePOST(
      new Request("http://localhost/api/webhooks/stripe", { method: "POST", headers: { "stripe-signature": ev.header }, body: ev.payload }),
    );
    expect(await dup.json()).toMatchObject({ note: "duplicate" });
    expect(
      await db.creatorPayoutAccount.findFirstOrThrow({
        where: { workspaceId: fresh.id },
        select: { payoutsEnabled: true, requirementsDue: true },
      }),
    ).toEqual({
      payoutsEnabled: true,
      requirementsDue: [],
    });
  }, 60_000);

  it("the fake's hosted onboarding: a 'Submit details' form that finishes the account and goes to the link's return URL", async () => {
    const fresh = await createTenant("PayHosted");
    await db.creatorPayoutAccount.deleteMany({ where: { workspaceId: fresh.id } });
    const started = await startPayoutOnboardingAction(fresh.portalToken);
    expect(started).toMatchObject({ ok: true });
    const url = started.ok ? started.data.url : "";
    const page = await fetch(url);
    const html = await page.text();
    expect(html).toContain("Submit details");
    const acct = new URL(url).pathname.split("/")[2]!;
    expect(fake.accounts.get(acct)?.details_submitted).toBe(false);
    const returnUrl = new URL(url).searchParams.get("return")!;
    const submitted = await fetch(`${fake.url}/connect/${acct}/submit`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ return: returnUrl }),
      redirect: "manual",
    });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get("location")).toBe(returnUrl);
    expect(fake.accounts.get(acct)).toMatchObject({ details_submitted: true, payouts_enabled: true, requirements: { currently_due: [] } });
    expect((await fetch(`${fake.url}/connect/acct_0000?return=${encodeURIComponent(returnUrl)}`)).status).toBe(404);
  });

  it("refuses a bad signature and ignores an unknown account", async () => {
    const bad = fake.event("account.updated", { id: "acct_nobody", object: "account" }, { secret: "whsec_wrong" });
    const res = await stripePOST(
      new Request("http://localhost/api/webhooks/stripe", {
        method: "POST",
        headers: { "stripe-signature": bad.header },
        body: bad.payload,
      }),
    );
    expect(res.status).toBe(400);
    expect(await db.stripeEvent.count({ where: { id: (JSON.parse(bad.payload) as { id: string }).id } })).toBe(0);
    const id = await deliver(fake.event("account.updated", { id: "acct_nobody", object: "account" }, { account: "acct_nobody" }));
    expect(await applyStripeEvent(id)).toMatch(/^ignored: unknown account/);
  });

  it("accepts a Connect event signed with the Connect endpoint's own secret", async () => {
    Object.assign(env, { STRIPE_CONNECT_WEBHOOK_SECRET: "whsec_connect_only" });
    try {
      const ev = fake.event(
        "account.updated",
        { id: "acct_other", object: "account" },
        { secret: "whsec_connect_only", account: "acct_other" },
      );
      expect(await deliver(ev)).toMatch(/^evt_/);
    } finally {
      Object.assign(env, { STRIPE_CONNECT_WEBHOOK_SECRET: undefined });
    }
  });

  it("acts for the token's own creator only; a revoked link is refused with nothing created or called", async () => {
    await db.creatorPayoutAccount.deleteMany({ where: { workspaceId: b.id } });
    const res = await startPayoutOnboardingAction(b.portalToken);
    expect(res.ok).toBe(true);
    const rows = await db.creatorPayoutAccount.findMany({
      where: { stripeAccountId: { in: [...fake.accounts.keys()] } },
      select: { workspaceId: true, influencerId: true, stripeAccountId: true },
    });
    const bRow = rows.find((r) => r.workspaceId === b.id)!;
    expect(bRow.influencerId).toBe((await mainInfluencer(b)).id);
    expect(fake.accounts.get(bRow.stripeAccountId)?.metadata).toEqual({ workspaceId: b.id, influencerId: bRow.influencerId });
    expect(await db.creatorPayoutAccount.count({ where: { workspaceId: a.id, stripeAccountId: bRow.stripeAccountId } })).toBe(0);

    const revoked = await createTenant("PayRevoked");
    await db.creatorPayoutAccount.deleteMany({ where: { workspaceId: revoked.id } });
    await db.collaboration.update({
      where: { workspaceId_id: { workspaceId: revoked.id, id: revoked.collaborationId } },
      data: { inviteRevokedAt: new Date() },
    });
    const calls = fake.calls.length;
    expect(await startPayoutOnboardingAction(revoked.portalToken)).toMatchObject({ ok: false, error: { code: "GONE" } });
    const back = await payoutsGET(new Request(`http://localhost/i/${revoked.portalToken}/payouts?step=refresh`), {
      params: Promise.resolve({ token: revoked.portalToken }),
    });
    expect(back.status).toBe(410);
    expect(fake.calls.length).toBe(calls);
    expect(await db.creatorPayoutAccount.count({ where: { workspaceId: revoked.id } })).toBe(0);
  }, 60_000);

  it("offers nothing with payouts off: the portal action is refused and Stripe is not called", async () => {
    await db.workspaceBilling.update({ where: { workspaceId: b.id }, data: { payoutsEnabled: false } });
    try {
      const calls = fake.calls.length;
      expect(await startPayoutOnboardingAction(b.portalToken)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
      expect(fake.calls.length).toBe(calls);
    } finally {
      await db.workspaceBilling.update({ where: { workspaceId: b.id }, data: { payoutsEnabled: true } });
    }
  });
});

describe("the workspace switch", () => {
  it("is for billing.manage only, and audited", async () => {
    actAs({ id: a.member.id, email: a.member.email, name: a.member.name });
    expect(await setPayoutsEnabledAction(a.slug, { enabled: false })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    actAs({ id: a.owner.id, email: a.owner.email, name: a.owner.name });
    expect(await setPayoutsEnabledAction(a.slug, { enabled: false })).toMatchObject({ ok: true, data: { enabled: false } });
    expect(await setPayoutsEnabledAction(a.slug, { enabled: true })).toMatchObject({ ok: true, data: { enabled: true } });
    const audit = await db.auditLog.findMany({
      where: { workspaceId: a.id, action: { startsWith: "billing.payouts_" } },
      select: { action: true },
    });
    expect(audit.map((x) => x.action).sort()).toEqual(["billing.payouts_disabled", "billing.payouts_enabled"]);
  });
});

describe("paying a payment with one click", () => {
  it("sends what is owed once, in minor units with the currency, keyed by the payment; a second click is refused", async () => {
    const acct = await onboardedAccount(a);
    const id = await duePayment(a, 12_345, "EUR");
    const calls = transferCalls().length;
    expect(await pay(a, id)).toMatchObject({ status: "sent", failure: null });
    const sent = transferCalls().slice(calls);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params).toMatchObject({
      amount: "12345",
      currency: "eur",
      destination: acct,
      "metadata[paymentId]": id,
      "metadata[workspaceId]": a.id,
    });
    const row = await paymentRow(a, id);
    expect(row).toMatchObject({ transferStatus: "sent", transferFailure: null, transferAttempts: 1 });
    expect(fake.transfers.get(row.transferId!)?.amount).toBe(12_345);
    const view = await stateOf(a, id);
    expect(view.state).toBe("paid");
    expect(view.records[0]!.reference).toBe(`Stripe transfer ${row.transferId}`);

    await expect(pay(a, id)).rejects.toMatchObject({ code: "CONFLICT", message: "This payment was already sent through Stripe." });
    expect(transferCalls().length).toBe(calls + 1);
    expect(await db.auditLog.count({ where: { workspaceId: a.id, action: "payment.transfer_sent", targetId: id } })).toBe(1);
  });

  it("a Stripe-sent payment can't be reversed by hand: it is taken back at Stripe, and the schedule stays paid", async () => {
    await onboardedAccount(a);
    const id = await duePayment(a, 5_000, "USD");
    await pay(a, id);
    const view = await stateOf(a, id);
    const recordId = view.records[0]!.id;
    await expect(
      reversePaymentRecord({ workspaceId: a.id, actorId: a.owner.id, input: { recordId, reason: "sent twice by mistake" } }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE", message: expect.stringContaining("reverse the transfer in Stripe") });
    expect((await stateOf(a, id)).state).toBe("paid");
    expect(await db.paymentRecord.count({ where: { workspaceId: a.id, paymentId: id } })).toBe(1);
  });

  it("sends once when many requests race (double click, two tabs)", async () => {
    await onboardedAccount(a);
    const id = await duePayment(a, 5_000);
    fake.delays.transferMs = 300;
    const before = fake.transfers.size;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => pay(a, id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(fake.transfers.size).toBe(before + 1);
    expect((await stateOf(a, id)).paidMinor).toBe(5_000);
  }, 30_000);

  it("a retry after a lost answer gets the first transfer back, not a second one", async () => {
    const acct = await onboardedAccount(a);
    const id = await duePayment(a, 7_000);
    // The first attempt reached Stripe but our transaction never committed (the answer was lost).
    const lost = await stripeClient(billingConfig()!).transfers.create(
      { amount: 7_000, currency: "usd", destination: acct },
      { idempotencyKey: transferIdempotencyKey(id, 1) },
    );
    const before = fake.transfers.size;
    expect(await pay(a, id)).toMatchObject({ status: "sent", transferId: lost.id });
    expect(fake.transfers.size).toBe(before);
  });

  it("records a failure with Stripe's reason, and a later try uses a new key and goes through", async () => {
    await onboardedAccount(a);
    const id = await duePayment(a, 9_900);
    fake.failTransfers({ code: "balance_insufficient", message: "You have insufficient available funds in your Stripe account." });
    expect(await pay(a, id)).toEqual({
      status: "failed",
      transferId: null,
      failure: "You have insufficient available funds in your Stripe account.",
    });
    expect(await paymentRow(a, id)).toMatchObject({
      transferStatus: "failed",
      transferAttempts: 1,
      transferFailure: expect.stringContaining("insufficient"),
    });
    expect((await stateOf(a, id)).paidMinor).toBe(0);

    fake.failTransfers(null);
    const calls = transferCalls().length;
    expect(await pay(a, id)).toMatchObject({ status: "sent" });
    expect(await paymentRow(a, id)).toMatchObject({ transferStatus: "sent", transferAttempts: 2, transferFailure: null });
    expect(transferCalls().length).toBe(calls + 1);
  });

  it("a Stripe that can't be reached sends nothing and records nothing (the retry reuses the key)", async () => {
    await onboardedAccount(a);
    const id = await duePayment(a, 1_000);
    Object.assign(env, { STRIPE_API_URL: "http://127.0.0.1:9" });
    try {
      await expect(pay(a, id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("nothing was sent") });
    } finally {
      Object.assign(env, { STRIPE_API_URL: fake.url });
    }
    expect(await paymentRow(a, id)).toMatchObject({ transferStatus: null, transferAttempts: 0 });
    expect(await pay(a, id)).toMatchObject({ status: "sent" });
  }, 60_000);

  it("a reversal (transfer.reversed) is recorded with its reason and the payment is owed again", async () => {
    await onboardedAccount(a);
    const id = await duePayment(a, 4_200);
    const { transferId } = await pay(a, id);
    fake.reverseTransfer(transferId!);
    const eventId = await deliver(fake.event("transfer.reversed", { id: transferId, object: "transfer" }));
    expect(await applyStripeEvent(eventId)).toBe(`applied: transfer ${transferId} reversed`);
    const again = await deliver(fake.event("transfer.reversed", { id: transferId, object: "transfer" }));
    expect(await applyStripeEvent(again)).toBe("already reversed");
    expect(await paymentRow(a, id)).toMatchObject({
      transferStatus: "reversed",
      transferFailure: expect.stringContaining("reversed at Stripe"),
    });
    const view = await stateOf(a, id);
    expect(view.paidMinor).toBe(0);
    expect(view.records.map((r) => r.amountMinor)).toEqual([4_200, -4_200]);
    // Owed again: it can be sent again, with the next attempt's key.
    expect(await pay(a, id)).toMatchObject({ status: "sent" });
    expect(await paymentRow(a, id)).toMatchObject({ transferAttempts: 2 });
  });

  it("refuses a creator who hasn't finished onboarding, a payment not due, and payouts off", async () => {
    const acct = await onboardedAccount(a);
    const notDue = await duePayment(a, 100);
    await db.creatorPayment.update({ where: { workspaceId_id: { workspaceId: a.id, id: notDue } }, data: { dueDate: null } });
    await expect(pay(a, notDue)).rejects.toMatchObject({ code: "CONFLICT", message: "This payment isn't due yet." });

    const id = await duePayment(a, 100);
    fake.updateAccount(acct, { payouts_enabled: false });
    await db.creatorPayoutAccount.updateMany({ where: { workspaceId: a.id }, data: { payoutsEnabled: false } });
    await expect(pay(a, id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Stripe hasn't enabled payouts") });

    await onboardedAccount(a);
    await db.workspaceBilling.update({ where: { workspaceId: a.id }, data: { payoutsEnabled: false } });
    const calls = transferCalls().length;
    try {
      await expect(pay(a, id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("record the payment by hand") });
    } finally {
      await db.workspaceBilling.update({ where: { workspaceId: a.id }, data: { payoutsEnabled: true } });
    }
    expect(transferCalls().length).toBe(calls);
  });

  it("refuses an amount Stripe can't take (HUF not in whole forints, KWD not ending in 0) before calling Stripe, without using an attempt", async () => {
    await onboardedAccount(a);
    const calls = transferCalls().length;
    const huf = await duePayment(a, 1_234_550, "HUF");
    await expect(pay(a, huf)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Stripe sends HUF payouts only in whole HUF, so HUF.12,345\.50 can't be sent through Stripe/),
    });
    const kwd = await duePayment(a, 12_345, "KWD");
    await expect(pay(a, kwd)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("the last digit 0") });
    expect(transferCalls().length).toBe(calls);
    expect(await paymentRow(a, huf)).toMatchObject({ transferStatus: null, transferAttempts: 0 });

    // The page gets the same reason (the button is shown disabled with it).
    const view = await collaborationPayouts({ workspaceId: a.id, collaborationId: a.collaborationId });
    expect(view?.payments[huf]).toMatchObject({ blocked: null, amountProblem: expect.stringContaining("whole HUF") });
    expect(view?.payments[kwd]?.amountProblem).toContain("KWD");

    // A whole-forint amount goes through.
    const whole = await duePayment(a, 1_234_500, "HUF");
    expect(await pay(a, whole)).toMatchObject({ status: "sent" });
    expect(transferCalls().slice(calls)[0]!.params).toMatchObject({ amount: "1234500", currency: "huf" });
  });

  it("sending takes payments.send: a member (who may record by hand) gets FORBIDDEN and nothing is sent; an admin or owner may", async () => {
    await onboardedAccount(a);
    const id = await duePayment(a, 4_000);
    const calls = transferCalls().length;
    actAs({ id: a.member.id, email: a.member.email, name: a.member.name });
    expect(await payCreatorPaymentAction(a.slug, { paymentId: id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(transferCalls().length).toBe(calls);
    expect(await paymentRow(a, id)).toMatchObject({ transferStatus: null, transferAttempts: 0 });
    actAs({ id: a.owner.id, email: a.owner.email, name: a.owner.name });
    expect(await payCreatorPaymentAction(a.slug, { paymentId: id })).toMatchObject({ ok: true, data: { status: "sent" } });
    expect(transferCalls().length).toBe(calls + 1);
  });

  it("the marketer's page and the creator's portal read the same payout state (sent on a day, waiting while not onboarded)", async () => {
    await onboardedAccount(a);
    const id = await duePayment(a, 2_500);
    await pay(a, id);
    const ctx = { workspaceId: a.id, collaborationId: a.collaborationId, influencerId: (await mainInfluencer(a)).id };
    const marketer = await collaborationPayouts({ workspaceId: a.id, collaborationId: a.collaborationId });
    const portal = await portalPaymentPayouts(ctx);
    expect(portal).toEqual(marketer);
    expect(portal?.payments[id]).toMatchObject({ transferStatus: "sent", transferredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // B's collaboration is not A's: the portal view is scoped by the gate's collaboration.
    const other = await portalPaymentPayouts({ ...ctx, collaborationId: b.collaborationId });
    expect(Object.keys(other?.payments ?? {})).toEqual([]);
  });

  it("with billing off nothing calls Stripe and payments stay recorded by hand", async () => {
    const id = await duePayment(a, 300);
    Object.assign(env, { STRIPE_SECRET_KEY: undefined });
    const calls = fake.calls.length;
    try {
      await expect(pay(a, id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("by hand") });
      expect(await startPayoutOnboardingAction(a.portalToken)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    } finally {
      Object.assign(env, fakeStripeEnv(fake.url));
    }
    expect(fake.calls.length).toBe(calls);
  });

  it("a member of A with B's payment id gets 404 and nothing is sent", async () => {
    await onboardedAccount(b);
    const bPayment = await duePayment(b, 800);
    const calls = transferCalls().length;
    actAs({ id: a.owner.id, email: a.owner.email, name: a.owner.name });
    expect(await payCreatorPaymentAction(a.slug, { paymentId: bPayment })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(transferCalls().length).toBe(calls);
    expect(await paymentRow(b, bPayment)).toMatchObject({ transferStatus: null, transferAttempts: 0 });
  });
});
