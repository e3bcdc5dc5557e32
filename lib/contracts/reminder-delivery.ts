/**
 * How the daily contract reminders (reminders.ts: rights and ad codes ending; payment-reminders.ts:
 * payments due and overdue) reach the workspace: the members who work on contracts get them, in-app
 * and as one email each listing the items. A run records its reminders and notifications in one
 * transaction (recordAndNotify), so nothing is sent twice. Email goes after that commit and is
 * best-effort: a failed send is logged and the others still go.
 */
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { sendEmail, simpleHtml } from "@/lib/email/send";
import { log } from "@/lib/log";

/** Members with contracts.write: who hears about contract reminders. */
export async function reminderRecipients(workspaceId: string): Promise<{ id: string; email: string }[]> {
  const members = await db.membership.findMany({
    where: { workspaceId },
    select: { role: true, user: { select: { id: true, email: true } } },
  });
  return members.filter((m) => can(m.role, "contracts.write")).map((m) => m.user);
}

/** One email per recipient: the lines, then a link to act on them. */
export async function emailReminderDigest(opts: {
  workspaceId: string;
  to: readonly { email: string }[];
  subject: string;
  lines: string[];
  action: { label: string; url: string };
}): Promise<void> {
  for (const r of opts.to) {
    try {
      await sendEmail({
        to: r.email,
        subject: opts.subject,
        text: `${opts.lines.join("\n")}\n\nOpen: ${opts.action.url}`,
        html: simpleHtml(opts.lines, opts.action),
      });
    } catch (e) {
      log.error("contract reminder email failed", { err: e, workspaceId: opts.workspaceId, subject: opts.subject });
    }
  }
}

/**
 * Records each due item's reminder (`record` returns how many rows it inserted, skipping duplicates)
 * and notifies the recipients about the ones recorded now, all in one transaction: an item another
 * run recorded first is left out. Returns the items this run reminded about.
 */
export async function recordAndNotify<T>(opts: {
  workspaceId: string;
  to: readonly { id: string }[];
  items: readonly T[];
  record: (tx: Prisma.TransactionClient, item: T) => Promise<number>;
  notification: (item: T) => { kind: string; title: string; body: string; link: string };
}): Promise<T[]> {
  return db.$transaction(async (tx) => {
    const out: T[] = [];
    for (const item of opts.items) {
      if ((await opts.record(tx, item)) === 0) continue; // another run got here first
      out.push(item);
      const n = opts.notification(item);
      if (opts.to.length)
        await tx.notification.createMany({ data: opts.to.map((m) => ({ workspaceId: opts.workspaceId, userId: m.id, ...n })) });
    }
    return out;
  });
}
