"use client";

// The result rows with selection, and the bulk actions: add to list, tag, export, delete — on the
// rows picked on this page, or on every influencer the search matches ("Select all N matching"),
// which the server finds again from the search itself and works through batch by batch.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import {
  countSearchAction,
  deleteInfluencersAction,
  deleteSearchAction,
  tagInfluencersAction,
  tagSearchAction,
} from "@/app/(app)/actions/influencers";
import { addSearchToListAction, addToListAction } from "@/app/(app)/actions/lists";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import type { ActionResult } from "@/lib/auth/workspace-action";

import { erText, Followers, RiskBadge, TierBadge } from "./metrics";
import type { RosterRow } from "./roster-row";

const n = (count: number) => count.toLocaleString("en-US");

type Batch = { done: number; next: string | null };

export function ResultsTable({
  slug,
  rows,
  lists,
  canWrite,
  query,
  hasMore,
}: {
  slug: string;
  rows: RosterRow[];
  lists: { id: string; name: string }[];
  canWrite: boolean;
  /** The search as a URL query string, without the page position: what "all matching" acts on. */
  query: string;
  /** The search has more rows than this page. */
  hasMore: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  /** Set when every influencer matching the search is selected, with their number. */
  const [allMatching, setAllMatching] = useState<number | null>(null);
  const [listId, setListId] = useState(lists[0]?.id ?? "");
  const [tags, setTags] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const addToList = useAction(addToListAction);
  const tag = useAction(tagInfluencersAction);
  const remove = useAction(deleteInfluencersAction);
  const count = useAction(countSearchAction);
  const ids = [...selected];
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const error = bulkError ?? addToList.error ?? tag.error ?? remove.error ?? count.error;
  const busy = progress !== null || addToList.pending || tag.pending || remove.pending;
  const howMany = allMatching ?? selected.size;

  const toggle = (id: string) => {
    setAllMatching(null);
    setBulkError(null);
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const clear = () => {
    setSelected(new Set());
    setAllMatching(null);
    setBulkError(null);
  };
  const done = (message: string) => {
    setNotice(message);
    router.refresh();
  };
  const selectAllMatching = () =>
    count.run([slug, { query }], (d) => {
      if (d.overLimit) setBulkError(`This search matches more than ${n(d.total)} influencers; narrow it to act on all of them.`);
      else {
        setSelected(new Set(rows.map((r) => r.id)));
        setAllMatching(d.total);
      }
    });

  /** Runs a bulk action on the whole search, batch by batch, showing progress; how many it changed, or null on an error. */
  async function onWholeSearch(label: string, step: (after: string | undefined) => Promise<ActionResult<Batch>>): Promise<number | null> {
    const total = allMatching ?? 0;
    setNotice(null);
    setBulkError(null);
    setProgress({ label, done: 0, total });
    let processed = 0;
    let after: string | undefined;
    try {
      for (;;) {
        const res = await step(after);
        if (!res.ok) {
          setBulkError(processed ? `${res.error.message} (${n(processed)} done before this.)` : res.error.message);
          return null;
        }
        processed += res.data.done;
        setProgress({ label, done: Math.min(processed, total), total });
        if (!res.data.next) return processed;
        after = res.data.next;
      }
    } finally {
      setProgress(null);
    }
  }

  async function addAllToList() {
    const list = lists.find((l) => l.id === listId);
    if (!window.confirm(`Add all ${n(howMany)} influencers matching this search to “${list?.name ?? "the list"}”?`)) return;
    const added = await onWholeSearch("Adding to the list", (after) => addSearchToListAction(slug, { query, listId, after }));
    if (added !== null) done(`Added ${n(added)} to ${list?.name ?? "the list"}.`);
  }
  async function tagAll() {
    if (!window.confirm(`Tag all ${n(howMany)} influencers matching this search with “${tags.trim()}”?`)) return;
    const tagged = await onWholeSearch("Tagging", (after) => tagSearchAction(slug, { query, tags, after }));
    if (tagged !== null) done(`Tagged ${n(tagged)}.`);
  }
  async function deleteAll() {
    if (!window.confirm(`Delete all ${n(howMany)} influencers matching this search, and their accounts? This cannot be undone.`)) return;
    const deleted = await onWholeSearch("Deleting", (after) => deleteSearchAction(slug, { query, after }));
    if (deleted !== null) {
      clear();
      done(`Deleted ${n(deleted)}.`);
    }
  }

  return (
    <div className="grid gap-3">
      {canWrite || rows.length ? (
        <div className="flex flex-wrap items-end gap-2 rounded-md border bg-muted/40 p-2 text-sm" aria-label="Bulk actions">
          <span className="px-1 font-medium" aria-live="polite">
            {allMatching !== null
              ? `All ${n(allMatching)} matching selected`
              : selected.size
                ? `${selected.size} selected`
                : "Select influencers for bulk actions"}
          </span>
          {canWrite && lists.length > 0 ? (
            <span className="flex items-center gap-1">
              <label htmlFor="bulk-list" className="sr-only">
                List
              </label>
              <NativeSelect id="bulk-list" className="h-8 w-44 max-w-[45vw]" value={listId} onChange={(e) => setListId(e.target.value)}>
                {lists.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </NativeSelect>
              <Button
                size="sm"
                variant="outline"
                disabled={!howMany || busy}
                onClick={() =>
                  allMatching !== null
                    ? void addAllToList()
                    : addToList.run([slug, { listId, influencerIds: ids }], (d) => done(`Added ${d.added} to ${d.list.name}.`))
                }
              >
                Add to list
              </Button>
            </span>
          ) : null}
          {canWrite ? (
            <span className="flex items-center gap-1">
              <label htmlFor="bulk-tags" className="sr-only">
                Tags to add
              </label>
              <Input id="bulk-tags" className="h-8 w-36" placeholder="tag, tag" value={tags} onChange={(e) => setTags(e.target.value)} />
              <Button
                size="sm"
                variant="outline"
                disabled={!howMany || !tags.trim() || busy}
                onClick={() =>
                  allMatching !== null
                    ? void tagAll()
                    : tag.run([slug, { influencerIds: ids, tags, mode: "add" }], (d) => done(`Tagged ${d.updated}.`))
                }
              >
                Tag
              </Button>
            </span>
          ) : null}
          <form method="post" action={`/api/w/${slug}/influencers/export`}>
            {allMatching !== null || !selected.size ? (
              <input type="hidden" name="search" value={query} />
            ) : (
              <input type="hidden" name="influencerIds" value={ids.join(",")} />
            )}
            <Button size="sm" variant="outline" type="submit" disabled={busy || rows.length === 0}>
              {selected.size && allMatching === null ? "Export CSV" : "Export all matching"}
            </Button>
          </form>
          {canWrite ? (
            <Button
              size="sm"
              variant="destructive"
              disabled={!howMany || busy}
              onClick={() => {
                if (allMatching !== null) return void deleteAll();
                if (window.confirm(`Delete ${selected.size} influencer(s) and their accounts? This cannot be undone.`)) {
                  remove.run([slug, { influencerIds: ids }], (d) => {
                    clear();
                    done(`Deleted ${d.deleted}.`);
                  });
                }
              }}
            >
              Delete
            </Button>
          ) : null}
        </div>
      ) : null}
      {allSelected && hasMore ? (
        <p className="rounded-md border px-3 py-2 text-sm" data-testid="select-all-matching">
          {allMatching !== null ? (
            <>
              All {n(allMatching)} influencers matching this search are selected.{" "}
              <button type="button" className="font-medium text-primary underline" onClick={clear}>
                Clear the selection
              </button>
            </>
          ) : (
            <>
              All {rows.length} on this page are selected.{" "}
              <button type="button" className="font-medium text-primary underline" disabled={count.pending} onClick={selectAllMatching}>
                {count.pending ? "Counting…" : "Select all matching this search"}
              </button>
            </>
          )}
        </p>
      ) : null}
      {progress ? (
        <div className="grid gap-1 text-sm" role="status" aria-live="polite">
          <span>
            {progress.label}… {n(progress.done)} of {n(progress.total)}
          </span>
          <progress className="h-2 w-full accent-primary" value={progress.done} max={Math.max(progress.total, 1)} />
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : notice ? <Alert tone="success">{notice}</Alert> : null}
      {/* relative: the sr-only texts in the rows are absolutely positioned and would otherwise escape the scroller and widen the page. */}
      <div className="relative overflow-x-auto rounded-lg border" tabIndex={0} role="region" aria-label="Search results">
        <table className="w-full min-w-[760px] text-sm">
          <caption className="sr-only">Influencers matching the search</caption>
          <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="w-10 p-2">
                <input
                  type="checkbox"
                  aria-label="Select all on this page"
                  className="size-4 accent-primary"
                  checked={allSelected}
                  onChange={() => (allSelected ? clear() : setSelected(new Set(rows.map((r) => r.id))))}
                />
              </th>
              <th scope="col" className="p-2">
                Influencer
              </th>
              <th scope="col" className="p-2">
                Tier
              </th>
              <th scope="col" className="p-2 text-right">
                Followers
              </th>
              <th scope="col" className="p-2 text-right">
                <abbr title="Engagement rate by followers: (average likes + average comments) ÷ followers × 100, or the rate given on import">
                  ER
                </abbr>
                <span className="sr-only"> (engagement rate by followers)</span>
              </th>
              <th scope="col" className="p-2">
                Authenticity risk
              </th>
              <th scope="col" className="p-2">
                Niches
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t align-top hover:bg-muted/30">
                <td className="p-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${r.displayName}`}
                    className="size-4 accent-primary"
                    checked={selected.has(r.id)}
                    onChange={() => toggle(r.id)}
                  />
                </td>
                <td className="p-2">
                  <Link href={`/w/${slug}/influencers/${r.id}`} prefetch={false} className="font-medium text-primary hover:underline">
                    {r.displayName}
                  </Link>
                  <div className="text-xs text-muted-foreground">{r.subtitle}</div>
                </td>
                <td className="p-2">
                  <TierBadge tier={r.tier} />
                </td>
                <td className="p-2 text-right tabular-nums">
                  <Followers value={r.followers} />
                </td>
                {/* The column header defines ER once; each cell is the number alone. */}
                <td className="p-2 text-right tabular-nums">{erText(r.engagementRate)}</td>
                <td className="max-w-72 p-2">
                  <RiskBadge level={r.riskLevel} score={r.riskScore} />
                  {r.riskReason ? <p className="mt-1 line-clamp-2 text-xs text-muted-foreground">{r.riskReason}</p> : null}
                </td>
                <td className="p-2 text-xs text-muted-foreground">
                  {r.niches}
                  {r.tags.length ? <div className="mt-1 text-foreground">{r.tags.map((t) => `#${t}`).join(" ")}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
