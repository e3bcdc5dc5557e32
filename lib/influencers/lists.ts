/** Shortlists ("Spring launch – skincare"): create, rename, delete, add and remove members. */

import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

function duplicateName(e: unknown): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
    throw new AppError("CONFLICT", "A list with this name already exists.", {
      fieldErrors: { name: ["A list with this name already exists"] },
    });
  }
  throw e;
}

/** The workspace's lists by name, with their sizes. Raw: the roster page reads it on every view (README "Development notes"). */
export async function listLists(
  workspaceId: string,
): Promise<{ id: string; name: string; description: string | null; createdAt: Date; memberCount: number }[]> {
  return db.$queryRaw`
    SELECT l."id", l."name", l."description", l."createdAt",
      (SELECT count(*)::int FROM "ListMember" m WHERE m."workspaceId" = l."workspaceId" AND m."listId" = l."id") AS "memberCount"
    FROM "InfluencerList" l
    WHERE l."workspaceId" = ${workspaceId}
    ORDER BY l."name", l."id"`;
}

export async function createList(opts: { workspaceId: string; userId: string; name: string; description?: string }) {
  return db.influencerList
    .create({
      data: { workspaceId: opts.workspaceId, name: opts.name, description: opts.description ?? null, createdById: opts.userId },
      select: { id: true, name: true },
    })
    .catch(duplicateName);
}

export async function renameList(opts: { workspaceId: string; listId: string; name: string; description?: string }) {
  const res = await db.influencerList
    .updateMany({
      where: { workspaceId: opts.workspaceId, id: opts.listId },
      data: { name: opts.name, description: opts.description ?? null },
    })
    .catch(duplicateName);
  if (res.count === 0) throw new AppError("NOT_FOUND", "List not found.");
  return { id: opts.listId };
}

export async function deleteList(opts: { workspaceId: string; listId: string }) {
  const res = await db.influencerList.deleteMany({ where: { workspaceId: opts.workspaceId, id: opts.listId } });
  if (res.count === 0) throw new AppError("NOT_FOUND", "List not found.");
  return { deleted: true };
}

async function requireList(workspaceId: string, listId: string) {
  const list = await db.influencerList.findUnique({
    where: { workspaceId_id: { workspaceId, id: listId } },
    select: { id: true, name: true },
  });
  if (!list) throw new AppError("NOT_FOUND", "List not found.");
  return list;
}

/** Adds the selection (only this workspace's influencers) to a list; already-members are skipped. */
export async function addToList(opts: { workspaceId: string; listId: string; influencerIds: string[] }) {
  const list = await requireList(opts.workspaceId, opts.listId);
  const own = await db.influencer.findMany({
    where: { workspaceId: opts.workspaceId, id: { in: opts.influencerIds } },
    select: { id: true },
  });
  if (own.length === 0) throw new AppError("NOT_FOUND", "None of the selected influencers were found.");
  const res = await db.listMember.createMany({
    data: own.map((i) => ({ workspaceId: opts.workspaceId, listId: list.id, influencerId: i.id })),
    skipDuplicates: true,
  });
  return { added: res.count, list };
}

export async function removeFromList(opts: { workspaceId: string; listId: string; influencerIds: string[] }) {
  await requireList(opts.workspaceId, opts.listId);
  const res = await db.listMember.deleteMany({
    where: { workspaceId: opts.workspaceId, listId: opts.listId, influencerId: { in: opts.influencerIds } },
  });
  return { removed: res.count };
}
