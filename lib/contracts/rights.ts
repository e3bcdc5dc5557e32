/**
 * Usage rights on the database: grants recorded from a completed contract's frozen terms, moved to
 * the go-live date when the content goes live after signing, and the views of them (a collaboration's
 * rights, the workspace's "ending soon" list, the warning on reused content). The rules are in
 * ./usage-rights.ts; every query carries the workspace.
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { daysBetween, zonedDay } from "@/lib/time-zone";

import { contractTermsSchema } from "./schema";
import { ENDING_SOON_DAYS, rightEnd, rightsFromTerms, rightStart, type AdCodePlatform, type UsageRightKind } from "./usage-rights";

type Tx = Prisma.TransactionClient;

const DAY_MS = 86_400_000;

/** When the collaboration went live (its first move to "live"), or null. */
async function goLiveAt(tx: Tx, workspaceId: string, collaborationId: string): Promise<Date | null> {
  const change = await tx.statusChange.findFirst({
    where: { workspaceId, collaborationId, toStatus: "live" },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return change?.createdAt ?? null;
}

/**
 * Records the rights a completed contract grants, from its current (signed) version's frozen terms.
 * Idempotent: a second call for the same version adds nothing. Returns how many grants were added.
 * Called inside the completing transaction (lib/contracts/completed.ts).
 */
export async function recordRightsForCompletedContract(tx: Tx, ref: { workspaceId: string; contractId: string }): Promise<number> {
  const contract = await tx.contract.findUnique({
    where: { workspaceId_id: { workspaceId: ref.workspaceId, id: ref.contractId } },
    select: { state: true, completedAt: true, currentVersion: true, collaborationId: true },
  });
  if (!contract) throw new AppError("NOT_FOUND", "Contract not found.");
  if (contract.state !== "completed" || !contract.completedAt)
    throw new AppError("CONFLICT", "Usage rights come from a completed contract.", { detail: `contract state ${contract.state}` });
  const version = await tx.contractVersion.findUnique({
    where: {
      workspaceId_contractId_version: { workspaceId: ref.workspaceId, contractId: ref.contractId, version: contract.currentVersion },
    },
    select: { terms: true },
  });
  if (!version) throw new AppError("CONFLICT", "The signed version of this contract is missing.");
  const terms = contractTermsSchema.parse(version.terms);
  const liveAt = await goLiveAt(tx, ref.workspaceId, contract.collaborationId);
  const rights = rightsFromTerms(terms.usage, rightStart(contract.completedAt, liveAt));
  if (rights.length === 0) return 0;
  const created = await tx.usageRightGrant.createMany({
    data: rights.map((r) => ({
      workspaceId: ref.workspaceId,
      collaborationId: contract.collaborationId,
      contractId: ref.contractId,
      contractVersion: contract.currentVersion,
      kind: r.kind,
      territories: r.territories,
      durationDays: r.durationDays,
      startBasis: r.startBasis,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
    })),
    skipDuplicates: true,
  });
  return created.count;
}

/**
 * The content went live: grants still counting from the contract's completion start now instead (the
 * signed text licenses the content "from publication"). Grants already counted from a go-live are
 * left alone, so a second go-live never moves them again.
 */
export async function anchorRightsAtGoLive(tx: Tx, ref: { workspaceId: string; collaborationId: string; liveAt: Date }): Promise<number> {
  const grants = await tx.usageRightGrant.findMany({
    where: { workspaceId: ref.workspaceId, collaborationId: ref.collaborationId, startBasis: "completion", startsAt: { lte: ref.liveAt } },
    select: { id: true, durationDays: true },
  });
  for (const g of grants)
    await tx.usageRightGrant.updateMany({
      where: { workspaceId: ref.workspaceId, id: g.id },
      data: { startBasis: "live", startsAt: ref.liveAt, endsAt: rightEnd(ref.liveAt, g.durationDays) },
    });
  return grants.length;
}

// ---------- views ----------

export interface GrantView {
  id: string;
  kind: UsageRightKind;
  territories: string[];
  durationDays: number | null;
  startBasis: string;
  startDay: string;
  endDay: string | null;
  /** Local days from today to the end day; null = no end stated. */
  daysLeft: number | null;
}

export interface CodeView {
  id: string;
  platform: AdCodePlatform;
  code: string;
  enteredAt: string;
  expiresDay: string;
  daysLeft: number;
  revoked: boolean;
}

const GRANT_SELECT = {
  id: true,
  kind: true,
  territories: true,
  durationDays: true,
  startBasis: true,
  startsAt: true,
  endsAt: true,
} as const;
const CODE_SELECT = { id: true, platform: true, code: true, enteredAt: true, expiresAt: true, revokedAt: true } as const;

type GrantRow = Prisma.UsageRightGrantGetPayload<{ select: typeof GRANT_SELECT }>;
type CodeRow = Prisma.AdAuthorizationCodeGetPayload<{ select: typeof CODE_SELECT }>;

function grantView(g: GrantRow, today: string, timeZone: string): GrantView {
  const endDay = g.endsAt ? zonedDay(g.endsAt, timeZone) : null;
  return {
    id: g.id,
    kind: g.kind,
    territories: g.territories,
    durationDays: g.durationDays,
    startBasis: g.startBasis,
    startDay: zonedDay(g.startsAt, timeZone),
    endDay,
    daysLeft: endDay ? daysBetween(today, endDay) : null,
  };
}

function codeView(c: CodeRow, today: string, timeZone: string): CodeView {
  const expiresDay = zonedDay(c.expiresAt, timeZone);
  return {
    id: c.id,
    platform: c.platform,
    code: c.code,
    enteredAt: c.enteredAt.toISOString(),
    expiresDay,
    daysLeft: daysBetween(today, expiresDay),
    revoked: c.revokedAt !== null,
  };
}

/** A collaboration's grants (newest contract first, then by kind) and codes (newest first). */
export async function collaborationRights(opts: { workspaceId: string; collaborationId: string; timeZone: string; now?: Date }) {
  const today = zonedDay(opts.now ?? new Date(), opts.timeZone);
  const where = { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId };
  const [grants, codes] = await Promise.all([
    db.usageRightGrant.findMany({ where, select: GRANT_SELECT, orderBy: [{ createdAt: "desc" }, { kind: "asc" }] }),
    db.adAuthorizationCode.findMany({ where, select: CODE_SELECT, orderBy: { enteredAt: "desc" } }),
  ]);
  return {
    today,
    grants: grants.map((g) => grantView(g, today, opts.timeZone)),
    codes: codes.map((c) => codeView(c, today, opts.timeZone)),
  };
}
export type CollaborationRights = Awaited<ReturnType<typeof collaborationRights>>;

export interface EndingSoonRow {
  type: "grant" | "code";
  id: string;
  label: UsageRightKind | AdCodePlatform;
  endDay: string;
  daysLeft: number;
  endsAt: string;
  collaborationId: string;
  campaignId: string;
  campaignName: string;
  influencerName: string;
}

const COLLAB_SELECT = {
  select: { id: true, campaignId: true, campaign: { select: { name: true } }, influencer: { select: { displayName: true } } },
};

/**
 * Grants and live (not revoked) codes of the workspace that end between now and `days` days from
 * now (default 30), soonest first.
 */
export async function rightsEndingSoon(opts: {
  workspaceId: string;
  timeZone: string;
  now?: Date;
  days?: number;
}): Promise<EndingSoonRow[]> {
  const now = opts.now ?? new Date();
  const until = new Date(now.getTime() + (opts.days ?? ENDING_SOON_DAYS) * DAY_MS);
  const today = zonedDay(now, opts.timeZone);
  const [grants, codes] = await Promise.all([
    db.usageRightGrant.findMany({
      where: { workspaceId: opts.workspaceId, endsAt: { gt: now, lte: until } },
      select: { id: true, kind: true, endsAt: true, collaboration: COLLAB_SELECT },
    }),
    db.adAuthorizationCode.findMany({
      where: { workspaceId: opts.workspaceId, revokedAt: null, expiresAt: { gt: now, lte: until } },
      select: { id: true, platform: true, expiresAt: true, collaboration: COLLAB_SELECT },
    }),
  ]);
  const row = (
    type: "grant" | "code",
    id: string,
    label: EndingSoonRow["label"],
    end: Date,
    c: (typeof grants)[number]["collaboration"],
  ) => {
    const endDay = zonedDay(end, opts.timeZone);
    return {
      type,
      id,
      label,
      endDay,
      daysLeft: daysBetween(today, endDay),
      endsAt: end.toISOString(),
      collaborationId: c.id,
      campaignId: c.campaignId,
      campaignName: c.campaign.name,
      influencerName: c.influencer.displayName,
    };
  };
  return [
    ...grants.map((g) => row("grant", g.id, g.kind, g.endsAt!, g.collaboration)),
    ...codes.map((c) => row("code", c.id, c.platform, c.expiresAt, c.collaboration)),
  ].sort((a, b) => a.endsAt.localeCompare(b.endsAt) || a.id.localeCompare(b.id));
}

/**
 * The rights of a collaboration that have ended, for the warning on its content: reposting or
 * running ads with a post after this is outside the licence. [] when none has ended, or when a
 * right of the same kind from a newer contract still runs.
 */
export async function endedRights(opts: { workspaceId: string; collaborationId: string; timeZone: string; now?: Date }) {
  const now = opts.now ?? new Date();
  const grants = await db.usageRightGrant.findMany({
    where: { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId },
    select: { kind: true, endsAt: true },
  });
  const running = new Set(grants.filter((g) => g.endsAt === null || g.endsAt > now).map((g) => g.kind));
  const ended = new Map<UsageRightKind, Date>();
  for (const g of grants) {
    if (!g.endsAt || g.endsAt > now || running.has(g.kind)) continue;
    const prev = ended.get(g.kind);
    if (!prev || g.endsAt > prev) ended.set(g.kind, g.endsAt);
  }
  return [...ended].map(([kind, endsAt]) => ({ kind, endDay: zonedDay(endsAt, opts.timeZone) }));
}
