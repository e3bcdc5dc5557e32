// The search form: a plain GET form, so every search is a URL (shareable, bookmarkable, and the
// back button walks through earlier searches) and it works before JavaScript loads.
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { Label } from "@/components/ui/label";
import { activeFilterCount, SORT_LABELS, SORTS, type SearchSort } from "@/lib/influencers/search-options";
import type { SearchFilters } from "@/lib/influencers/search-schema";
import { PLATFORM_LABELS, PLATFORMS } from "@/lib/vocabulary";

const TIER_OPTIONS = [
  ["nano", "Nano (1K–10K)"],
  ["micro", "Micro (10K–100K)"],
  ["macro", "Macro (100K–1M)"],
  ["mega", "Mega (1M+)"],
] as const;
const RISK_OPTIONS = [
  ["low", "Low"],
  ["medium", "Medium"],
  ["high", "High"],
  ["unknown", "Unknown"],
] as const;

function Checks({
  legend,
  name,
  options,
  selected,
}: {
  legend: string;
  name: string;
  options: readonly (readonly [string, string])[];
  selected?: readonly string[];
}) {
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {options.map(([value, label]) => (
          <label key={value} className="inline-flex items-center gap-1.5 text-sm">
            <input type="checkbox" name={name} value={value} defaultChecked={selected?.includes(value)} className="size-4 accent-primary" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A filter field. Empty means "no filter", so the placeholder says "Any" (an example value there
 *  looked like a filter already set); examples of what to type go in the hint below. */
function Text({
  id,
  label,
  name,
  value,
  hint,
  type = "text",
  step,
}: {
  id: string;
  label: string;
  name: string;
  value?: string | number;
  hint?: string;
  type?: string;
  step?: string;
}) {
  return (
    <div className="grid content-start gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        type={type}
        step={step}
        min={type === "number" ? 0 : undefined}
        defaultValue={value ?? ""}
        placeholder="Any"
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="placeholder:italic"
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

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
        <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <Checks
            legend="Platform"
            name="platform"
            options={PLATFORMS.map((p) => [p, PLATFORM_LABELS[p]] as const)}
            selected={filters.platforms}
          />
          <Checks legend="Tier" name="tier" options={TIER_OPTIONS} selected={filters.tiers} />
          <Checks legend="Authenticity risk" name="risk" options={RISK_OPTIONS} selected={filters.risk} />
          <div className="grid grid-cols-2 gap-2">
            <Text id="f-fmin" label="Followers from" name="fmin" type="number" value={filters.followersMin} hint="e.g. 10000" />
            <Text id="f-fmax" label="Followers to" name="fmax" type="number" value={filters.followersMax} hint="e.g. 100000" />
          </div>
          <div className="grid grid-cols-2 gap-2">
            <Text id="f-ermin" label="ER from (%)" name="ermin" type="number" step="0.1" value={filters.erMin} hint="e.g. 3" />
            <Text id="f-ermax" label="ER to (%)" name="ermax" type="number" step="0.1" value={filters.erMax} />
          </div>
          <Text id="f-niche" label="Niches" name="niche" value={filters.niches?.join(", ")} hint="Comma-separated, e.g. skincare, vegan" />
          <Text
            id="f-country"
            label="Countries"
            name="country"
            value={filters.countries?.join(", ")}
            hint="Two-letter codes, e.g. US, GB"
          />
          <Text id="f-lang" label="Languages" name="lang" value={filters.languages?.join(", ")} hint="e.g. en, es" />
          <Text id="f-tag" label="Tags" name="tag" value={filters.tags?.join(", ")} hint="e.g. vip" />
          <Text id="f-brand" label="Has worked with brand" name="brand" value={filters.brand} hint="e.g. Glossier" />
          {lists.length > 0 ? (
            <div className="grid gap-1.5">
              <Label htmlFor="f-list">On list</Label>
              <NativeSelect id="f-list" name="list" defaultValue={filters.listIds?.[0] ?? ""}>
                <option value="">Any list or none</option>
                {lists.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </NativeSelect>
            </div>
          ) : null}
        </div>
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
