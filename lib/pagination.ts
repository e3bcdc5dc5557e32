// Keyset pages for lists read by the public API (and any list that wants them): a cursor names the
// last row shown by its sort time and id, so a row added or removed meanwhile shifts nothing and each
// row is seen once. On the wire the cursor is opaque (base64url of "<ms>.<id>"); a cursor this module
// did not make is refused with BAD_REQUEST naming the `cursor` field, never read as "first page".
import { z } from "zod";

import { AppError } from "./errors";

/** The position after a row: its sort time and its id (the tie-break). */
export type Keyset = { at: Date; id: string };

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** `cursor` and `limit` query parameters. */
export const pageQuerySchema = z.object({
  cursor: z.string().max(200).optional().meta({ description: "`nextCursor` of the previous page; leave out for the first page." }),
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT).meta({ description: "Rows per page (1–200)." }),
});

const RAW = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/;

/** The "<ms>.<id>" form some services keep in their own URLs (contracts, conversions). */
export function rawKeyset(k: Keyset): string {
  return `${k.at.getTime()}.${k.id}`;
}

export function encodeCursor(k: Keyset): string {
  return Buffer.from(rawKeyset(k), "utf8").toString("base64url");
}

export function parseRawKeyset(raw: string): Keyset | null {
  const m = RAW.exec(raw);
  if (!m) return null;
  const at = new Date(Number(m[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: m[2]! };
}

/** null for no cursor; BAD_REQUEST (field `cursor`) for one this module did not make. */
export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (cursor === undefined || cursor === "") return null;
  const k = /^[A-Za-z0-9_-]+$/.test(cursor) ? parseRawKeyset(Buffer.from(cursor, "base64url").toString("utf8")) : null;
  if (!k) {
    const message = "This cursor is not one we gave out. Use `nextCursor` of the previous page, or leave it out for the first page.";
    throw new AppError("BAD_REQUEST", message, { fieldErrors: { cursor: [message] } });
  }
  return k;
}

/**
 * Rows read with `take: limit + 1` → the page (at most `limit` rows) and the cursor of the next one,
 * null when no row remains.
 */
export function keysetPage<T>(rows: readonly T[], limit: number, keyOf: (row: T) => Keyset): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/** Prisma `where` for rows after the keyset in (time, id) order on `field`, ascending or descending. */
export function afterKeyset<F extends string>(field: F, k: Keyset | null, dir: "asc" | "desc") {
  if (!k) return {};
  const op = dir === "asc" ? "gt" : "lt";
  return {
    OR: [{ [field]: { [op]: k.at } }, { [field]: k.at, id: { [op]: k.id } }] as Array<
      Record<F, { gt?: Date; lt?: Date } | Date> & { id?: { gt?: string; lt?: string } }
    >,
  };
}
