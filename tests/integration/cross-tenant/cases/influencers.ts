// Cross-tenant cases: the roster — influencers, accounts, lists, saved searches, CSV imports and
// export — and its pages. One row per route method, server action and page; see ../harness.ts.
import { randomBytes } from "node:crypto";

import { action, page, route, type CrossTenantCase } from "../harness";

const uid = () => randomBytes(3).toString("hex");
const API = "app/api/w/[workspaceSlug]";
const ACTIONS = "app/(app)/actions";
const PAGES = "app/(app)/w/[workspaceSlug]/influencers";

function upload(): FormData {
  const f = new FormData();
  f.set("file", new Blob([`handle,platform,followers\nnew_${uid()},instagram,1500\n`], { type: "text/csv" }), "x.csv");
  f.set("mapping", JSON.stringify({ handle: "handle", platform: "platform", followers: "followers" }));
  return f;
}
const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

export const cases: CrossTenantCase[] = [
  // A list id only filters the search: another tenant's list gives A's (empty) result, never B's rows.
  route(`${API}/influencers/route.ts GET`, (t) => ({ query: `?list=${t.listId}` }), { needsIds: "OK_WITHOUT_LEAK" }),
  route(`${API}/influencers/export/route.ts POST`, (t) => ({ init: json({ influencerIds: [t.influencerId] }) })),
  // A whole search whose list filter names the tenant's list: B's list in A matches nothing (NOT_FOUND: nothing to export).
  route(`${API}/influencers/export/route.ts POST (search)`, (t) => ({ init: json({ search: `list=${t.listId}` }) })),
  route(`${API}/imports/route.ts GET`),
  route(`${API}/imports/route.ts POST`, () => ({ init: { method: "POST", body: upload() } })),
  route(`${API}/imports/[importId]/route.ts GET`, (t) => ({ params: { importId: t.importId } })),
  route(`${API}/imports/[importId]/failed-rows/route.ts GET`, (t) => ({ params: { importId: t.importId } })),

  action(`${ACTIONS}/influencers.ts#createInfluencerAction`, () => ({
    displayName: "New",
    account: { platform: "tiktok", handle: `n_${uid()}`, followers: 100 },
  })),
  action(`${ACTIONS}/influencers.ts#updateInfluencerAction`, (t) => ({ influencerId: t.influencerId, displayName: "Renamed" })),
  action(`${ACTIONS}/influencers.ts#addAccountAction`, (t) => ({
    influencerId: t.influencerId,
    account: { platform: "youtube", handle: `y_${uid()}`, followers: 10 },
  })),
  action(`${ACTIONS}/influencers.ts#removeAccountAction`, (t) => ({ influencerId: t.influencerId, accountId: t.accountId })),
  action(`${ACTIONS}/influencers.ts#tagInfluencersAction`, (t) => ({ influencerIds: [t.influencerId], tags: "hacked" })),
  action(`${ACTIONS}/influencers.ts#deleteInfluencersAction`, (t) => ({ influencerIds: [t.influencerId] })),
  // Bulk actions on a whole search: the server finds the rows from the filters, inside the caller's workspace only;
  // a search naming B's list finds nothing in A and touches nothing in B.
  action(`${ACTIONS}/influencers.ts#countSearchAction`, (t) => ({ query: `list=${t.listId}` }), { needsIds: "OK_WITHOUT_LEAK" }),
  action(`${ACTIONS}/influencers.ts#tagSearchAction`, (t) => ({ query: `list=${t.listId}`, tags: "hacked" }), {
    needsIds: "OK_WITHOUT_LEAK",
  }),
  action(`${ACTIONS}/influencers.ts#deleteSearchAction`, (t) => ({ query: `list=${t.listId}` }), { needsIds: "OK_WITHOUT_LEAK" }),
  action(`${ACTIONS}/influencers.ts#saveSearchAction`, () => ({ name: "Mine", query: "tier=micro" })),
  action(`${ACTIONS}/influencers.ts#deleteSavedSearchAction`, (t) => ({ savedSearchId: t.savedSearchId })),
  action(`${ACTIONS}/lists.ts#createListAction`, () => ({ name: `L ${uid()}` })),
  action(`${ACTIONS}/lists.ts#renameListAction`, (t) => ({ listId: t.listId, name: `R ${uid()}` })),
  action(`${ACTIONS}/lists.ts#deleteListAction`, (t) => ({ listId: t.listId })),
  action(`${ACTIONS}/lists.ts#addToListAction`, (t) => ({ listId: t.listId, influencerIds: [t.influencerId] })),
  action(`${ACTIONS}/lists.ts#addToListAction (A's list, B's influencer)`, (t, own) => ({
    listId: own.listId,
    influencerIds: [t.inf.id],
  })),
  action(`${ACTIONS}/lists.ts#addSearchToListAction`, (t) => ({ query: `list=${t.listId}`, listId: t.listId })),
  action(
    `${ACTIONS}/lists.ts#addSearchToListAction (A's list, a search naming B's list)`,
    (t, own) => ({
      query: `list=${t.listId}`,
      listId: own.listId,
    }),
    { needsIds: "OK_WITHOUT_LEAK" },
  ),
  action(`${ACTIONS}/lists.ts#removeFromListAction`, (t) => ({ listId: t.listId, influencerIds: [t.influencerId] })),
  action(`${ACTIONS}/imports.ts#rememberedMappingAction`, () => ({ headers: ["handle", "followers"] })),

  page(`${PAGES}/page.tsx`),
  page(`${PAGES}/page.tsx (list filter)`, (t) => ({ searchParams: { list: t.listId } }), { needsIds: "OK_WITHOUT_LEAK" }),
  page(`${PAGES}/[influencerId]/page.tsx`, (t) => ({ params: { influencerId: t.influencerId } })),
  page(`${PAGES}/new/page.tsx`),
  page(`${PAGES}/import/page.tsx`),
  page(`${PAGES}/lists/page.tsx`),
];
