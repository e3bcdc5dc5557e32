// Limits per workspace. `checkLimit` runs inside the transaction that creates the limited thing: it
// locks the workspace row first, so two racing creates with one slot left queue behind each other
// and the second one counts the first. With billing off it returns at once (unlimited, no query).
// A downgrade deletes and hides nothing: over a limit, that kind just can't grow until usage fits.
import type { Prisma } from "../db";
import { db } from "../db";
import { AppError } from "../errors";
import { startOfZonedDay } from "../time-zone";
import { billingConfig } from "./config";
import { LIMIT_KINDS, LIMIT_NOUNS, limitMessage, PLANS, withinLimit, type LimitKind, type PlanId } from "./plans";
import { effectiveBilling, type EffectiveBilling } from "./state";

type DbClient = Prisma.TransactionClient;
type Reader = Pick<DbClient, "workspaceBilling">;

/** The stored subscription state (none yet: Free) and what it allows now. */
export async function workspaceBillingState(client: Reader, workspaceId: string, now = new Date()) {
  const config = billingConfig();
  const row = await client.workspaceBilling.findUnique({
    where: { workspaceId },
    select: { plan: true, status: true, periodStart: true, currentPeriodEnd: true, cancelAtPeriodEnd: true, stripeCustomerId: true },
  });
  const effective: EffectiveBilling = effectiveBilling(row, now, config?.graceDays ?? 7);
  return { row, effective };
}

/** How many of `kind` the workspace has now; null for a kind not counted per workspace (workspaces per agency). */
export async function usageOf(client: DbClient, workspaceId: string, kind: LimitKind, now = new Date()): Promise<number | null> {
  switch (kind) {
    case "influencers":
      return client.influencer.count({ where: { workspaceId } });
    case "campaigns.active":
      return client.campaign.count({ where: { workspaceId, status: "active" } });
    case "seats": {
      const [members, invited] = await Promise.all([
        client.membership.count({ where: { workspaceId } }),
        client.invitation.count({ where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } }),
      ]);
      return members + invited;
    }
    case "outreach.daily": {
      const ws = await client.workspace.findUnique({ where: { id: workspaceId }, select: { timeZone: true } });
      return client.outreachMessage.count({ where: { workspaceId, createdAt: { gte: startOfZonedDay(now, ws?.timeZone ?? "UTC") } } });
    }
    case "connectors": {
      // Store connections and metric connector accounts share the one limit ("store or metric connectors").
      const [stores, metrics] = await Promise.all([
        client.storeConnection.count({ where: { workspaceId, disconnectedAt: null } }),
        client.connectorAccount.count({ where: { workspaceId, status: { not: "disconnected" } } }),
      ]);
      return stores + metrics;
    }
    case "reports.shareLinks":
      // Links that still open a report: revoked and expired ones don't count.
      return client.reportShareLink.count({
        where: { workspaceId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      });
    case "workspaces":
      return null;
  }
}

function readOnlyMessage(kind: LimitKind): string {
  return `Payment for this workspace is overdue and the grace period has ended, so no new ${LIMIT_NOUNS[kind].many} can be added. Nothing has been removed: update the payment method in Settings → Billing.`;
}

/**
 * Refuses (AppError PAYMENT_REQUIRED, 402) to add `adding` more of `kind` when the workspace's plan
 * doesn't allow it. Call it inside the creating transaction, before the insert: it takes a row lock
 * on the workspace that lasts until that transaction ends.
 */
export async function checkLimit(tx: DbClient, workspaceId: string, kind: LimitKind, adding = 1, now = new Date()): Promise<void> {
  if (!billingConfig() || adding <= 0) return;
  // NO KEY UPDATE: serialises limit checks of one workspace without blocking inserts that only
  // reference it (their foreign-key check takes KEY SHARE).
  await tx.$queryRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId} FOR NO KEY UPDATE`;
  const { effective } = await workspaceBillingState(tx, workspaceId, now);
  if (effective.readOnly) throw new AppError("PAYMENT_REQUIRED", readOnlyMessage(kind));
  const limit = PLANS[effective.limitsPlan].limits[kind];
  if (limit === null) return;
  const usage = await usageOf(tx, workspaceId, kind, now);
  if (usage === null || withinLimit(limit, usage, adding)) return;
  throw new AppError("PAYMENT_REQUIRED", limitMessage({ kind, plan: effective.limitsPlan, usage, adding }), {
    detail: `limit ${kind}: ${usage} + ${adding} > ${limit}`,
  });
}

export type UsageRow = { kind: LimitKind; label: string; used: number | null; limit: number | null };

/** Every limit with its usage, for the billing page (billing on only). */
export async function billingOverview(workspaceId: string, now = new Date()) {
  const { row, effective } = await workspaceBillingState(db, workspaceId, now);
  const plan: PlanId = effective.limitsPlan;
  const usage: UsageRow[] = [];
  for (const kind of LIMIT_KINDS) {
    const used = await usageOf(db, workspaceId, kind, now);
    if (used === null) continue;
    usage.push({ kind, label: LIMIT_NOUNS[kind].label, used, limit: PLANS[plan].limits[kind] });
  }
  return {
    plan,
    paidPlan: row?.plan ?? "free",
    status: row?.status ?? "none",
    currentPeriodEnd: row?.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: row?.cancelAtPeriodEnd ?? false,
    hasCustomer: Boolean(row?.stripeCustomerId),
    readOnly: effective.readOnly,
    graceEndsAt: effective.graceEndsAt,
    usage,
  };
}
