/**
 * When to offer to mark a draft campaign active. A campaign's status is the marketer's own statement
 * (it decides which list and which headline number the campaign counts in), so it is never changed
 * behind their back — an influencer going live in the portal doesn't flip it. But a "Draft" whose
 * brief is out and whose posts are live is a mistake waiting to mislead, so the campaign page and the
 * Overview offer the one-click change once the campaign is evidently running:
 *   - it is a draft, its brief has been sent (version ≥ 1), and
 *   - a post is live, or the start date has come (or there is none: the brief going out is the start).
 * A brief sent early to line up creators for a campaign that starts next month is not nagged about.
 *
 * Pure module.
 */
export function shouldOfferActivation(c: {
  status: string;
  briefVersion: number;
  /** "YYYY-MM-DD" or null. */
  startDate: string | null;
  /** Collaborations with a live post (status live or completed). */
  livePosts: number;
  /** The workspace's today, "YYYY-MM-DD". */
  today: string;
}): boolean {
  if (c.status !== "draft" || c.briefVersion < 1) return false;
  return c.livePosts > 0 || c.startDate === null || c.startDate <= c.today;
}
