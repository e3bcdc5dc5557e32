// Discount codes of collaborations: typed in, or generated from a pattern such as "{NAME}15"
// (→ AVA15 for Ava). Unique per workspace whatever the case (`codeKey` = upper case), since a store
// treats AVA15 and ava15 as one code and an order must name one collaboration.
import { randomBytes } from "node:crypto";

import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../workspaces/audit";
import type { CreateDiscountCodeInput } from "./schemas";

const UPPER = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** Letters of a name for a code: "Ava Lindqvist" → "AVA"; accents dropped, at most 10 letters. */
export function nameToken(name: string): string {
  const first =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .trim()
      .split(/\s+/)[0] ?? "";
  return first
    .replace(/[^A-Za-z0-9]/g, "")
    .toUpperCase()
    .slice(0, 10);
}

/** Fills {NAME} and {HANDLE} of a pattern; other characters are kept if they may be in a code. */
export function codeFromPattern(pattern: string, ctx: { name: string; handle?: string | null }): string {
  return pattern
    .replace(/\{NAME\}/gi, nameToken(ctx.name))
    .replace(
      /\{HANDLE\}/gi,
      (ctx.handle ?? "")
        .replace(/[^A-Za-z0-9]/g, "")
        .toUpperCase()
        .slice(0, 15),
    )
    .replace(/[^A-Za-z0-9_-]/g, "")
    .toUpperCase()
    .slice(0, 28);
}

function suffix(n: number): string {
  let s = "";
  for (const b of randomBytes(n)) s += UPPER[b % UPPER.length];
  return s;
}

export async function createDiscountCode(opts: { workspaceId: string; actorId: string | null; input: CreateDiscountCodeInput }) {
  const { workspaceId, input } = opts;
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId, id: input.collaborationId } },
    select: {
      id: true,
      influencer: { select: { displayName: true, accounts: { select: { handle: true }, orderBy: { followers: "desc" }, take: 1 } } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  const generated = !input.code;
  const base =
    input.code ?? codeFromPattern(input.pattern ?? "", { name: c.influencer.displayName, handle: c.influencer.accounts[0]?.handle });
  if (base.length < 3) {
    const msg = "The pattern gives no usable code: include letters or digits, or {NAME}.";
    throw new AppError("BAD_REQUEST", msg, { fieldErrors: { pattern: [msg] } });
  }
  for (let attempt = 0; ; attempt++) {
    // A generated code that is taken gets a short random suffix; a typed one is refused.
    const code = attempt === 0 ? base : `${base}${suffix(2)}`;
    try {
      return await db.$transaction(async (tx) => {
        const row = await tx.discountCode.create({
          data: {
            workspaceId,
            collaborationId: c.id,
            code,
            codeKey: code.toUpperCase(),
            description: input.description,
            cap: input.cap ?? null,
          },
          select: { id: true, code: true },
        });
        await recordAudit(tx, {
          workspaceId,
          actorId: opts.actorId,
          action: "tracking.code_created",
          targetType: "collaboration",
          targetId: c.id,
          metadata: { code },
        });
        return row;
      });
    } catch (e) {
      if ((e as { code?: string } | null)?.code !== "P2002") throw e;
      if (!generated || attempt >= 4) {
        const msg = `The code ${code} is already used in this workspace.`;
        throw new AppError("CONFLICT", msg, { fieldErrors: { code: [msg] } });
      }
    }
  }
}

export async function deleteDiscountCode(opts: { workspaceId: string; actorId: string | null; discountCodeId: string }) {
  const { workspaceId } = opts;
  return db.$transaction(async (tx) => {
    const row = await tx.discountCode.findUnique({
      where: { workspaceId_id: { workspaceId, id: opts.discountCodeId } },
      select: { id: true, code: true, collaborationId: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "Discount code not found.");
    await tx.discountCode.delete({ where: { workspaceId_id: { workspaceId, id: row.id } } });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "tracking.code_deleted",
      targetType: "collaboration",
      targetId: row.collaborationId,
      metadata: { code: row.code },
    });
    return { collaborationId: row.collaborationId };
  });
}
