"use client";

// The result rows with selection, and the bulk actions on a selection: add to list, tag, export, delete.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { deleteInfluencersAction, tagInfluencersAction } from "@/app/(app)/actions/influencers";
import { addToListAction } from "@/app/(app)/actions/lists";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import type { SearchRow } from "@/lib/influencers/search";
import { PLATFORM_LABELS } from "@/lib/vocabulary";

import { EngagementRate, Followers, RiskBadge, TierBadge } from "./metrics";

export function ResultsTable({
  slug,
  rows,
  lists,
  canWrite,
}: {
  slug: string;
  rows: SearchRow[];
  lists: { id: string; name: string }[];
  canWrite: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [listId, setListId] = useState(lists[0]?.id ?? "");
  const [tags, setTags] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const addToList = useAction(addToListAction);
  const tag = useAction(tagInfluencersAction);
  const remove = useAction(deleteInfluencersAction);
  const ids = [...selected];
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const error = addToList.error ?? tag.error ?? remove.error;

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const done = (message: string) => {
    setNotice(message);
    router.refresh();
  };

  return (
    <div className="grid gap-3">
      {canWrite || rows.length ? (
        <div className="flex flex-wrap items-end gap-2 rounded-md border bg-muted/40 p-2 text-sm" aria-label="Bulk actions">
          <span className="px-1 font-medium" aria-live="polite">
            {selected.size ? `${selected.size} selected` : "Select influencers for bulk actions"}
          </span>
          {canWrite && lists.length > 0 ? (
            <span className="flex items-center gap-1">
              <label htmlFor="bulk-list" className="sr-only">
                List
              </label>
              <NativeSelect id="bulk-list" className="h-8 w-44" value={listId} onChange={(e) => setListId(e.target.value)}>
                {lists.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </NativeSelect>
              <Button
                size="sm"
                variant="outline"
                disabled={!selected.size || addToList.pending}
                onClick={() => addToList.run([slug, { listId, influencerIds: ids }], (d) => done(`Added ${d.added} to ${d.list.name}.`))}
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
                disabled={!selected.size || !tags.trim() || tag.pending}
                onClick={() => tag.run([slug, { influencerIds: ids, tags, mode: "add" }], (d) => done(`Tagged ${d.updated}.`))}
              >
                Tag
              </Button>
            </span>
          ) : null}
          <form method="post" action={`/api/w/${slug}/influencers/export`}>
            <input type="hidden" name="influencerIds" value={ids.join(",")} />
            <Button size="sm" variant="outline" type="submit" disabled={!selected.size}>
              Export CSV
            </Button>
          </form>
          {canWrite ? (
            <Button
              size="sm"
              variant="destructive"
              disabled={!selected.size || remove.pending}
              onClick={() => {
                if (window.confirm(`Delete ${selected.size} influencer(s) and their accounts? This cannot be undone.`)) {
                  remove.run([slug, { influencerIds: ids }], (d) => {
                    setSelected(new Set());
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
      {error ? <Alert tone="error">{error}</Alert> : notice ? <Alert tone="success">{notice}</Alert> : null}
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
                  onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
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
            {rows.map((r) => {
              const main = r.accounts[0];
              return (
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
                    <Link href={`/w/${slug}/influencers/${r.id}`} className="font-medium text-primary hover:underline">
                      {r.displayName}
                    </Link>
                    <div className="text-xs text-muted-foreground">
                      {main ? `${PLATFORM_LABELS[main.platform]} @${main.handle}` : "No accounts"}
                      {r.accounts.length > 1 ? ` +${r.accounts.length - 1}` : ""}
                      {r.country ? ` · ${r.country}` : ""}
                    </div>
                  </td>
                  <td className="p-2">
                    <TierBadge tier={r.tier} />
                  </td>
                  <td className="p-2 text-right tabular-nums">
                    <Followers value={r.followers} />
                  </td>
                  <td className="p-2 text-right tabular-nums">
                    <EngagementRate value={r.engagementRate} />
                  </td>
                  <td className="max-w-72 p-2">
                    <RiskBadge level={r.riskLevel} score={r.riskScore} />
                    {r.riskReasons[0] ? <p className="mt-1 line-clamp-2 text-xs text-muted-foreground">{r.riskReasons[0]}</p> : null}
                  </td>
                  <td className="p-2 text-xs text-muted-foreground">
                    {r.niches.slice(0, 3).join(", ")}
                    {r.tags.length ? <div className="mt-1 text-foreground">{r.tags.map((t) => `#${t}`).join(" ")}</div> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
