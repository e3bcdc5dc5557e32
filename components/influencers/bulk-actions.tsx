"use client";

// The bulk actions over the roster's result rows: add to list, tag, export, delete — on the rows
// picked on this page, or on every influencer the search matches ("Select all N matching"), which
// the server finds again from the search itself and works through batch by batch. The rows and their
// checkboxes are rendered on the server (results-table.tsx); this island listens to the checkboxes'
// change events on the table, so the rows need no hydration and a box ticked before the page's
// JavaScript arrives still counts; it also routes a click on a row's name within the app.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

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

const n = (count: number) => count.toLocaleString("en-US");

type Batch = { done: number; next: string | null };

/** The row checkboxes of the table with id `tableId`, and its "select all on this page" box. */
const ROW_BOX = "input[data-row-select]";
const PAGE_BOX = "input[data-page-select]";

export function BulkActions({
  slug,
  tableId,
  pageSize,
  lists,
  canWrite,
  query,
  hasMore,
}: {
  slug: string;
  /** The id of the server-rendered results table whose checkboxes select rows. */
  tableId: string;
  /** Rows on this page. */
  pageSize: number;
  lists: { id: string; name: string }[];
  canWrite: boolean;
  /** The search as a URL query string, without the page position: what "all matching" acts on. */
  query: string;
  /** The search has more rows than this page. */
  hasMore: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const tableRef = useRef<HTMLElement | null>(null);
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
  const allSelected = pageSize > 0 && selected.size === pageSize;

  const boxes = useCallback(() => [...(tableRef.current?.querySelectorAll<HTMLInputElement>(ROW_BOX) ?? [])], []);
  /** Reads the selection from the checkboxes (the DOM is the source of truth for which rows are ticked). */
  const sync = useCallback(
    () =>
      setSelected(
        new Set(
          boxes()
            .filter((b) => b.checked)
            .map((b) => b.value),
        ),
      ),
    [boxes],
  );
  const setAll = useCallback(
    (checked: boolean) => {
      for (const b of boxes()) b.checked = checked;
      sync();
    },
    [boxes, sync],
  );

  useEffect(() => {
    const table = document.getElementById(tableId);
    tableRef.current = table;
    if (!table) return;
    const onChange = (e: Event) => {
      const target = e.target as HTMLElement;
      if (target.matches(PAGE_BOX)) setAll((target as HTMLInputElement).checked);
      else if (target.matches(ROW_BOX)) sync();
      else return;
      setAllMatching(null);
      setBulkError(null);
    };
    // A name in a row is a plain <a> (the rows are server-built HTML): a plain left click navigates
    // within the app, as next/link would (no prefetch, as before); a modified click, a middle click
    // or a click before this island hydrated is the browser's own.
    const onClick = (e: MouseEvent) => {
      const a = (e.target as HTMLElement).closest?.("a");
      const href = a?.getAttribute("href");
      if (!a || !href?.startsWith("/") || !table.contains(a) || a.target || a.hasAttribute("download")) return;
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      router.push(href);
    };
    table.addEventListener("change", onChange);
    table.addEventListener("click", onClick);
    // Rows come and go with a refresh (after a delete); boxes ticked before hydration count too.
    const observer = new MutationObserver(sync);
    observer.observe(table, { childList: true, subtree: true });
    const frame = requestAnimationFrame(sync);
    return () => {
      cancelAnimationFrame(frame);
      table.removeEventListener("change", onChange);
      table.removeEventListener("click", onClick);
      observer.disconnect();
    };
  }, [tableId, setAll, sync, router]);

  // The header box mirrors the rows: ticked when all are, "mixed" when some are.
  useEffect(() => {
    const page = tableRef.current?.querySelector<HTMLInputElement>(PAGE_BOX);
    if (!page) return;
    page.checked = allSelected;
    page.indeterminate = selected.size > 0 && !allSelected;
  }, [allSelected, selected]);
  const error = bulkError ?? addToList.error ?? tag.error ?? remove.error ?? count.error;
  const busy = progress !== null || addToList.pending || tag.pending || remove.pending;
  const howMany = allMatching ?? selected.size;

  const clear = () => {
    setAll(false);
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
        setAll(true);
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
      {canWrite || pageSize ? (
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
            <Button size="sm" variant="outline" type="submit" disabled={busy || pageSize === 0}>
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
              All {pageSize} on this page are selected.{" "}
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
    </div>
  );
}
