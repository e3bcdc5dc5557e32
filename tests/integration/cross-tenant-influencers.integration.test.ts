// Cross-tenant suite for the roster (issue 5): every route and action of influencers, lists,
// imports and saved searches, called as the owner of workspace A
//   - with B's slug → NOT_FOUND (404) and nothing changes;
//   - with A's slug and B's ids → NOT_FOUND (or, for ids that only filter a read, A's rows only);
//   - with A's slug and A's ids (control) → works, and nothing of B appears in the answer.
import { randomBytes } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { rememberedMappingAction } from "@/app/(app)/actions/imports";
import {
  addAccountAction,
  createInfluencerAction,
  deleteInfluencersAction,
  deleteSavedSearchAction,
  removeAccountAction,
  saveSearchAction,
  tagInfluencersAction,
  updateInfluencerAction,
} from "@/app/(app)/actions/influencers";
import { addToListAction, createListAction, deleteListAction, removeFromListAction, renameListAction } from "@/app/(app)/actions/lists";
import { GET as getFailedRows } from "@/app/api/w/[workspaceSlug]/imports/[importId]/failed-rows/route";
import { GET as getImportRoute } from "@/app/api/w/[workspaceSlug]/imports/[importId]/route";
import { GET as listImportsRoute, POST as uploadImport } from "@/app/api/w/[workspaceSlug]/imports/route";
import { POST as exportInfluencers } from "@/app/api/w/[workspaceSlug]/influencers/export/route";
import { GET as searchRoute } from "@/app/api/w/[workspaceSlug]/influencers/route";
import type { ActionResult } from "@/lib/auth/workspace-action";
import { db } from "@/lib/db";
import { createInfluencer } from "@/lib/influencers/influencers";
import { createInfluencerSchema } from "@/lib/influencers/schemas";

import { createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

const uid = () => randomBytes(3).toString("hex");

async function tenant(label: string) {
  const { workspace, owner } = await createWorkspaceWith({ name: `Tenant ${label}` });
  const user = await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { id: true, email: true, name: true } });
  const input = createInfluencerSchema.parse({
    displayName: `Secret ${label} ${uid()}`,
    tags: "x",
    account: { platform: "instagram", handle: `secret_${label.toLowerCase()}_${uid()}`, followers: 12000 },
  });
  const { id: influencerId } = await createInfluencer({ workspaceId: workspace.id, userId: user.id, input });
  const account = await db.socialAccount.findFirstOrThrow({ where: { workspaceId: workspace.id, influencerId }, select: { id: true } });
  const list = await db.influencerList.create({
    data: { workspaceId: workspace.id, name: `List ${label} ${uid()}` },
    select: { id: true },
  });
  await db.listMember.create({ data: { workspaceId: workspace.id, listId: list.id, influencerId } });
  const saved = await db.savedSearch.create({
    data: { workspaceId: workspace.id, userId: user.id, name: `Saved ${label}`, query: "tier=micro" },
    select: { id: true },
  });
  const job = await db.importJob.create({
    data: {
      workspaceId: workspace.id,
      createdById: user.id,
      fileName: `secret-${label}.csv`,
      status: "completed",
      mapping: {},
      failedRowsCsv: `line,error\r\n2,secret ${label}\r\n`,
    },
    select: { id: true },
  });
  return {
    ...workspace,
    user,
    influencerId,
    accountId: account.id,
    listId: list.id,
    savedId: saved.id,
    importId: job.id,
    handle: input.account.handle,
    name: input.displayName,
  };
}
type T = Awaited<ReturnType<typeof tenant>>;

async function snapshot(t: T) {
  return Promise.all([
    db.influencer.findMany({
      where: { workspaceId: t.id },
      select: { id: true, displayName: true, tags: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
    db.socialAccount.findMany({
      where: { workspaceId: t.id },
      select: { id: true, handle: true, followers: true },
      orderBy: { id: "asc" },
    }),
    db.influencerList.findMany({ where: { workspaceId: t.id }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.listMember.count({ where: { workspaceId: t.id } }),
    db.savedSearch.count({ where: { workspaceId: t.id } }),
    db.importJob.count({ where: { workspaceId: t.id } }),
  ]);
}

type Outcome = { code: string; status: number; text: string };
const fromAction = (r: ActionResult<unknown>): Outcome =>
  r.ok ? { code: "OK", status: 200, text: JSON.stringify(r.data) } : { code: r.error.code, status: 0, text: JSON.stringify(r.error) };
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function route(h: unknown, slug: string, path: string, init?: RequestInit, extra: Record<string, string> = {}): Promise<Outcome> {
  const res = await (h as Handler)(new Request(`http://test/api/w/${slug}${path}`, init), {
    params: Promise.resolve({ workspaceSlug: slug, ...extra }),
  });
  const text = await res.text();
  let code = res.ok ? "OK" : `HTTP_${res.status}`;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? code;
  } catch {
    /* CSV */
  }
  return { code, status: res.status, text };
}
function upload(): FormData {
  const f = new FormData();
  f.set("file", new Blob([`handle,platform,followers\nnew_${uid()},instagram,1500\n`], { type: "text/csv" }), "x.csv");
  f.set("mapping", JSON.stringify({ handle: "handle", platform: "platform", followers: "followers" }));
  return f;
}

type Case = { covers: string; foreignIds: false | "NOT_FOUND" | "OK_WITHOUT_LEAK"; call: (slug: string, ids: T) => Promise<Outcome> };
const CASES: Case[] = [
  {
    covers: "app/api/w/[workspaceSlug]/influencers/route.ts GET",
    foreignIds: "OK_WITHOUT_LEAK",
    call: (s, t) => route(searchRoute, s, `/influencers?list=${t.listId}`),
  },
  {
    covers: "app/api/w/[workspaceSlug]/influencers/export/route.ts POST",
    foreignIds: "NOT_FOUND",
    call: (s, t) =>
      route(exportInfluencers, s, "/influencers/export", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ influencerIds: [t.influencerId] }),
      }),
  },
  { covers: "app/api/w/[workspaceSlug]/imports/route.ts GET", foreignIds: false, call: (s) => route(listImportsRoute, s, "/imports") },
  {
    covers: "app/api/w/[workspaceSlug]/imports/route.ts POST",
    foreignIds: false,
    call: (s) => route(uploadImport, s, "/imports", { method: "POST", body: upload() }),
  },
  {
    covers: "app/api/w/[workspaceSlug]/imports/[importId]/route.ts GET",
    foreignIds: "NOT_FOUND",
    call: (s, t) => route(getImportRoute, s, `/imports/${t.importId}`, undefined, { importId: t.importId }),
  },
  {
    covers: "app/api/w/[workspaceSlug]/imports/[importId]/failed-rows/route.ts GET",
    foreignIds: "NOT_FOUND",
    call: (s, t) => route(getFailedRows, s, `/imports/${t.importId}/failed-rows`, undefined, { importId: t.importId }),
  },
  {
    covers: "app/(app)/actions/influencers.ts#createInfluencerAction",
    foreignIds: false,
    call: async (s) =>
      fromAction(
        await createInfluencerAction(s, { displayName: "New", account: { platform: "tiktok", handle: `n_${uid()}`, followers: 100 } }),
      ),
  },
  {
    covers: "app/(app)/actions/influencers.ts#updateInfluencerAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await updateInfluencerAction(s, { influencerId: t.influencerId, displayName: "Renamed" })),
  },
  {
    covers: "app/(app)/actions/influencers.ts#addAccountAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) =>
      fromAction(
        await addAccountAction(s, { influencerId: t.influencerId, account: { platform: "youtube", handle: `y_${uid()}`, followers: 10 } }),
      ),
  },
  {
    covers: "app/(app)/actions/influencers.ts#removeAccountAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await removeAccountAction(s, { influencerId: t.influencerId, accountId: t.accountId })),
  },
  {
    covers: "app/(app)/actions/influencers.ts#tagInfluencersAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await tagInfluencersAction(s, { influencerIds: [t.influencerId], tags: "hacked" })),
  },
  {
    covers: "app/(app)/actions/influencers.ts#deleteInfluencersAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await deleteInfluencersAction(s, { influencerIds: [t.influencerId] })),
  },
  {
    covers: "app/(app)/actions/influencers.ts#saveSearchAction",
    foreignIds: false,
    call: async (s) => fromAction(await saveSearchAction(s, { name: "Mine", query: "tier=micro" })),
  },
  {
    covers: "app/(app)/actions/influencers.ts#deleteSavedSearchAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await deleteSavedSearchAction(s, { savedSearchId: t.savedId })),
  },
  {
    covers: "app/(app)/actions/lists.ts#createListAction",
    foreignIds: false,
    call: async (s) => fromAction(await createListAction(s, { name: `L ${uid()}` })),
  },
  {
    covers: "app/(app)/actions/lists.ts#renameListAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await renameListAction(s, { listId: t.listId, name: `R ${uid()}` })),
  },
  {
    covers: "app/(app)/actions/lists.ts#deleteListAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await deleteListAction(s, { listId: t.listId })),
  },
  {
    covers: "app/(app)/actions/lists.ts#addToListAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await addToListAction(s, { listId: t.listId, influencerIds: [t.influencerId] })),
  },
  {
    covers: "app/(app)/actions/lists.ts#removeFromListAction",
    foreignIds: "NOT_FOUND",
    call: async (s, t) => fromAction(await removeFromListAction(s, { listId: t.listId, influencerIds: [t.influencerId] })),
  },
  {
    covers: "app/(app)/actions/imports.ts#rememberedMappingAction",
    foreignIds: false,
    call: async (s) => fromAction(await rememberedMappingAction(s, { headers: ["handle", "followers"] })),
  },
];

let a: T;
let b: T;
beforeEach(async () => {
  a = await tenant("A");
  b = await tenant("B");
  actAs(a.user);
});

const secrets = (t: T) => [
  t.id,
  t.slug,
  t.influencerId,
  t.accountId,
  t.listId,
  t.savedId,
  t.importId,
  t.handle,
  t.name,
  `secret-${t.name}`,
];
function expectNoLeak(o: Outcome, t: T) {
  for (const s of secrets(t)) expect(o.text, `mentions ${s}`).not.toContain(s);
}

describe.each(CASES)("$covers", (c) => {
  it("control: A's slug and A's ids work and leak nothing of B", async () => {
    const o = await c.call(a.slug, a);
    expect(o.code, o.text).toBe("OK");
    expectNoLeak(o, b);
  });
  it("B's slug → NOT_FOUND; A and B unchanged", async () => {
    const before = await Promise.all([snapshot(a), snapshot(b)]);
    const o = await c.call(b.slug, b);
    expect(o.code).toBe("NOT_FOUND");
    if (o.status) expect(o.status).toBe(404);
    expectNoLeak(o, b);
    expect(await Promise.all([snapshot(a), snapshot(b)])).toEqual(before);
  });
  if (c.foreignIds)
    it(`A's slug with B's ids → ${c.foreignIds}; B unchanged`, async () => {
      const beforeB = await snapshot(b);
      const o = await c.call(a.slug, b);
      expect(o.code).toBe(c.foreignIds === "NOT_FOUND" ? "NOT_FOUND" : "OK");
      expectNoLeak(o, b);
      expect(await snapshot(b)).toEqual(beforeB);
    });
  it("signed out → UNAUTHORIZED", async () => {
    actAs(null);
    expect((await c.call(a.slug, a)).code).toBe("UNAUTHORIZED");
  });
});
