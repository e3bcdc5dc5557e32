"use client";

// Saved searches: links to earlier searches, and "save this one".
import { useRouter } from "next/navigation";
import { useState } from "react";

import { deleteSavedSearchAction, saveSearchAction } from "@/app/(app)/actions/influencers";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { useAction } from "@/components/workspaces/use-action";

export function SavedSearches({
  slug,
  query,
  saved,
}: {
  slug: string;
  query: string;
  saved: { id: string; name: string; query: string }[];
}) {
  const router = useRouter();
  const [name, setName] = useState("");
  const save = useAction(saveSearchAction);
  const remove = useAction(deleteSavedSearchAction);
  const base = `/w/${slug}/influencers`;
  return (
    <section aria-labelledby="saved-h" className="grid gap-2 text-sm">
      <h2 id="saved-h" className="font-medium">
        Saved searches
      </h2>
      {saved.length === 0 ? <p className="text-xs text-muted-foreground">None yet.</p> : null}
      <ul className="grid gap-1">
        {saved.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-2">
            <IntentLink href={s.query ? `${base}?${s.query}` : base} className="truncate text-primary hover:underline">
              {s.name}
            </IntentLink>
            <button
              type="button"
              className="text-xs text-muted-foreground hover:text-destructive"
              aria-label={`Delete saved search ${s.name}`}
              onClick={() => remove.run([slug, { savedSearchId: s.id }], () => router.refresh())}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        method="post"
        className="flex gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          save.run([slug, { name, query }], () => {
            setName("");
            router.refresh();
          });
        }}
      >
        <label htmlFor="save-search-name" className="sr-only">
          Name for this search
        </label>
        <Input
          id="save-search-name"
          className="h-8"
          placeholder="Name this search"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button size="sm" variant="outline" type="submit" disabled={!name.trim() || save.pending}>
          Save
        </Button>
      </form>
      {save.error ? <p className="text-xs text-destructive">{save.error}</p> : null}
    </section>
  );
}
