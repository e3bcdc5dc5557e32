/** Saved searches: a name and the search's URL query string, per user within a workspace. */

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { searchFromParams, searchToParams } from "./search-schema";

/** The user's saved searches, newest first. Raw: the roster page reads it on every view (README "Development notes"). */
export async function listSavedSearches(workspaceId: string, userId: string): Promise<{ id: string; name: string; query: string }[]> {
  return db.$queryRaw`
    SELECT "id", "name", "query" FROM "SavedSearch"
    WHERE "workspaceId" = ${workspaceId} AND "userId" = ${userId}
    ORDER BY "createdAt" DESC, "id" DESC`;
}

export async function saveSearch(opts: { workspaceId: string; userId: string; name: string; query: string }) {
  // Normalised through the search schema: only known, valid parameters are stored (never a cursor).
  const { cursor: _cursor, ...search } = searchFromParams(new URLSearchParams(opts.query));
  const query = searchToParams(search);
  return db.savedSearch.create({
    data: { workspaceId: opts.workspaceId, userId: opts.userId, name: opts.name, query },
    select: { id: true, name: true, query: true },
  });
}

export async function deleteSavedSearch(opts: { workspaceId: string; userId: string; savedSearchId: string }) {
  const res = await db.savedSearch.deleteMany({ where: { workspaceId: opts.workspaceId, userId: opts.userId, id: opts.savedSearchId } });
  if (res.count === 0) throw new AppError("NOT_FOUND", "Saved search not found.");
  return { deleted: true };
}
