// "Influencer"."listIds" mirrors ListMember (statement-level triggers in prisma/post-migrate/search.sql):
// it follows every add, remove and list deletion, in the same transaction, and the list filter of the
// roster search reads it — never across workspaces.
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createInfluencer } from "@/lib/influencers/crud";
import { addToList, createList, deleteList, removeFromList } from "@/lib/influencers/lists";
import { createInfluencerSchema } from "@/lib/influencers/schemas";
import { searchInfluencers } from "@/lib/influencers/search";

import { createWorkspaceWith } from "../fixtures/factories";

const uid = () => randomBytes(3).toString("hex");

async function roster(n: number) {
  const { workspace, owner } = await createWorkspaceWith();
  const ids: string[] = [];
  for (let k = 0; k < n; k++) {
    const input = createInfluencerSchema.parse({
      displayName: `Creator ${k} ${uid()}`,
      account: { platform: "instagram", handle: `creator_${k}_${uid()}`, followers: 12_000 + k },
    });
    ids.push((await createInfluencer({ workspaceId: workspace.id, userId: owner.id, input })).id);
  }
  return { workspaceId: workspace.id, userId: owner.id, ids };
}

async function listIdsOf(workspaceId: string, ids: string[]): Promise<Record<string, string[]>> {
  const rows = await db.influencer.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true, listIds: true } });
  return Object.fromEntries(rows.map((r) => [r.id, [...r.listIds].sort()]));
}

const inList = async (workspaceId: string, listIds: string[]) =>
  (await searchInfluencers({ workspaceId, filters: { listIds } })).rows.map((r) => r.id).sort();

describe("Influencer.listIds", () => {
  it("follows members added, re-added, removed, and the list's deletion", async () => {
    const { workspaceId, userId, ids } = await roster(3);
    const [a, b, c] = ids as [string, string, string];
    const spring = await createList({ workspaceId, userId, name: `Spring ${uid()}` });
    const fitness = await createList({ workspaceId, userId, name: `Fitness ${uid()}` });

    await addToList({ workspaceId, listId: spring.id, influencerIds: [a, b] });
    await addToList({ workspaceId, listId: fitness.id, influencerIds: [b, c] });
    // Adding an existing member again changes nothing (no duplicate id).
    expect((await addToList({ workspaceId, listId: spring.id, influencerIds: [a, b] })).added).toBe(0);
    expect(await listIdsOf(workspaceId, ids)).toEqual({
      [a]: [spring.id],
      [b]: [spring.id, fitness.id].sort(),
      [c]: [fitness.id],
    });
    expect(await inList(workspaceId, [spring.id])).toEqual([a, b].sort());
    expect(await inList(workspaceId, [spring.id, fitness.id])).toEqual([...ids].sort());

    await removeFromList({ workspaceId, listId: spring.id, influencerIds: [b] });
    expect(await listIdsOf(workspaceId, ids)).toEqual({ [a]: [spring.id], [b]: [fitness.id], [c]: [fitness.id] });
    expect(await inList(workspaceId, [spring.id])).toEqual([a]);

    // The members go by ON DELETE CASCADE; the trigger still sees them.
    await deleteList({ workspaceId, listId: fitness.id });
    expect(await listIdsOf(workspaceId, ids)).toEqual({ [a]: [spring.id], [b]: [], [c]: [] });
    expect(await inList(workspaceId, [fitness.id])).toEqual([]);
    expect(await db.listMember.count({ where: { workspaceId, listId: fitness.id } })).toBe(0);
  });

  it("rolls back with the transaction that wrote ListMember", async () => {
    const { workspaceId, userId, ids } = await roster(1);
    const list = await createList({ workspaceId, userId, name: `Rolled back ${uid()}` });
    await expect(
      db.$transaction(async (tx) => {
        await tx.listMember.create({ data: { workspaceId, listId: list.id, influencerId: ids[0]! } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await listIdsOf(workspaceId, ids)).toEqual({ [ids[0]!]: [] });
  });

  it("never matches another workspace's rows, even with its list id", async () => {
    const mine = await roster(1);
    const theirs = await roster(1);
    const theirList = await createList({ workspaceId: theirs.workspaceId, userId: theirs.userId, name: `Theirs ${uid()}` });
    await addToList({ workspaceId: theirs.workspaceId, listId: theirList.id, influencerIds: theirs.ids });

    expect(await inList(mine.workspaceId, [theirList.id])).toEqual([]);
    expect(await inList(theirs.workspaceId, [theirList.id])).toEqual(theirs.ids);
    // My list operations with their list id fail and leave their rows as they were.
    await expect(addToList({ workspaceId: mine.workspaceId, listId: theirList.id, influencerIds: mine.ids })).rejects.toThrow();
    await expect(deleteList({ workspaceId: mine.workspaceId, listId: theirList.id })).rejects.toThrow();
    expect(await listIdsOf(theirs.workspaceId, theirs.ids)).toEqual({ [theirs.ids[0]!]: [theirList.id] });
    expect(await listIdsOf(mine.workspaceId, mine.ids)).toEqual({ [mine.ids[0]!]: [] });
  });
});
