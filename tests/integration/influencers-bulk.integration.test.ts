// "Select all N matching": every bulk action on a whole search (more rows than a page) reaches every
// influencer the search matches — found again by the server from the search, batch by batch — and
// nothing outside the search or the workspace.
import { beforeEach, describe, expect, it } from "vitest";

import { countSearchAction, deleteSearchAction, tagSearchAction } from "@/app/(app)/actions/influencers";
import { addSearchToListAction } from "@/app/(app)/actions/lists";
import { POST as exportRoute } from "@/app/api/w/[workspaceSlug]/influencers/export/route";
import { db } from "@/lib/db";
import { addSearchToList, deleteSearch, tagSearch } from "@/lib/influencers/bulk";
import { insertInfluencers } from "@/lib/influencers/create";

import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const MATCHING = 120;
const OTHERS = 30;
const QUERY = "niche=vegan&tier=micro";

/** A workspace with 120 micro vegan creators (the search) and 30 that miss it by niche or tier. */
async function roster(label: string) {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ owner });
  await db.$transaction((tx) =>
    insertInfluencers(tx, workspace.id, [
      ...Array.from({ length: MATCHING }, (_, i) => ({
        displayName: `${label} Vegan ${i}`,
        niches: ["vegan"],
        accounts: [{ platform: "instagram" as const, handle: `${label.toLowerCase()}.vegan${i}`, followers: 20_000 + i }],
      })),
      ...Array.from({ length: OTHERS }, (_, i) => ({
        displayName: `${label} Other ${i}`,
        niches: [i % 2 ? "vegan" : "travel"],
        // Odd ones are vegan but nano: outside the search by tier.
        accounts: [{ platform: "tiktok" as const, handle: `${label.toLowerCase()}.other${i}`, followers: i % 2 ? 2_000 : 20_000 }],
      })),
    ]),
  );
  const list = await db.influencerList.create({ data: { workspaceId: workspace.id, name: `Picks ${label}` }, select: { id: true } });
  return { ...workspace, owner, listId: list.id };
}
type Roster = Awaited<ReturnType<typeof roster>>;

const tagged = (t: Roster, tag: string) =>
  db.influencer.findMany({ where: { workspaceId: t.id, tags: { has: tag } }, select: { displayName: true } });

let a: Roster;
let b: Roster;
beforeEach(async () => {
  a = await roster("A");
  b = await roster("B");
  actAs(a.owner);
});

describe("acting on a whole search of more than 50 rows", () => {
  it("counts every match, not the page", async () => {
    const res = await countSearchAction(a.slug, { query: QUERY });
    expect(res).toEqual({ ok: true, data: { total: MATCHING, overLimit: false } });
  });

  it("tags all of them batch by batch, and nothing outside the search or the workspace", async () => {
    let after: string | undefined;
    let batches = 0;
    let done = 0;
    do {
      const res = await tagSearch({ workspaceId: a.id, query: QUERY, tags: ["spring"], after, size: 50 });
      done += res.done;
      after = res.next ?? undefined;
      batches++;
    } while (after);
    expect(batches).toBe(3);
    expect(done).toBe(MATCHING);
    const names = (await tagged(a, "spring")).map((r) => r.displayName);
    expect(names).toHaveLength(MATCHING);
    expect(names.every((name) => name.startsWith("A Vegan"))).toBe(true);
    expect(await tagged(b, "spring")).toEqual([]);
  });

  it("through the action: one call per batch until `next` is null", async () => {
    const res = await tagSearchAction(a.slug, { query: QUERY, tags: "launch" });
    expect(res).toEqual({ ok: true, data: { done: MATCHING, next: null } });
    expect(await tagged(a, "launch")).toHaveLength(MATCHING);
    expect(await tagged(b, "launch")).toEqual([]);
  });

  it("adds all of them to a list, and refuses another workspace's list", async () => {
    const res = await addSearchToListAction(a.slug, { query: QUERY, listId: a.listId });
    expect(res.ok && res.data.done).toBe(MATCHING);
    expect(await db.listMember.count({ where: { workspaceId: a.id, listId: a.listId } })).toBe(MATCHING);
    const foreign = await addSearchToListAction(a.slug, { query: QUERY, listId: b.listId });
    expect(foreign.ok ? "OK" : foreign.error.code).toBe("NOT_FOUND");
    expect(await db.listMember.count({ where: { workspaceId: b.id } })).toBe(0);
    // Batches through the service, too.
    await db.listMember.deleteMany({ where: { workspaceId: a.id } });
    let after: string | undefined;
    do after = (await addSearchToList({ workspaceId: a.id, query: QUERY, listId: a.listId, after, size: 40 })).next ?? undefined;
    while (after);
    expect(await db.listMember.count({ where: { workspaceId: a.id, listId: a.listId } })).toBe(MATCHING);
  });

  it("deletes all of them and only them", async () => {
    let after: string | undefined;
    let deleted = 0;
    do {
      const res = await deleteSearch({ workspaceId: a.id, userId: a.owner.id, query: QUERY, after, size: 50 });
      deleted += res.done;
      after = res.next ?? undefined;
    } while (after);
    expect(deleted).toBe(MATCHING);
    expect(await db.influencer.count({ where: { workspaceId: a.id } })).toBe(OTHERS);
    expect(await db.influencer.count({ where: { workspaceId: b.id } })).toBe(MATCHING + OTHERS);
    const again = await deleteSearchAction(a.slug, { query: QUERY });
    expect(again).toEqual({ ok: true, data: { done: 0, next: null } });
  });

  it("exports the whole search without a selection", async () => {
    const form = new FormData();
    form.set("search", QUERY);
    const res = await exportRoute(new Request(`http://test/api/w/${a.slug}/influencers/export`, { method: "POST", body: form }), {
      params: Promise.resolve({ workspaceSlug: a.slug }),
    });
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines).toHaveLength(MATCHING + 1);
    expect(lines.slice(1).every((l) => l.startsWith("A Vegan"))).toBe(true);
  });

  it("a search naming another workspace's list reaches nothing, here or there", async () => {
    const query = `list=${b.listId}`;
    await db.listMember.create({
      data: {
        workspaceId: b.id,
        listId: b.listId,
        influencerId: (await db.influencer.findFirstOrThrow({ where: { workspaceId: b.id } })).id,
      },
    });
    expect(await countSearchAction(a.slug, { query })).toEqual({ ok: true, data: { total: 0, overLimit: false } });
    expect(await tagSearchAction(a.slug, { query, tags: "hacked" })).toEqual({ ok: true, data: { done: 0, next: null } });
    expect(await deleteSearchAction(a.slug, { query })).toEqual({ ok: true, data: { done: 0, next: null } });
    expect(await db.influencer.count({ where: { workspaceId: b.id } })).toBe(MATCHING + OTHERS);
    expect(await db.influencer.count({ where: { workspaceId: a.id } })).toBe(MATCHING + OTHERS);
    expect(await tagged(b, "hacked")).toEqual([]);
  });
});
