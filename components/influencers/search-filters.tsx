// The search form: a plain GET form, so every search is a URL (shareable, bookmarkable, and the
// back button walks through earlier searches) and it works before JavaScript loads.
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { Label } from "@/components/ui/label";
import { activeFilterCount, SORT_LABELS, SORTS, type SearchSort } from "@/lib/influencers/search-options";
import type { SearchFilters } from "@/lib/influencers/search-schema";

import { FilterFieldsBlock } from "./filter-fields-block";

export function SearchFilters({
  basePath,
  q,
  filters,
  sort,
  lists,
}: {
  basePath: string;
  q?: string;
  filters: SearchFilters;
  sort: SearchSort;
  lists: { id: string; name: string }[];
}) {
  const count = activeFilterCount(filters);
  return (
    <form method="get" action={basePath} role="search" aria-label="Search the roster" className="grid gap-4 rounded-lg border bg-card p-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grid flex-1 gap-1.5">
          <Label htmlFor="roster-q">Search</Label>
          <Input
            id="roster-q"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            placeholder="Name, handle, bio, niche or #hashtag — typos are forgiven"
          />
        </div>
        <div className="grid gap-1.5 sm:w-48">
          <Label htmlFor="roster-sort">Sort by</Label>
          <NativeSelect id="roster-sort" name="sort" defaultValue={sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit">Search</Button>
      </div>
      <details open={count > 0} className="group">
        <summary className="cursor-pointer text-sm font-medium text-primary">Filters{count ? ` (${count})` : ""}</summary>
        {/* The fields are one HTML string (filter-fields.ts): never parsed into elements or hydrated. */}
        <FilterFieldsBlock filters={filters} lists={lists.map(({ id, name }) => ({ id, name }))} />
        <div className="mt-4 flex gap-2">
          <Button type="submit" size="sm">
            Apply filters
          </Button>
          <Button asChild variant="ghost" size="sm">
            <IntentLink href={basePath}>Clear all</IntentLink>
          </Button>
        </div>
      </details>
    </form>
  );
}
