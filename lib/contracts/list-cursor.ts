/**
 * The contracts list's keyset cursor: the last row's `updatedAt` (milliseconds since the epoch, the
 * precision Postgres keeps for Prisma's DateTime) and its id, as "<ms>.<id>". The list is sorted by
 * updatedAt descending, then id descending, so the next page is "strictly older, or as old with a
 * smaller id".
 *
 * Pure module. `decodeListCursor` returns null for anything that isn't a cursor it could have made
 * (a hand-edited URL shows the first page instead of an error).
 */
export interface ListCursor {
  updatedAt: Date;
  id: string;
}

export function encodeListCursor(row: ListCursor): string {
  return `${row.updatedAt.getTime()}.${row.id}`;
}

export function decodeListCursor(value: string | null | undefined): ListCursor | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{1,15})\.([a-z0-9]{1,40})$/i.exec(value);
  if (!m) return null;
  const updatedAt = new Date(Number(m[1]));
  if (Number.isNaN(updatedAt.getTime())) return null;
  return { updatedAt, id: m[2]! };
}
