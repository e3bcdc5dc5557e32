// Creator payments and product seeding on real Postgres: the schedule made when a contract completes,
// due dates filled when the content goes live (through the portal, as it happens), partial then full
// payment, over-payment refused, the shipping address hidden without shipping.read, its erasure 90
// days after completion (injected clock), and the portal scoped by its token (revoked link included).
import { beforeEach, describe, expect, it } from "vitest";

import { recordPaymentAction, recordShipmentAction } from "@/app/(app)/actions/payments";
import { confirmReceiptAction, saveShippingAddressAction } from "@/app/(portal)/seeding/actions";
import { campaignBudget } from "@/lib/campaigns/budget-data";
import { brandTransition } from "@/lib/collaborations/brand-transitions";
import { revokeInvite } from "@/lib/collaborations/invite";
import { reviewDraft } from "@/lib/collaborations/review";
import { contractTermsSchema } from "@/lib/contracts";
import { onContractCompleted } from "@/lib/contracts/completed";
import { generateContract, sendContract, updateContractTerms } from "@/lib/contracts/drafting";
import { collaborationPayments, createPaymentScheduleForCompletedContract, listPayments, portalPayments } from "@/lib/contracts/payments";
import { seedingForMember, seedingForPortal, unsafePurgeExpiredShippingAddresses } from "@/lib/contracts/seeding";
import { db } from "@/lib/db";
import { saveDraft, submitLiveUrl } from "@/lib/portal/drafts";
import { portalGate } from "@/lib/portal/gate";
import { respondToInvite } from "@/lib/portal/respond";
import { draftInputSchema } from "@/lib/portal/schemas";
import { addDays, zonedDay } from "@/lib/time-zone";

import { COMPLIANT_CAPTION, createAcceptedCollaboration, createInvitedCollaboration } from "../fixtures/campaign-factories";
import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const meta = { ip: null, userAgent: null };
const DAY = 86_400_000;
const TZ = "Pacific/Auckland"; // far from UTC, so a UTC "today" would be a different day for half the day

let ws: { id: string; slug: string };
let owner: { id: string; email: string; name: string | null };

beforeEach(async () => {
  owner = await createUser();
  ws = (await createWorkspaceWith({ owner })).workspace;
  await db.workspace.update({ where: { id: ws.id }, data: { timeZone: TZ } });
  actAs(owner);
});

/** A collaboration whose contract (50 % on signing, 50 % when live, net 30; $300 + a $45 serum) has just completed. */
async function completedDeal(termsPatch: Record<string, unknown> = {}) {
  const c = await createInvitedCollaboration(ws.id, owner.id);
  const ctx = await portalGate(c.token);
  await respondToInvite(ctx, { decision: "accept", reason: "" });
  const { id: contractId } = await generateContract({ workspaceId: ws.id, actorId: owner.id, collaborationId: c.collaborationId });
  const draft = await db.contract.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId: ws.id, id: contractId } },
    select: { terms: true },
  });
  await updateContractTerms({
    workspaceId: ws.id,
    actorId: owner.id,
    contractId,
    terms: {
      ...contractTermsSchema.parse(draft.terms),
      paymentMilestones: [
        { percent: 50, when: "signing" },
        { percent: 50, when: "live" },
      ],
      paymentNetDays: 30,
      killFeePercent: 25,
      approvalRounds: 2,
      productValueMinor: 4_500,
      ...termsPatch,
    },
    ...meta,
  });
  await sendContract({ workspaceId: ws.id, actorId: owner.id, contractId, ...meta });
  const completedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId: ws.id, id: contractId } },
      data: { state: "completed", completedAt },
    });
    await onContractCompleted(tx, { workspaceId: ws.id, contractId });
  });
  return { ...c, ctx, contractId, signedDay: zonedDay(completedAt, TZ) };
}

async function goLive(d: Awaited<ReturnType<typeof completedDeal>>) {
  const draft = await saveDraft(
    d.ctx,
    draftInputSchema.parse({
      deliverableId: d.deliverableId,
      caption: COMPLIANT_CAPTION,
      platform: "instagram",
      format: "post",
      submit: true,
    }),
  );
  await reviewDraft({ workspaceId: ws.id, actorId: owner.id, role: "owner", draftId: draft.id, decision: "approve", comment: "" });
  await submitLiveUrl(d.ctx, { deliverableId: d.deliverableId, url: "https://www.instagram.com/p/abc" });
}

const scheduleOf = async (collaborationId: string) => (await collaborationPayments({ workspaceId: ws.id, collaborationId })).payments;

describe("the schedule", () => {
  it("is made on completion from the signed terms: amounts add up to the fee, 'on signing' dated in the workspace's zone, 'when live' waiting", async () => {
    const d = await completedDeal();
    const s = await scheduleOf(d.collaborationId);
    expect(s.map((p) => [p.label, p.amountMinor, p.currency, p.dueDate, p.state])).toEqual([
      ["50% on signing, net 30", 15_000, "USD", addDays(d.signedDay, 30), "due"],
      ["50% when live, net 30", 15_000, "USD", null, "pending"],
    ]);
    // Idempotent: completing twice doesn't double the schedule.
    expect(
      await db.$transaction((tx) => createPaymentScheduleForCompletedContract(tx, { workspaceId: ws.id, contractId: d.contractId })),
    ).toBe(0);
    expect(await db.creatorPayment.count({ where: { workspaceId: ws.id } })).toBe(2);
  });

  it("an odd fee puts the remainder on the last milestone", async () => {
    const d = await completedDeal({ feeMinor: 10_001, agreedFeeMinor: 10_001 });
    expect((await scheduleOf(d.collaborationId)).map((p) => p.amountMinor)).toEqual([5_000, 5_001]);
  });

  it("is not made for a contract that isn't completed", async () => {
    const c = await createAcceptedCollaboration(ws.id, owner.id);
    const { id } = await generateContract({ workspaceId: ws.id, actorId: owner.id, collaborationId: c.collaborationId });
    expect(await db.$transaction((tx) => createPaymentScheduleForCompletedContract(tx, { workspaceId: ws.id, contractId: id }))).toBe(0);
    expect(await db.creatorPayment.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("gets its 'when live' due date when the content goes live: go-live day (workspace zone) + net days", async () => {
    const d = await completedDeal();
    await goLive(d);
    const live = await db.statusChange.findFirstOrThrow({
      where: { workspaceId: ws.id, collaborationId: d.collaborationId, toStatus: "live" },
    });
    const s = await scheduleOf(d.collaborationId);
    expect(s[1]).toMatchObject({ dueDate: addDays(zonedDay(live.createdAt, TZ), 30), state: "due" });
  });

  it("a contract completed after going live dates its 'when live' milestone at once", async () => {
    const c = await createInvitedCollaboration(ws.id, owner.id);
    const ctx = await portalGate(c.token);
    await respondToInvite(ctx, { decision: "accept", reason: "" });
    await goLive({ ...c, ctx, contractId: "", signedDay: "" });
    const { id } = await generateContract({ workspaceId: ws.id, actorId: owner.id, collaborationId: c.collaborationId });
    await sendContract({ workspaceId: ws.id, actorId: owner.id, contractId: id, ...meta });
    await db.$transaction(async (tx) => {
      await tx.contract.update({
        where: { workspaceId_id: { workspaceId: ws.id, id } },
        data: { state: "completed", completedAt: new Date() },
      });
      await onContractCompleted(tx, { workspaceId: ws.id, contractId: id });
    });
    const live = await db.statusChange.findFirstOrThrow({
      where: { workspaceId: ws.id, collaborationId: c.collaborationId, toStatus: "live" },
    });
    // The generated terms: the whole fee when live, net 30.
    expect(await scheduleOf(c.collaborationId)).toEqual([
      expect.objectContaining({ label: "100% when live, net 30", amountMinor: 30_000, dueDate: addDays(zonedDay(live.createdAt, TZ), 30) }),
    ]);
  });
});

describe("recording payments", () => {
  it("partial, then the rest: partly paid → paid; over-payment refused with the amount still owed, nothing recorded", async () => {
    const d = await completedDeal();
    const [first] = await scheduleOf(d.collaborationId);
    const today = zonedDay(new Date(), TZ);
    const part = await recordPaymentAction(ws.slug, { paymentId: first!.id, amount: "60", paidOn: today, reference: "Wire 1" });
    expect(part).toMatchObject({ ok: true, data: { paidMinor: 6_000, outstandingMinor: 9_000 } });
    expect((await scheduleOf(d.collaborationId))[0]).toMatchObject({ state: "partly_paid", paidMinor: 6_000 });

    const over = await recordPaymentAction(ws.slug, { paymentId: first!.id, amount: "90.01", paidOn: today, reference: "" });
    expect(over).toMatchObject({
      ok: false,
      error: { code: "UNPROCESSABLE", message: "That is more than is still owed: $90.00 of $150.00 remains." },
    });
    expect(await db.paymentRecord.count({ where: { workspaceId: ws.id } })).toBe(1);

    expect(await recordPaymentAction(ws.slug, { paymentId: first!.id, amount: "90", paidOn: today, reference: "Wire 2" })).toMatchObject({
      ok: true,
    });
    expect((await scheduleOf(d.collaborationId))[0]).toMatchObject({ state: "paid", paidMinor: 15_000, outstandingMinor: 0 });
    expect(await recordPaymentAction(ws.slug, { paymentId: first!.id, amount: "1", paidOn: today, reference: "" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
  });

  it("refuses a future date (workspace zone), too many decimals, and a viewer", async () => {
    const d = await completedDeal();
    const [first] = await scheduleOf(d.collaborationId);
    const tomorrow = addDays(zonedDay(new Date(), TZ), 1);
    expect(await recordPaymentAction(ws.slug, { paymentId: first!.id, amount: "10", paidOn: tomorrow, reference: "" })).toMatchObject({
      ok: false,
      error: { fieldErrors: { paidOn: [expect.any(String)] } },
    });
    expect(
      await recordPaymentAction(ws.slug, { paymentId: first!.id, amount: "10.001", paidOn: zonedDay(new Date(), TZ), reference: "" }),
    ).toMatchObject({ ok: false, error: { fieldErrors: { amount: ["Too many decimals for USD"] } } });
    const viewer = await addMember(ws.id, "viewer");
    actAs(viewer);
    expect(await recordPaymentAction(ws.slug, { paymentId: first!.id, amount: "10", paidOn: "2026-01-01", reference: "" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await db.paymentRecord.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("the workspace list: overdue first, filters by state and campaign, totals per currency", async () => {
    const a = await completedDeal();
    const b = await completedDeal({ currency: "EUR" });
    // a's signing payment went overdue: due date pushed into the past.
    const [aFirst] = await scheduleOf(a.collaborationId);
    await db.creatorPayment.update({
      where: { workspaceId_id: { workspaceId: ws.id, id: aFirst!.id } },
      data: { dueDate: new Date("2026-01-05T00:00:00Z") },
    });
    const all = await listPayments({ workspaceId: ws.id });
    expect(all.payments[0]).toMatchObject({ id: aFirst!.id, state: "overdue" });
    expect(all.totals.map((t) => [t.currency, t.outstandingMinor, t.overdueMinor])).toEqual([
      ["EUR", 30_000, 0],
      ["USD", 30_000, 15_000],
    ]);
    expect((await listPayments({ workspaceId: ws.id, state: "overdue" })).payments.map((p) => p.id)).toEqual([aFirst!.id]);
    const onlyB = await listPayments({ workspaceId: ws.id, campaignId: b.campaignId });
    expect(onlyB.payments.every((p) => p.collaborationId === b.collaborationId)).toBe(true);
    expect(onlyB.totals.map((t) => t.currency)).toEqual(["EUR"]);
  });
});

const address = {
  recipientName: "Maya Lopez",
  addressLine1: "12 Market St",
  city: "San Francisco",
  region: "CA",
  postcode: "94103",
  country: "US",
};

describe("product seeding", () => {
  it("the address is visible to owners and admins (shipping.read), not to members; its value counts in the cost", async () => {
    const d = await completedDeal();
    expect(await saveShippingAddressAction(d.token, address)).toMatchObject({ ok: true });
    const asOwner = await seedingForMember({ workspaceId: ws.id, collaborationId: d.collaborationId, role: "owner" });
    expect(asOwner).toMatchObject({
      product: "Serum",
      valueMinor: 4_500,
      addressOnFile: true,
      address: { city: "San Francisco", countryName: "United States" },
    });
    const asMember = await seedingForMember({ workspaceId: ws.id, collaborationId: d.collaborationId, role: "member" });
    expect(asMember).toMatchObject({ addressOnFile: true, address: null, canReadAddress: false });
    expect(JSON.stringify(asMember)).not.toContain("Market St");
    const campaign = await db.campaign.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: ws.id, id: d.campaignId } },
      select: { budgetMinor: true, currency: true },
    });
    const { plan } = await campaignBudget(ws.id, {
      id: d.campaignId,
      budgetMinor: Number(campaign.budgetMinor),
      currency: campaign.currency,
    });
    expect(plan.agreedMinor).toBe(30_000 + 4_500);
    expect(plan.productMinor).toBe(4_500);
  });

  it("bad addresses are refused with field messages; the address is editable until shipped; receipt after shipping", async () => {
    const d = await completedDeal();
    expect(await saveShippingAddressAction(d.token, { ...address, postcode: "9410", country: "US" })).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST", fieldErrors: { postcode: [expect.any(String)] } },
    });
    expect(await saveShippingAddressAction(d.token, address)).toMatchObject({ ok: true });
    expect(await saveShippingAddressAction(d.token, { ...address, city: "Oakland" })).toMatchObject({ ok: true });
    expect(await confirmReceiptAction(d.token)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const today = zonedDay(new Date(), TZ);
    expect(
      await recordShipmentAction(ws.slug, {
        collaborationId: d.collaborationId,
        carrier: "UPS",
        trackingNumber: "1Z999AA1",
        shippedOn: today,
      }),
    ).toMatchObject({ ok: true });
    expect(await saveShippingAddressAction(d.token, { ...address, city: "Berkeley" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
    expect(await confirmReceiptAction(d.token)).toMatchObject({ ok: true });
    const portal = await seedingForPortal(d.ctx);
    expect(portal).toMatchObject({ editable: false, address: { city: "Oakland" }, shipment: { carrier: "UPS", shippedOn: today } });
    expect(portal!.receivedAt).not.toBeNull();
  });

  it("the address is erased 90 days after the collaboration completes (daily job, injected clock); the shipment stays", async () => {
    const d = await completedDeal();
    await saveShippingAddressAction(d.token, address);
    await recordShipmentAction(ws.slug, {
      collaborationId: d.collaborationId,
      carrier: "UPS",
      trackingNumber: "1Z1",
      shippedOn: zonedDay(new Date(), TZ),
    });
    await goLive(d);
    await brandTransition({ workspaceId: ws.id, actorId: owner.id, collaborationId: d.collaborationId, to: "completed" });
    const completed = await db.statusChange.findFirstOrThrow({
      where: { workspaceId: ws.id, collaborationId: d.collaborationId, toStatus: "completed" },
    });
    const other = await completedDeal(); // not completed: kept
    await saveShippingAddressAction(other.token, address);

    expect(await unsafePurgeExpiredShippingAddresses(new Date(completed.createdAt.getTime() + 90 * DAY - 1000))).toBe(0);
    expect(await unsafePurgeExpiredShippingAddresses(new Date(completed.createdAt.getTime() + 90 * DAY + 1000))).toBe(1);
    const row = await db.productSeeding.findUniqueOrThrow({
      where: { workspaceId_collaborationId: { workspaceId: ws.id, collaborationId: d.collaborationId } },
    });
    expect(row).toMatchObject({
      recipientName: null,
      addressLine1: null,
      city: null,
      postcode: null,
      country: null,
      carrier: "UPS",
      product: "Serum",
    });
    expect(row.addressPurgedAt).not.toBeNull();
    const kept = await db.productSeeding.findUniqueOrThrow({
      where: { workspaceId_collaborationId: { workspaceId: ws.id, collaborationId: other.collaborationId } },
    });
    expect(kept.addressLine1).toBe("12 Market St");
    expect(await unsafePurgeExpiredShippingAddresses(new Date(completed.createdAt.getTime() + 200 * DAY))).toBe(0);
  });
});

describe("the portal", () => {
  it("shows the influencer their own schedule only; a revoked link and another collaboration's token act on nothing", async () => {
    const d = await completedDeal();
    const other = await completedDeal();
    const mine = await portalPayments(d.ctx);
    expect(mine.payments.map((p) => p.amountMinor)).toEqual([15_000, 15_000]);
    expect(mine.payments.map((p) => p.id).sort()).toEqual((await scheduleOf(d.collaborationId)).map((p) => p.id).sort());

    // Another workspace's collaboration: its token writes its own row only.
    const foreignOwner = await createUser();
    const foreign = await createWorkspaceWith({ owner: foreignOwner });
    const f = await createInvitedCollaboration(foreign.workspace.id, foreignOwner.id);
    await respondToInvite(await portalGate(f.token), { decision: "accept", reason: "" });
    expect(await saveShippingAddressAction(f.token, address)).toMatchObject({ ok: true });
    expect(await db.productSeeding.count({ where: { workspaceId: ws.id } })).toBe(2); // d and other from completion, no address
    expect((await seedingForPortal(d.ctx))!.address).toBeNull();

    await revokeInvite({ workspaceId: ws.id, actorId: owner.id, collaborationId: other.collaborationId });
    expect(await saveShippingAddressAction(other.token, address)).toMatchObject({ ok: false, error: { code: "GONE" } });
    expect(await confirmReceiptAction(other.token)).toMatchObject({ ok: false, error: { code: "GONE" } });
    expect(await saveShippingAddressAction("not-a-token", address)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const row = await db.productSeeding.findUniqueOrThrow({
      where: { workspaceId_collaborationId: { workspaceId: ws.id, collaborationId: other.collaborationId } },
    });
    expect(row.addressLine1).toBeNull();
  });
});
