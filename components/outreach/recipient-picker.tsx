"use client";

import { useMemo, useState } from "react";

import { Input } from "@/components/ui/input";
import { formatCount } from "@/lib/metrics/format";
import type { ComposeCandidate } from "@/lib/outreach/messages";
import { STAGE_LABELS } from "@/lib/outreach/stages";

/** Pick influencers from the roster: a filterable checkbox list. Those without an email or who opted out can't be picked. */
export function RecipientPicker({
  candidates,
  selected,
  onChange,
  max,
}: {
  candidates: ComposeCandidate[];
  selected: string[];
  onChange: (ids: string[]) => void;
  max: number;
}) {
  const [filter, setFilter] = useState("");
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f ? candidates.filter((c) => `${c.name} ${c.handle} ${c.email ?? ""}`.toLowerCase().includes(f)) : candidates;
  }, [candidates, filter]);
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id].slice(0, max) : selected.filter((x) => x !== id));
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">
        Recipients{" "}
        <span className="font-normal text-muted-foreground">
          ({selected.length} selected, up to {max})
        </span>
      </legend>
      <label htmlFor="recipient-filter" className="sr-only">
        Filter influencers
      </label>
      <Input
        id="recipient-filter"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="Filter by name, handle or email"
      />
      <ul className="max-h-72 divide-y overflow-y-auto rounded-md border" aria-label="Influencers">
        {shown.length === 0 ? <li className="p-3 text-sm text-muted-foreground">No influencer matches “{filter}”.</li> : null}
        {shown.map((c) => {
          const blocked = !c.email ? "No email" : c.optedOut ? "Opted out" : null;
          const checked = selected.includes(c.id);
          return (
            <li key={c.id}>
              <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-muted/50 has-disabled:cursor-not-allowed has-disabled:opacity-60">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={checked}
                  disabled={Boolean(blocked) || (!checked && selected.length >= max)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{c.name}</span>
                  <span className="block truncate text-xs text-muted-foreground">
                    {c.handle ? `@${c.handle}` : "no handle"}
                    {c.platform ? ` · ${c.platform}` : ""} · {formatCount(c.followers)} followers
                  </span>
                </span>
                <span className="shrink-0 text-xs text-muted-foreground">{blocked ?? (c.stage ? STAGE_LABELS[c.stage] : "")}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
