// Correcting a recorded creator payment on real Postgres: append-only (the record stays, a reversing
// entry with the negated amount and the reason follows it), the payment's state recomputes, the
// reversal is audit-logged; reversing twice, reversing a reversal, a missing reason, a viewer and
// another workspace's record are all refused with nothing written.
import { beforeEach, describe, expect, it } from "vitest";

import { recordPaymentAction, reversePaymentRecordAction } from "@/app/(app)/actions/payments";
import { collaborationPayments } from "@/lib/contracts/payments";
import { db } from "@/lib/db";

import { createAcceptedCollaboration } from "../fixtures/campaign-factories";
import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

let ws: { id: string; slug: string };
let owner: { id: string; email: string; name: string | null };
let collaborationId: string;
let paymentId: string;

beforeEach(async () => {
  owner = await createUser();
  ws = (await createWorkspaceWith({ owner })).workspace;
  actAs(owner);
  ({ collaborationId } = await createAcceptedCollaboration(ws.id, owner.id));
  paymentId = (
    await db.creatorPayment.create({
      data: {
        workspaceId: ws.id,
        collaborationId,
        contractId: "contract-1",
        position: 0,
        label: "100% on signing",
        percent: 100,
        milestone: "signing",
        netDays: 0,
        amountMinor: 15_000n,
        currency: "USD",
        dueDate: new Date("2026-01-10T00:00:00Z"),
      },
      select: { id: true },
    })
  ).id;
});

const schedule = async () =>
  (await collaborationPayments({ workspaceId: ws.id, collaborationId, now: new Date("2026-01-05T12:00:00Z") })).payments[0]!;
const records = () =>
  db.paymentRecord.findMany({
    where: { workspaceId: ws.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, amountMinor: true, reference: true, reversesId: true, reason: true },
  });

async function pay(amount: string, reference = "") {
  const res = await recordPaymentAction(ws.slug, { paymentId, amount, paidOn: "2026-01-02", reference });
  if (!res.ok) throw new Error(res.error.message);
  return (await records()).at(-1)!.id;
}

describe("reversing a recorded payment", () => {
  it("appends a reversing entry, keeps the original, recomputes the state, and is audit-logged", async () => {
    const wrong = await pay("150", "Wire 1");
    expect(await schedule()).toMatchObject({ state: "paid", paidMinor: 15_000 });

    const res = await reversePaymentRecordAction(ws.slug, { recordId: wrong, reason: "  Sent to the wrong creator  " });
    expect(res).toMatchObject({ ok: true, data: { reversed: "$150.00", paidMinor: 0, outstandingMinor: 15_000 } });
    expect(await records()).toEqual([
      { id: wrong, amountMinor: 15_000n, reference: "Wire 1", reversesId: null, reason: null },
      { id: expect.any(String), amountMinor: -15_000n, reference: "Wire 1", reversesId: wrong, reason: "Sent to the wrong creator" },
    ]);
    const view = await schedule();
    expect(view).toMatchObject({ state: "due", paidMinor: 0, outstandingMinor: 15_000 });
    expect(view.records).toEqual([
      expect.objectContaining({ id: wrong, reversal: false, reversed: true }),
      expect.objectContaining({ amountMinor: -15_000, reversal: true, reversed: false, reason: "Sent to the wrong creator" }),
    ]);
    expect(
      await db.auditLog.findFirst({
        where: { workspaceId: ws.id, action: "payment.reversed" },
        select: { targetId: true, metadata: true },
      }),
    ).toEqual({
      targetId: paymentId,
      metadata: expect.objectContaining({ recordId: wrong, amountMinor: 15_000, reason: "Sent to the wrong creator" }),
    });

    // The right payment can now be recorded; the sum of records decides the state.
    await pay("100", "Wire 2");
    expect(await schedule()).toMatchObject({ state: "partly_paid", paidMinor: 10_000, outstandingMinor: 5_000 });
  });

  it("refuses a second reversal, reversing a reversal, and a missing reason, writing nothing", async () => {
    const id = await pay("50");
    expect(await reversePaymentRecordAction(ws.slug, { recordId: id, reason: "Bounced" })).toMatchObject({ ok: true });
    const reversal = (await records()).at(-1)!.id;
    const before = await records();

    expect(await reversePaymentRecordAction(ws.slug, { recordId: id, reason: "Again" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringContaining("already reversed") },
    });
    expect(await reversePaymentRecordAction(ws.slug, { recordId: reversal, reason: "Undo" })).toMatchObject({
      ok: false,
      error: { code: "UNPROCESSABLE", message: expect.stringContaining("itself a reversal") },
    });
    const other = await pay("20");
    expect(await reversePaymentRecordAction(ws.slug, { recordId: other, reason: "  " })).toMatchObject({
      ok: false,
      error: { fieldErrors: { reason: [expect.stringContaining("Say why")] } },
    });
    expect(await records()).toHaveLength(before.length + 1);
  });

  it("two reversals at once: one wins, the other is refused", async () => {
    const id = await pay("150");
    const results = await Promise.all([
      reversePaymentRecordAction(ws.slug, { recordId: id, reason: "First" }),
      reversePaymentRecordAction(ws.slug, { recordId: id, reason: "Second" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.paymentRecord.count({ where: { workspaceId: ws.id, reversesId: id } })).toBe(1);
    expect(await schedule()).toMatchObject({ paidMinor: 0 });
  });

  it("needs contracts.write: a viewer is refused", async () => {
    const id = await pay("150");
    actAs(await addMember(ws.id, "viewer"));
    expect(await reversePaymentRecordAction(ws.slug, { recordId: id, reason: "Wrong amount" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await db.paymentRecord.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("another workspace's record is not found, and both workspaces are unchanged", async () => {
    const id = await pay("150");
    const otherOwner = await createUser();
    const other = await createWorkspaceWith({ owner: otherOwner });
    actAs(otherOwner);
    expect(await reversePaymentRecordAction(other.workspace.slug, { recordId: id, reason: "Not mine" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await db.paymentRecord.count({ where: { workspaceId: ws.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { workspaceId: { in: [ws.id, other.workspace.id] }, action: "payment.reversed" } })).toBe(0);
  });
});
