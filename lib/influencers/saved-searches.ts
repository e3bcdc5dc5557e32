/** Saved searches: a name and the search's URL query string, per user within a workspace. */

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { searchFromParams, searchToParams } from "./search-schema";

export async function listSavedSearches(workspaceId: string, userId: string) {
  return db.savedSearch.findMany({
    where: { workspaceId, userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, query: true },
  });
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
