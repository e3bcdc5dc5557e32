/**
 * How the daily contract reminders (reminders.ts: rights and ad codes ending; payment-reminders.ts:
 * payments due and overdue) reach the workspace: the members who work on contracts get them, in-app
 * and as one email each listing the items. Email goes after the reminders are recorded and is
 * best-effort: a failed send is logged and the others still go.
 */
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
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
