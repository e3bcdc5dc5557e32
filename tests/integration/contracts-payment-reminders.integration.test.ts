// The daily payment-due reminder on real Postgres: "due" on the due date and "overdue" the day after
// (in the workspace's time zone), each once per payment and due date however often the job runs;
// nothing for a payment paid in full or without a due date; a job that missed the due day sends
// "overdue" only; members who can't work on contracts get nothing; another workspace is untouched.
import { beforeEach, describe, expect, it } from "vitest";

import { runPaymentReminders } from "@/lib/contracts/payment-reminders";
import { recordPayment } from "@/lib/contracts/payments";
import { db } from "@/lib/db";
import { zonedDayStart } from "@/lib/time-zone";

import { createAcceptedCollaboration } from "../fixtures/campaign-factories";
import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";

const TZ = "Pacific/Auckland"; // UTC+13 in December: the local day starts the previous UTC afternoon

let ws: { id: string; slug: string };
let owner: { id: string; email: string };
let collaborationId: string;

beforeEach(async () => {
  owner = await createUser();
  ws = (await createWorkspaceWith({ owner })).workspace;
  await db.workspace.update({ where: { id: ws.id }, data: { timeZone: TZ } });
  ({ collaborationId } = await createAcceptedCollaboration(ws.id, owner.id));
});

/** A scheduled payment of $100 due on `dueDate` (null: not known yet). */
async function payment(dueDate: string | null, position = 0) {
  return db.creatorPayment.create({
    data: {
      workspaceId: ws.id,
      collaborationId,
      contractId: "contract-1",
      position,
      label: "100% on signing",
      percent: 100,
      milestone: "signing",
      netDays: 0,
      amountMinor: 10_000n,
      currency: "USD",
      dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null,
    },
    select: { id: true },
  });
}

/** Noon on `day` in the workspace's time zone. */
const noonOn = (day: string) => new Date(zonedDayStart(day, TZ).getTime() + 12 * 3_600_000);

const notifications = () =>
  db.notification.findMany({
    where: { workspaceId: ws.id, kind: { startsWith: "payment." } },
    orderBy: { createdAt: "asc" },
    select: { kind: true, title: true, userId: true },
  });
const emails = () =>
  db.outboxEmail.findMany({ where: { to: owner.email, subject: { contains: "creator payment" } }, select: { subject: true, text: true } });

describe("payment reminders", () => {
  it("sends 'due' on the due date and 'overdue' the day after, each once however often the job runs", async () => {
    const p = await payment("2026-07-10");
    await runPaymentReminders({ now: noonOn("2026-07-09") });
    expect(await notifications()).toEqual([]);

    // 00:30 on the due date in Auckland is still the 9th in UTC: the workspace's day counts.
    const justAfterMidnight = new Date(zonedDayStart("2026-07-10", TZ).getTime() + 30 * 60_000);
    expect(await runPaymentReminders({ now: justAfterMidnight })).toEqual({ reminded: 1 });
    expect(await runPaymentReminders({ now: noonOn("2026-07-10") })).toEqual({ reminded: 0 });
    const due = await notifications();
    expect(due).toEqual([{ kind: "payment.due", userId: owner.id, title: expect.stringContaining("is due today: $100.00") }]);
    expect(await emails()).toEqual([
      { subject: "A creator payment is due today", text: expect.stringContaining(`/w/${ws.slug}/payments`) },
    ]);

    await Promise.all([runPaymentReminders({ now: noonOn("2026-07-11") }), runPaymentReminders({ now: noonOn("2026-07-11") })]);
    await runPaymentReminders({ now: noonOn("2026-07-20") });
    expect((await notifications()).map((n) => n.kind)).toEqual(["payment.due", "payment.overdue"]);
    expect((await notifications())[1]!.title).toContain("is overdue: $100.00");
    expect(await emails()).toHaveLength(2);
    expect(
      await db.paymentReminder.findMany({
        where: { workspaceId: ws.id, paymentId: p.id },
        select: { threshold: true },
        orderBy: { threshold: "asc" },
      }),
    ).toEqual([{ threshold: "due" }, { threshold: "overdue" }]);
  });

  it("a job that missed the due day sends 'overdue' only, and records 'due' so it never comes late", async () => {
    await payment("2026-07-10");
    await runPaymentReminders({ now: noonOn("2026-07-12") });
    await runPaymentReminders({ now: noonOn("2026-07-13") });
    expect((await notifications()).map((n) => n.kind)).toEqual(["payment.overdue"]);
    expect(await db.paymentReminder.count({ where: { workspaceId: ws.id } })).toBe(2);
  });

  it("names what is still owed after a partial payment, and sends nothing once paid in full or without a due date", async () => {
    const partly = await payment("2026-07-10", 0);
    const paid = await payment("2026-07-10", 1);
    await payment(null, 2);
    const record = (paymentId: string, amount: string) =>
      recordPayment({
        workspaceId: ws.id,
        actorId: owner.id,
        input: { paymentId, amount, paidOn: "2026-07-01", reference: "" },
        now: noonOn("2026-07-05"),
      });
    await record(partly.id, "40");
    await record(paid.id, "100");
    expect(await runPaymentReminders({ now: noonOn("2026-07-11") })).toEqual({ reminded: 1 });
    expect(await notifications()).toEqual([expect.objectContaining({ kind: "payment.overdue", title: expect.stringContaining("$60.00") })]);
  });

  it("reminds only members who work on contracts, and leaves another workspace alone", async () => {
    const viewer = await addMember(ws.id, "viewer");
    const client = await addMember(ws.id, "client");
    const member = await addMember(ws.id, "member");
    const other = await createWorkspaceWith();
    await payment("2026-07-10");
    await runPaymentReminders({ now: noonOn("2026-07-10") });
    const to = (await notifications()).map((n) => n.userId).sort();
    expect(to).toEqual([owner.id, member.id].sort());
    expect(to).not.toContain(viewer.id);
    expect(to).not.toContain(client.id);
    expect(await db.notification.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
    expect(await db.paymentReminder.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
  });
});
