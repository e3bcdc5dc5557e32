/**
 * Spark Ads / partnership-ads authorisation codes, entered by the influencer through the portal. The
 * caller passes the portal gate's context (one collaboration, found by the invite token), never an id
 * from the client. A code is accepted only while the signed contract grants the usage it serves
 * (Spark Ads for a TikTok code, paid usage for a Meta partnership permission). The code itself goes
 * to the database and to members' pages only: never to a log line or the audit log.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { zonedDay, zonedDayStart } from "@/lib/time-zone";

import { collaborationRights } from "./rights";
import { AD_CODE_LABELS, AD_CODE_NEEDS, checkAdCode, USAGE_RIGHT_LABELS, type AdCodeInput } from "./usage-rights";

/** Codes a collaboration may hold that are neither revoked nor expired; more is a mistake or abuse. */
export const MAX_ACTIVE_CODES = 10;

type Scope = { workspaceId: string; collaborationId: string };

/** Just the two ids: a portal context carries more, and a Prisma `where` refuses unknown fields. */
const only = (s: Scope): Scope => ({ workspaceId: s.workspaceId, collaborationId: s.collaborationId });

async function timeZoneOf(workspaceId: string): Promise<string> {
  const w = await db.workspace.findUnique({ where: { id: workspaceId }, select: { timeZone: true } });
  if (!w) throw new AppError("NOT_FOUND", "This link is no longer valid.");
  return w.timeZone;
}

export async function enterAdCode(ref: Scope, input: AdCodeInput, now = new Date()) {
  const scope = only(ref);
  const timeZone = await timeZoneOf(scope.workspaceId);
  const checked = checkAdCode(input, zonedDay(now, timeZone));
  if (!checked.ok) throw new AppError("BAD_REQUEST", checked.message, { fieldErrors: { [checked.field]: [checked.message] } });
  const needs = AD_CODE_NEEDS[input.platform];
  return db.$transaction(async (tx) => {
    const grant = await tx.usageRightGrant.findFirst({
      where: { ...scope, kind: needs, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
      select: { id: true },
    });
    if (!grant)
      throw new AppError(
        "CONFLICT",
        `Your signed contract doesn’t grant ${USAGE_RIGHT_LABELS[needs]} (or that right has ended), so there is no ${AD_CODE_LABELS[input.platform]} to give.`,
      );
    const active = await tx.adAuthorizationCode.count({ where: { ...scope, revokedAt: null, expiresAt: { gt: now } } });
    if (active >= MAX_ACTIVE_CODES)
      throw new AppError("CONFLICT", `You already have ${MAX_ACTIVE_CODES} active codes here. Withdraw one first.`);
    const row = await tx.adAuthorizationCode
      .create({
        data: {
          ...scope,
          platform: input.platform,
          code: input.code,
          expiresAt: zonedDayStart(checked.expiresOn, timeZone),
          enteredAt: now,
        },
        select: { id: true },
      })
      .catch((e: unknown) => {
        // A Prisma error's message quotes the call's arguments, the code among them: log only its kind.
        throw new Error(`Saving an ad code failed (${(e as { code?: string; name?: string }).code ?? (e as Error).name})`);
      });
    await tx.auditLog.create({
      data: {
        workspaceId: scope.workspaceId,
        actorId: null,
        action: "ad_code.entered",
        targetType: "collaboration",
        targetId: scope.collaborationId,
        metadata: { codeId: row.id, platform: input.platform, expiresOn: checked.expiresOn },
      },
    });
    return { id: row.id, expiresOn: checked.expiresOn };
  });
}

/** The influencer withdrew a code (revoked it in the app): it stops counting and stops reminding. */
export async function withdrawAdCode(ref: Scope, input: { codeId: string }, now = new Date()) {
  const scope = only(ref);
  return db.$transaction(async (tx) => {
    const done = await tx.adAuthorizationCode.updateMany({
      where: { ...scope, id: input.codeId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (done.count !== 1) throw new AppError("NOT_FOUND", "Code not found.");
    await tx.auditLog.create({
      data: {
        workspaceId: scope.workspaceId,
        actorId: null,
        action: "ad_code.withdrawn",
        targetType: "collaboration",
        targetId: scope.collaborationId,
        metadata: { codeId: input.codeId },
      },
    });
    return { id: input.codeId };
  });
}

/** What the influencer sees: the rights they granted and their codes, each code shown by its last 4 characters. */
export async function portalRights(ref: Scope, now = new Date()) {
  const scope = only(ref);
  const r = await collaborationRights({ ...scope, timeZone: await timeZoneOf(scope.workspaceId), now });
  return {
    ...r,
    codes: r.codes.map(({ code, ...c }) => ({ ...c, codeEnd: code.slice(-4) })),
    accepts: {
      tiktok_spark_ads: r.grants.some((g) => g.kind === AD_CODE_NEEDS.tiktok_spark_ads && (g.daysLeft === null || g.daysLeft >= 0)),
      meta_partnership: r.grants.some((g) => g.kind === AD_CODE_NEEDS.meta_partnership && (g.daysLeft === null || g.daysLeft >= 0)),
    },
  };
}
export type PortalRights = Awaited<ReturnType<typeof portalRights>>;
