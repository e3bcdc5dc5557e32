// The Overview page's data: what needs the marketer now, and the workspace's headline numbers.
//
// One query per kind, each scoped by workspaceId (every join too), all run at once. A kind the role
// may not see is not queried at all (undefined in the result), so a client never gets roster or
// outreach figures. "Today" and "this week" are the workspace's (its time zone; weeks start on
// Monday). Lists keep the oldest few items; totals come from the same query (`count(*) OVER ()`).
//
// Later features add their own kinds to `Attention` (one query each, same shape): contracts waiting
// for a signature, payments due, usage rights about to expire. The page renders whichever kinds have
// items, so a kind with nothing to do takes no room.
import { can, type Role } from "../auth/permissions";
import { shouldOfferActivation } from "../campaigns/activation";
import { CAMPAIGN_STATUSES, type CampaignStatus } from "../campaigns/schemas";
import { COLLABORATION_STATUSES, type CollaborationStatus } from "../collaborations/status";
import { db } from "../db";
import { TIERS, type Tier } from "../metrics";
import { endOfToday } from "../outreach/due-by";
import { listDueFollowUps } from "../outreach/follow-ups";
import { addDays, startOfWeek, zonedDay, zonedDayStart } from "../time-zone";
import type { DeliverableType } from "../vocabulary";

/** How many of the oldest items each kind lists (the total says how many there are). */
export const OVERVIEW_LIST_SIZE = 3;
/** Content due within this many days (or overdue) counts as due. */
export const CONTENT_DUE_DAYS = 3;

type Who = { influencerName: string; campaignId: string; campaignName: string };

export interface Attention {
  draftsToReview?: { total: number; items: (Who & { draftId: string; collaborationId: string; submittedAt: Date | null })[] };
  questions?: { total: number; items: (Who & { collaborationId: string; body: string; askedAt: Date })[] };
  followUps?: { total: number; items: { messageId: string; influencerId: string; name: string; subject: string; daysOverdue: number }[] };
  /** Influencers invited to a campaign who haven't answered; `needLink` of them have no working link. */
  invitations?: {
    total: number;
    needLink: number;
    items: (Who & { collaborationId: string; link: "none" | "expired" | "active"; since: Date })[];
  };
  campaignsToActivate?: { total: number; items: { campaignId: string; name: string; livePosts: number }[] };
  /** Deliverables not yet live, due within CONTENT_DUE_DAYS or overdue. */
  contentDue?: { total: number; overdue: number; items: (Who & { collaborationId: string; type: DeliverableType; dueDate: string })[] };
  teamInvitations?: { total: number };
}

export interface HeadlineNumbers {
  roster?: { total: number; byTier: Record<Tier, number> };
  campaigns?: { total: number; byStatus: Record<CampaignStatus, number> };
  collaborations?: { total: number; byStatus: Record<CollaborationStatus, number> };
  outreach?: { sentThisWeek: number; repliesThisWeek: number };
}

export interface Overview {
  timeZone: string;
  /** The workspace's today and the Monday this week began, "YYYY-MM-DD". */
  today: string;
  weekStart: string;
  attention: Attention;
  numbers: HeadlineNumbers;
  /** The getting-started steps, for roles that can do them. */
  setup?: { teammates: boolean; roster: boolean; campaign: boolean; outreach: boolean };
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const num = (v: unknown) => Number(v ?? 0);
const isTier = (t: string): t is Tier => (TIERS as readonly string[]).includes(t);

/** Runs `fn` when the role may see the kind; undefined (and no query) otherwise. */
function when<T>(allowed: boolean, fn: () => Promise<T>): Promise<T | undefined> {
  return allowed ? fn() : Promise.resolve(undefined);
}

export async function getOverview(opts: { workspaceId: string; role: Role; timeZone: string; now?: Date }): Promise<Overview> {
  const { workspaceId: w, role, timeZone } = opts;
  const now = opts.now ?? new Date();
  const today = zonedDay(now, timeZone);
  const weekStart = startOfWeek(today);
  const weekStartAt = zonedDayStart(weekStart, timeZone);
  const canWriteCampaigns = can(role, "campaigns.write");

  const [
    draftsToReview,
    questions,
    followUps,
    invitations,
    campaignsToActivate,
    contentDue,
    teamInvitations,
    roster,
    campaigns,
    collaborations,
    outreach,
    setupCounts,
  ] = await Promise.all([
    when(can(role, "content.review"), () => draftsToReviewQuery(w)),
    when(canWriteCampaigns, () => questionsQuery(w)),
    when(can(role, "outreach.write"), async () => {
      const { items } = await listDueFollowUps({ workspaceId: w, asOf: endOfToday(now, timeZone), timeZone, limit: 500 });
      return { total: items.length, items: items.slice(0, OVERVIEW_LIST_SIZE) };
    }),
    when(canWriteCampaigns, () => invitationsQuery(w, now)),
    when(canWriteCampaigns, () => campaignsToActivateQuery(w, today)),
    when(canWriteCampaigns, () => contentDueQuery(w, today)),
    when(can(role, "invitations.manage"), async () => ({
      total: await db.invitation.count({ where: { workspaceId: w, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } }),
    })),
    when(can(role, "influencers.read"), async () => {
      const rows = await db.influencer.groupBy({ by: ["tier"], where: { workspaceId: w }, _count: { _all: true } });
      const byTier = zeros(TIERS);
      for (const r of rows) if (isTier(r.tier)) byTier[r.tier] += r._count._all;
      return { total: rows.reduce((n, r) => n + r._count._all, 0), byTier };
    }),
    when(can(role, "campaigns.read"), async () => {
      const rows = await db.campaign.groupBy({ by: ["status"], where: { workspaceId: w }, _count: { _all: true } });
      const byStatus = zeros(CAMPAIGN_STATUSES);
      for (const r of rows) byStatus[r.status] = r._count._all;
      return { total: rows.reduce((n, r) => n + r._count._all, 0), byStatus };
    }),
    when(can(role, "campaigns.read"), async () => {
      const rows = await db.collaboration.groupBy({ by: ["status"], where: { workspaceId: w }, _count: { _all: true } });
      const byStatus = zeros(COLLABORATION_STATUSES);
      for (const r of rows) byStatus[r.status] = r._count._all;
      return { total: rows.reduce((n, r) => n + r._count._all, 0), byStatus };
    }),
    when(can(role, "outreach.read"), async () => {
      const [r] = await db.$queryRaw<{ sent: bigint; replies: bigint }[]>`
        SELECT
          (SELECT count(*) FROM "OutreachMessage" WHERE "workspaceId" = ${w} AND "status" = 'sent' AND "sentAt" >= ${weekStartAt}) AS sent,
          (SELECT count(*) FROM "OutreachReply" WHERE "workspaceId" = ${w} AND "receivedAt" >= ${weekStartAt}) AS replies`;
      return { sentThisWeek: num(r?.sent), repliesThisWeek: num(r?.replies) };
    }),
    when(canWriteCampaigns, async () => {
      const [r] = await db.$queryRaw<{ members: bigint; invitations: bigint; influencers: bigint; campaigns: bigint; outreach: bigint }[]>`
        SELECT
          (SELECT count(*) FROM "Membership" WHERE "workspaceId" = ${w}) AS members,
          (SELECT count(*) FROM "Invitation" WHERE "workspaceId" = ${w}) AS invitations,
          (SELECT count(*) FROM (SELECT 1 FROM "Influencer" WHERE "workspaceId" = ${w} LIMIT 1) x) AS influencers,
          (SELECT count(*) FROM (SELECT 1 FROM "Campaign" WHERE "workspaceId" = ${w} LIMIT 1) x) AS campaigns,
          (SELECT count(*) FROM (SELECT 1 FROM "OutreachMessage" WHERE "workspaceId" = ${w} LIMIT 1) x)
            + (SELECT count(*) FROM (SELECT 1 FROM "Collaboration" WHERE "workspaceId" = ${w} LIMIT 1) x) AS outreach`;
      return r;
    }),
  ]);

  return {
    timeZone,
    today,
    weekStart,
    attention: { draftsToReview, questions, followUps, invitations, campaignsToActivate, contentDue, teamInvitations },
    numbers: { roster, campaigns, collaborations, outreach },
    setup: setupCounts && {
      teammates: num(setupCounts.members) > 1 || num(setupCounts.invitations) > 0,
      roster: num(setupCounts.influencers) > 0,
      campaign: num(setupCounts.campaigns) > 0,
      outreach: num(setupCounts.outreach) > 0,
    },
  };
}

// ---------- one query per kind ----------

/** Submitted drafts waiting for a decision, oldest first. */
async function draftsToReviewQuery(w: string): Promise<NonNullable<Attention["draftsToReview"]>> {
  const rows = await db.$queryRaw<
    {
      draftId: string;
      collaborationId: string;
      campaignId: string;
      influencerName: string;
      campaignName: string;
      submittedAt: Date | null;
      total: bigint;
    }[]
  >`
    SELECT d."id" AS "draftId", d."collaborationId", c."campaignId", i."displayName" AS "influencerName", cp."name" AS "campaignName",
           d."submittedAt", count(*) OVER () AS total
    FROM "ContentDraft" d
    JOIN "Collaboration" c ON c."workspaceId" = d."workspaceId" AND c."id" = d."collaborationId"
    JOIN "Influencer" i ON i."workspaceId" = c."workspaceId" AND i."id" = c."influencerId"
    JOIN "Campaign" cp ON cp."workspaceId" = c."workspaceId" AND cp."id" = c."campaignId"
    WHERE d."workspaceId" = ${w} AND d."status" = 'submitted'
    ORDER BY d."submittedAt" ASC NULLS LAST, d."id" ASC
    LIMIT ${OVERVIEW_LIST_SIZE}`;
  return { total: num(rows[0]?.total), items: rows.map(({ total: _total, ...r }) => r) };
}

/** Collaborations whose latest portal message is the influencer's: a question nobody has answered. */
async function questionsQuery(w: string): Promise<NonNullable<Attention["questions"]>> {
  const rows = await db.$queryRaw<
    {
      collaborationId: string;
      campaignId: string;
      influencerName: string;
      campaignName: string;
      body: string;
      askedAt: Date;
      total: bigint;
    }[]
  >`
    WITH latest AS (
      SELECT DISTINCT ON (m."collaborationId") m."collaborationId", m."author", m."body", m."createdAt"
      FROM "PortalMessage" m
      WHERE m."workspaceId" = ${w}
      ORDER BY m."collaborationId", m."createdAt" DESC, m."id" DESC
    )
    SELECT l."collaborationId", c."campaignId", i."displayName" AS "influencerName", cp."name" AS "campaignName",
           left(l."body", 200) AS "body", l."createdAt" AS "askedAt", count(*) OVER () AS total
    FROM latest l
    JOIN "Collaboration" c ON c."workspaceId" = ${w} AND c."id" = l."collaborationId"
    JOIN "Influencer" i ON i."workspaceId" = c."workspaceId" AND i."id" = c."influencerId"
    JOIN "Campaign" cp ON cp."workspaceId" = c."workspaceId" AND cp."id" = c."campaignId"
    WHERE l."author" = 'influencer'
    ORDER BY l."createdAt" ASC
    LIMIT ${OVERVIEW_LIST_SIZE}`;
  return { total: num(rows[0]?.total), items: rows.map(({ total: _total, ...r }) => r) };
}

/** Invited influencers who haven't answered: those without a working link first, then the longest waiting. */
async function invitationsQuery(w: string, now: Date): Promise<NonNullable<Attention["invitations"]>> {
  const rows = await db.$queryRaw<
    {
      collaborationId: string;
      campaignId: string;
      influencerName: string;
      campaignName: string;
      link: "none" | "expired" | "active";
      since: Date;
      total: bigint;
      needLink: bigint;
    }[]
  >`
    SELECT x.*, count(*) OVER () AS total, count(*) FILTER (WHERE x."link" <> 'active') OVER () AS "needLink"
    FROM (
      SELECT c."id" AS "collaborationId", c."campaignId", i."displayName" AS "influencerName", cp."name" AS "campaignName",
             CASE WHEN c."inviteTokenHash" IS NULL THEN 'none'
                  WHEN c."inviteRevokedAt" IS NOT NULL OR c."inviteExpiresAt" IS NULL OR c."inviteExpiresAt" <= ${now} THEN 'expired'
                  ELSE 'active' END AS "link",
             c."createdAt" AS "since"
      FROM "Collaboration" c
      JOIN "Influencer" i ON i."workspaceId" = c."workspaceId" AND i."id" = c."influencerId"
      JOIN "Campaign" cp ON cp."workspaceId" = c."workspaceId" AND cp."id" = c."campaignId"
      WHERE c."workspaceId" = ${w} AND c."status" = 'invited' AND cp."status" <> 'archived'
    ) x
    ORDER BY (x."link" = 'active') ASC, x."since" ASC, x."collaborationId" ASC
    LIMIT ${OVERVIEW_LIST_SIZE}`;
  return {
    total: num(rows[0]?.total),
    needLink: num(rows[0]?.needLink),
    items: rows.map(({ total: _t, needLink: _n, ...r }) => r),
  };
}

/** Draft campaigns that are evidently running (see campaigns/activation.ts). */
async function campaignsToActivateQuery(w: string, today: string): Promise<NonNullable<Attention["campaignsToActivate"]>> {
  const rows = await db.$queryRaw<{ campaignId: string; name: string; startDate: Date | null; briefVersion: number; livePosts: bigint }[]>`
    SELECT cp."id" AS "campaignId", cp."name", cp."startDate", cp."briefVersion",
           count(c."id") FILTER (WHERE c."status" IN ('live', 'completed')) AS "livePosts"
    FROM "Campaign" cp
    LEFT JOIN "Collaboration" c ON c."workspaceId" = cp."workspaceId" AND c."campaignId" = cp."id"
    WHERE cp."workspaceId" = ${w} AND cp."status" = 'draft' AND cp."briefVersion" >= 1
    GROUP BY cp."workspaceId", cp."id"
    ORDER BY cp."createdAt" ASC
    LIMIT 100`;
  const due = rows
    .map((r) => ({ ...r, livePosts: num(r.livePosts), startDate: r.startDate ? r.startDate.toISOString().slice(0, 10) : null }))
    .filter((r) =>
      shouldOfferActivation({ status: "draft", briefVersion: r.briefVersion, startDate: r.startDate, livePosts: r.livePosts, today }),
    )
    .sort((a, b) => b.livePosts - a.livePosts);
  return {
    total: due.length,
    items: due.slice(0, OVERVIEW_LIST_SIZE).map(({ campaignId, name, livePosts }) => ({ campaignId, name, livePosts })),
  };
}

/** Deliverables with no live post yet, due by today + CONTENT_DUE_DAYS (local), in collaborations still under way. */
async function contentDueQuery(w: string, today: string): Promise<NonNullable<Attention["contentDue"]>> {
  const horizon = addDays(today, CONTENT_DUE_DAYS);
  const rows = await db.$queryRaw<
    (Who & { collaborationId: string; type: DeliverableType; dueDate: Date; total: bigint; overdue: bigint })[]
  >`
    SELECT d."collaborationId", c."campaignId", i."displayName" AS "influencerName", cp."name" AS "campaignName",
           d."type"::text AS "type", d."dueDate",
           count(*) OVER () AS total, count(*) FILTER (WHERE d."dueDate" < ${today}::date) OVER () AS overdue
    FROM "Deliverable" d
    JOIN "Collaboration" c ON c."workspaceId" = d."workspaceId" AND c."id" = d."collaborationId"
    JOIN "Influencer" i ON i."workspaceId" = c."workspaceId" AND i."id" = c."influencerId"
    JOIN "Campaign" cp ON cp."workspaceId" = c."workspaceId" AND cp."id" = c."campaignId"
    WHERE d."workspaceId" = ${w} AND d."liveUrl" IS NULL AND d."dueDate" <= ${horizon}::date
      AND c."status" IN ('accepted', 'drafting', 'in_review', 'changes_requested', 'approved')
    ORDER BY d."dueDate" ASC, d."id" ASC
    LIMIT ${OVERVIEW_LIST_SIZE}`;
  return {
    total: num(rows[0]?.total),
    overdue: num(rows[0]?.overdue),
    items: rows.map(({ total: _t, overdue: _o, dueDate, ...r }) => ({ ...r, dueDate: dueDate.toISOString().slice(0, 10) })),
  };
}
