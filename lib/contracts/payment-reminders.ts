/**
 * The daily payment-due reminder: when a creator payment falls due (its due date, the workspace's
 * local day) and again when it is overdue (the day after), an in-app notification per payment to the
 * members who run contracts and one email each listing the payments. Creators' top complaint is late
 * payment ("The Micro-Influencer Marketing Guide", mistake 3: payment terms in the contract).
 *
 * Each (payment, threshold, due date) is recorded in PaymentReminder in the same transaction as its
 * notifications, under a unique key, so a re-run — or two workers at once — sends nothing new; a
 * payment paid in full gets nothing. Email goes after the commit and is best-effort (as the rights
 * reminders in reminders.ts).
 */
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { log } from "@/lib/log";
import { formatMinorUnits } from "@/lib/metrics";
import { zonedDay } from "@/lib/time-zone";

import { outstandingMinor, paymentReminderDue, type PaymentReminderThreshold } from "./payment-state";
import { emailReminderDigest, recordAndNotify, reminderRecipients } from "./reminder-delivery";

export const PAYMENT_REMINDER_QUEUE = "payment-reminders";
/** Daily, 07:10 UTC (after the rights reminders); "due" and "overdue" are the workspace's own days. */
export const PAYMENT_REMINDER_CRON = "10 7 * * *";

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

type Workspace = { id: string; slug: string; timeZone: string };

/** Sends the payment reminders due now in every workspace. Returns how many payments were reminded about. */
export async function runPaymentReminders(opts: { now?: Date } = {}): Promise<{ reminded: number }> {
  const now = opts.now ?? new Date();
  // A day ahead of UTC covers every time zone's "today"; remindWorkspace decides in the workspace's own.
  const horizon = new Date(now.getTime() + DAY_MS);
  const workspaces = await db.workspace.findMany({
    where: { campaigns: { some: { collaborations: { some: { payments: { some: { dueDate: { lte: horizon } } } } } } } },
    select: { id: true, slug: true, timeZone: true },
  });
  let reminded = 0;
  for (const w of workspaces) {
    try {
      reminded += await remindWorkspace(w, now, horizon);
    } catch (e) {
      log.error("payment reminders failed for a workspace", { err: e, workspaceId: w.id });
    }
  }
  return { reminded };
}

function reminderText(threshold: PaymentReminderThreshold, p: { influencer: string; owed: string; dueDate: string; label: string }) {
  return threshold === "due"
    ? `Payment to ${p.influencer} is due today: ${p.owed} (${p.label}, due ${p.dueDate})`
    : `Payment to ${p.influencer} is overdue: ${p.owed} (${p.label}, was due ${p.dueDate})`;
}

async function remindWorkspace(w: Workspace, now: Date, horizon: Date): Promise<number> {
  const today = zonedDay(now, w.timeZone);
  const rows = await db.creatorPayment.findMany({
    where: { workspaceId: w.id, dueDate: { lte: horizon } },
    select: {
      id: true,
      label: true,
      amountMinor: true,
      currency: true,
      dueDate: true,
      records: { select: { amountMinor: true } },
      reminders: { select: { threshold: true, dueDate: true } },
      collaboration: { select: { id: true, campaignId: true, influencer: { select: { displayName: true } } } },
    },
  });
  const due = rows.flatMap((p) => {
    const dueDate = isoDay(p.dueDate!);
    const figures = {
      amountMinor: Number(p.amountMinor),
      paidMinor: p.records.reduce((sum, r) => sum + Number(r.amountMinor), 0),
      dueDate,
    };
    const sent = p.reminders.filter((r) => isoDay(r.dueDate) === dueDate).map((r) => r.threshold);
    const next = paymentReminderDue(figures, today, sent);
    if (!next) return [];
    const owedMinor = outstandingMinor(figures);
    const text = reminderText(next.send, {
      influencer: p.collaboration.influencer.displayName,
      owed: formatMinorUnits(owedMinor, p.currency),
      dueDate,
      label: p.label,
    });
    const link = `/w/${w.slug}/campaigns/${p.collaboration.campaignId}/collaborations/${p.collaboration.id}`;
    return [{ id: p.id, dueDate: p.dueDate!, next, text, link }];
  });
  if (due.length === 0) return 0;

  const to = await reminderRecipients(w.id);
  const sentItems = await recordAndNotify({
    workspaceId: w.id,
    to,
    items: due,
    record: async (tx, d) =>
      (
        await tx.paymentReminder.createMany({
          data: d.next.record.map((threshold) => ({ workspaceId: w.id, paymentId: d.id, threshold, dueDate: d.dueDate })),
          skipDuplicates: true,
        })
      ).count,
    notification: (d) => ({
      kind: d.next.send === "due" ? "payment.due" : "payment.overdue",
      title: d.text,
      body: "Record the payment on the collaboration once it is made.",
      link: d.link,
    }),
  });
  if (sentItems.length && to.length) {
    const url = `${appUrl()}/w/${w.slug}/payments`;
    const lines = sentItems.map((d) => `${d.text}.`);
    const overdue = sentItems.some((d) => d.next.send === "overdue");
    const subject =
      sentItems.length === 1
        ? overdue
          ? "A creator payment is overdue"
          : "A creator payment is due today"
        : `${sentItems.length} creator payments due or overdue`;
    await emailReminderDigest({ workspaceId: w.id, to, subject, lines, action: { label: "Payments due", url } });
  }
  return sentItems.length;
}

/** The pg-boss handler of the daily queue. */
export async function paymentRemindersJob(): Promise<void> {
  const { reminded } = await runPaymentReminders();
  log.info("payment reminders sent", { reminded });
}
