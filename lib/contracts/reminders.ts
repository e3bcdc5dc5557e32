/**
 * The daily usage-rights reminder: N days (the workspace's rightsReminderDays, default 7) before a
 * usage right or an ad code ends, an in-app notification per item to the members who run campaigns
 * and one email each listing the items. Each (item, threshold, end date) is recorded in
 * RightsReminder in the same transaction as its notifications, under a unique key, so a re-run — or
 * two workers running at once — sends nothing new. Email goes after the commit and is best-effort.
 */
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { zonedDay } from "@/lib/time-zone";
import { recordAudit } from "@/lib/workspaces/audit";

import { emailReminderDigest, recordAndNotify, reminderRecipients } from "./reminder-delivery";
import {
  AD_CODE_LABELS,
  DEFAULT_REMINDER_DAYS,
  parseReminderDays,
  remindersDue,
  USAGE_RIGHT_LABELS,
  type EndingItem,
} from "./usage-rights";

export const RIGHTS_REMINDER_QUEUE = "rights-reminders";
/** Daily, 07:00 UTC (the day each item is on is still the workspace's own). */
export const RIGHTS_REMINDER_CRON = "0 7 * * *";

const DAY_MS = 86_400_000;
/** The largest threshold the setting allows: how far ahead the job looks. */
const HORIZON_DAYS = 366;

type Item = EndingItem & { endsAt: Date; title: string; link: string };

/** Items of one workspace ending between now and the horizon, with what was already sent about them. */
async function endingItems(workspace: { id: string; slug: string; timeZone: string }, now: Date): Promise<Item[]> {
  const until = new Date(now.getTime() + HORIZON_DAYS * DAY_MS);
  const collab = { select: { id: true, campaignId: true, influencer: { select: { displayName: true } } } };
  const [grants, codes] = await Promise.all([
    db.usageRightGrant.findMany({
      where: { workspaceId: workspace.id, endsAt: { gt: now, lte: until } },
      select: { id: true, kind: true, endsAt: true, collaboration: collab },
    }),
    db.adAuthorizationCode.findMany({
      where: { workspaceId: workspace.id, revokedAt: null, expiresAt: { gt: now, lte: until } },
      select: { id: true, platform: true, expiresAt: true, collaboration: collab },
    }),
  ]);
  const sent = await db.rightsReminder.findMany({
    where: { workspaceId: workspace.id, itemId: { in: [...grants.map((g) => g.id), ...codes.map((c) => c.id)] } },
    select: { itemType: true, itemId: true, thresholdDays: true, endsAt: true },
  });
  const sentFor = (type: string, id: string, endsAt: Date) =>
    sent.filter((s) => s.itemType === type && s.itemId === id && s.endsAt.getTime() === endsAt.getTime()).map((s) => s.thresholdDays);
  const link = (c: { id: string; campaignId: string }) => `/w/${workspace.slug}/campaigns/${c.campaignId}/collaborations/${c.id}`;
  return [
    ...grants.map((g) => ({
      type: "grant" as const,
      id: g.id,
      endsAt: g.endsAt!,
      endDay: zonedDay(g.endsAt!, workspace.timeZone),
      sentThresholds: sentFor("grant", g.id, g.endsAt!),
      title: `${USAGE_RIGHT_LABELS[g.kind]} rights for ${g.collaboration.influencer.displayName}'s content`,
      link: link(g.collaboration),
    })),
    ...codes.map((c) => ({
      type: "code" as const,
      id: c.id,
      endsAt: c.expiresAt,
      endDay: zonedDay(c.expiresAt, workspace.timeZone),
      sentThresholds: sentFor("code", c.id, c.expiresAt),
      title: `${c.collaboration.influencer.displayName}'s ${AD_CODE_LABELS[c.platform]}`,
      link: link(c.collaboration),
    })),
  ];
}

function endText(daysLeft: number, endDay: string): string {
  return daysLeft === 0 ? `ends today (${endDay})` : `ends in ${daysLeft} ${daysLeft === 1 ? "day" : "days"}, on ${endDay}`;
}

/** Sends the reminders due now in every workspace. Returns how many items were reminded about. */
export async function runRightsReminders(opts: { now?: Date } = {}): Promise<{ reminded: number }> {
  const now = opts.now ?? new Date();
  const until = new Date(now.getTime() + HORIZON_DAYS * DAY_MS);
  const workspaces = await db.workspace.findMany({
    where: {
      OR: [
        { campaigns: { some: { collaborations: { some: { usageRights: { some: { endsAt: { gt: now, lte: until } } } } } } } },
        {
          campaigns: { some: { collaborations: { some: { adCodes: { some: { revokedAt: null, expiresAt: { gt: now, lte: until } } } } } } },
        },
      ],
    },
    select: { id: true, slug: true, timeZone: true, settings: { select: { rightsReminderDays: true } } },
  });
  let reminded = 0;
  for (const w of workspaces) {
    try {
      reminded += await remindWorkspace(w, now);
    } catch (e) {
      log.error("rights reminders failed for a workspace", { err: e, workspaceId: w.id });
    }
  }
  return { reminded };
}

async function remindWorkspace(
  w: { id: string; slug: string; timeZone: string; settings: { rightsReminderDays: number[] } | null },
  now: Date,
): Promise<number> {
  const thresholds = w.settings?.rightsReminderDays.length ? w.settings.rightsReminderDays : DEFAULT_REMINDER_DAYS;
  const due = remindersDue(await endingItems(w, now), { today: zonedDay(now, w.timeZone), thresholds });
  if (due.length === 0) return 0;
  const to = await reminderRecipients(w.id);
  const sentItems = await recordAndNotify({
    workspaceId: w.id,
    to,
    items: due,
    record: async (tx, d) =>
      (
        await tx.rightsReminder.createMany({
          data: d.record.map((t) => ({
            workspaceId: w.id,
            itemType: d.item.type,
            itemId: d.item.id,
            thresholdDays: t,
            endsAt: d.item.endsAt,
          })),
          skipDuplicates: true,
        })
      ).count,
    notification: (d) => ({
      kind: "rights.ending",
      title: `${d.item.title} ${endText(d.daysLeft, d.item.endDay)}`,
      body:
        d.item.type === "code"
          ? "Ads using this code stop when it expires."
          : "After this the brand may not start new uses of the content.",
      link: d.item.link,
    }),
  });
  if (sentItems.length && to.length) {
    const url = `${appUrl()}/w/${w.slug}/contracts/rights`;
    const lines = sentItems.map((d) => `${d.item.title} ${endText(d.daysLeft, d.item.endDay)}.`);
    const subject = sentItems.length === 1 ? "A usage right or ad code ends soon" : `${sentItems.length} usage rights or ad codes end soon`;
    await emailReminderDigest({ workspaceId: w.id, to, subject, lines, action: { label: "Rights ending soon", url } });
  }
  return sentItems.length;
}

/** The pg-boss handler of the daily queue. */
export async function rightsRemindersJob(): Promise<void> {
  const { reminded } = await runRightsReminders();
  log.info("rights reminders sent", { reminded });
}

// ---------- the setting ----------

/** The workspace's reminder thresholds, smallest first (the default when never set). */
export async function rightsReminderDays(workspaceId: string): Promise<number[]> {
  const s = await db.workspaceSettings.findUnique({ where: { workspaceId }, select: { rightsReminderDays: true } });
  return s?.rightsReminderDays.length ? [...s.rightsReminderDays].sort((a, b) => a - b) : DEFAULT_REMINDER_DAYS;
}

/** Sets the thresholds from text such as "30, 7, 1" (1–365 days, at most 5). */
export async function setRightsReminderDays(opts: { workspaceId: string; actorId: string; text: string }): Promise<number[]> {
  const parsed = parseReminderDays(opts.text);
  if (!parsed.ok) throw new AppError("BAD_REQUEST", parsed.message, { fieldErrors: { days: [parsed.message] } });
  await db.$transaction(async (tx) => {
    await tx.workspaceSettings.upsert({
      where: { workspaceId: opts.workspaceId },
      create: { workspaceId: opts.workspaceId, rightsReminderDays: parsed.days },
      update: { rightsReminderDays: parsed.days },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "settings.rights_reminders",
      targetType: "workspace",
      targetId: opts.workspaceId,
      metadata: { days: parsed.days },
    });
  });
  return parsed.days;
}
