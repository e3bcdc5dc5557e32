/**
 * Acting on a whole search: add to list, tag, delete and export applied to every influencer a
 * search matches — found again on the server from the search's filters, never from ids the browser
 * sends, and always inside one workspace. Big sets are worked in batches of {@link BULK_BATCH} in id
 * order: the browser asks for the next batch after the last id it was given, so it can show
 * progress, and no statement holds its locks for long.
 */

import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

import { deleteInfluencers, tagInfluencers } from "./crud";
import { addToList } from "./lists";
import { prepareSearch, type PreparedSearch } from "./search";
import { readSearchParams } from "./search-schema";

/** Influencers per batch of a bulk action on a search. */
export const BULK_BATCH = 500;
/** Largest search a bulk action or an export takes: beyond, narrow the search. */
export const BULK_LIMIT = 100_000;

/** A search given as its URL query string ("q=vegan&tier=micro"), sort and page position ignored. */
async function searchFor(workspaceId: string, query: string): Promise<PreparedSearch> {
  const { search } = readSearchParams(new URLSearchParams(query));
  return prepareSearch({ workspaceId, q: search.q, filters: search.filters });
}

/** How many influencers the search matches, exact up to {@link BULK_LIMIT}. */
export async function countSearch(opts: { workspaceId: string; query: string }): Promise<{ total: number; overLimit: boolean }> {
  const p = await searchFor(opts.workspaceId, opts.query);
  const [row] = await db.$queryRaw<{ n: bigint }[]>(
    Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "Influencer" i WHERE ${p.where} LIMIT ${BULK_LIMIT + 1}) c`,
  );
  const total = Number(row?.n ?? 0);
  return { total: Math.min(total, BULK_LIMIT), overLimit: total > BULK_LIMIT };
}

/** The next ids of the search after `after` (id order); `next` is null when this was the last batch. */
async function nextBatch(opts: { workspaceId: string; query: string; after?: string; size?: number }) {
  const p = await searchFor(opts.workspaceId, opts.query);
  const size = opts.size ?? BULK_BATCH;
  const after = opts.after ? Prisma.sql`AND i.id > ${opts.after}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT i.id FROM "Influencer" i WHERE ${p.where} ${after} ORDER BY i.id LIMIT ${size + 1}`,
  );
  const ids = rows.slice(0, size).map((r) => r.id);
  return { ids, next: rows.length > size ? (ids.at(-1) ?? null) : null };
}

async function refuseHuge(workspaceId: string, query: string, after: string | undefined) {
  // Checked once, on the first batch: the browser has shown this count in its confirmation.
  if (after) return;
  const { overLimit } = await countSearch({ workspaceId, query });
  if (overLimit)
    throw new AppError("BAD_REQUEST", `This search matches more than ${BULK_LIMIT.toLocaleString("en-US")} influencers; narrow it first.`);
}

export interface BatchResult {
  /** Influencers changed in this batch. */
  done: number;
  /** Pass as `after` for the next batch; null when the search is done. */
  next: string | null;
}

/** Adds tags to one batch of the search's influencers. */
export async function tagSearch(opts: {
  workspaceId: string;
  query: string;
  tags: string[];
  after?: string;
  size?: number;
}): Promise<BatchResult> {
  await refuseHuge(opts.workspaceId, opts.query, opts.after);
  const { ids, next } = await nextBatch(opts);
  if (ids.length === 0) return { done: 0, next: null };
  const { updated } = await tagInfluencers({ workspaceId: opts.workspaceId, influencerIds: ids, tags: opts.tags, mode: "add" });
  return { done: updated, next };
}

/** Adds one batch of the search's influencers to a list of the workspace (NOT_FOUND for another's list). */
export async function addSearchToList(opts: { workspaceId: string; query: string; listId: string; after?: string; size?: number }) {
  const list = await db.influencerList.findUnique({
    where: { workspaceId_id: { workspaceId: opts.workspaceId, id: opts.listId } },
    select: { id: true, name: true },
  });
  if (!list) throw new AppError("NOT_FOUND", "List not found.");
  await refuseHuge(opts.workspaceId, opts.query, opts.after);
  const { ids, next } = await nextBatch(opts);
  if (ids.length === 0) return { done: 0, next: null, list };
  const { added } = await addToList({ workspaceId: opts.workspaceId, listId: opts.listId, influencerIds: ids });
  return { done: added, next, list };
}

/** Deletes one batch of the search's influencers (audited per batch). */
export async function deleteSearch(opts: {
  workspaceId: string;
  userId: string;
  query: string;
  after?: string;
  size?: number;
}): Promise<BatchResult> {
  await refuseHuge(opts.workspaceId, opts.query, opts.after);
  const { ids, next } = await nextBatch(opts);
  if (ids.length === 0) return { done: 0, next: null };
  const { deleted } = await deleteInfluencers({ workspaceId: opts.workspaceId, userId: opts.userId, influencerIds: ids });
  return { done: deleted, next };
}

/** Every id the search matches, in batches (for the export), refusing more than {@link BULK_LIMIT}. */
export async function searchIds(opts: { workspaceId: string; query: string }): Promise<string[]> {
  await refuseHuge(opts.workspaceId, opts.query, undefined);
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const batch = await nextBatch({ ...opts, after, size: 5_000 });
    ids.push(...batch.ids);
    after = batch.next ?? undefined;
  } while (after);
  return ids;
}
