/**
 * When a portal invite link expires. The link has to work for as long as the influencer may need
 * it: through the campaign and the weeks after it when drafts, live links and questions still come
 * in. So the default is the end of the campaign's last day plus `INVITE_GRACE_DAYS` (in the
 * workspace's time zone), never less than `INVITE_GRACE_DAYS` from now (a link re-issued late, or a
 * campaign without an end date, still gets a month), and never more than `INVITE_MAX_DAYS` from now
 * (a bearer link shouldn't outlive a year; it can always be re-issued). An explicit number of days
 * replaces the default.
 *
 * Pure module.
 */
import { addDays, zonedDayEnd } from "@/lib/time-zone";

export const INVITE_GRACE_DAYS = 30;
export const INVITE_MAX_DAYS = 400;
const DAY = 24 * 3600_000;

export function inviteExpiry(opts: {
  now: Date;
  /** The campaign's last day, "YYYY-MM-DD", or null when it has none. */
  campaignEndDate: string | null;
  timeZone: string;
  /** Days from now, chosen by the person issuing the link. */
  expiresInDays?: number;
}): Date {
  const now = opts.now.getTime();
  if (opts.expiresInDays !== undefined) return new Date(now + opts.expiresInDays * DAY);
  const floor = now + INVITE_GRACE_DAYS * DAY;
  if (!opts.campaignEndDate) return new Date(floor);
  const afterCampaign = zonedDayEnd(addDays(opts.campaignEndDate, INVITE_GRACE_DAYS), opts.timeZone).getTime();
  return new Date(Math.min(Math.max(afterCampaign, floor), now + INVITE_MAX_DAYS * DAY));
}
