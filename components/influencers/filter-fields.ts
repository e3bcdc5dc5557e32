// The roster's filter fields (inside "Filters" in the search form) as one HTML string. They are a
// plain GET form's inputs: no handler, no state, nothing for React to hydrate. As React elements,
// about 80 elements with long class names were an eighth of the roster page's server time on every
// view (serialised into the flight data, parsed again to render the HTML); as a string built by
// FilterFieldsBlock (filter-fields-block.tsx) from the filters, they are HTML once and the flight
// data carries only the filters (README "Development notes", the same as the result rows).
//
// Every value goes through escape-html, in text and in attributes alike: the field values come
// from the URL and the list names from the workspace's users. Attributes are single-quoted, which
// escape-html escapes too.
import escapeHtml from "escape-html";

import { INPUT_CLASS, SELECT_CLASS } from "@/components/ui/input";
import { LABEL_CLASS } from "@/components/ui/label";
import type { SearchFilters } from "@/lib/influencers/search-schema";
import { PLATFORM_LABELS, PLATFORMS } from "@/lib/vocabulary";

const e = escapeHtml;

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

/** A group of checkboxes under a legend; the values in `selected` are ticked. */
function checks(legend: string, name: string, options: readonly (readonly [string, string])[], selected?: readonly string[]): string {
  const boxes = options
    .map(
      ([value, label]) =>
        `<label class='inline-flex items-center gap-1.5 text-sm'><input type='checkbox' name='${e(name)}' value='${e(value)}'` +
        `${selected?.includes(value) ? " checked" : ""} class='size-4 accent-primary'/>${e(label)}</label>`,
    )
    .join("");
  return `<fieldset class='grid gap-1.5'><legend class='mb-1 text-sm font-medium'>${e(legend)}</legend><div class='flex flex-wrap gap-x-3 gap-y-1'>${boxes}</div></fieldset>`;
}

/**
 * A filter field. Empty means "no filter", so the placeholder says "Any" (an example value there
 * looked like a filter already set); examples of what to type go in the hint below.
 */
function text(f: {
  id: string;
  label: string;
  name: string;
  value?: string | number;
  hint?: string;
  type?: "text" | "number";
  step?: string;
}): string {
  const type = f.type ?? "text";
  const hint = f.hint ? `<p id='${e(f.id)}-hint' class='text-xs text-muted-foreground'>${e(f.hint)}</p>` : "";
  return (
    `<div class='grid content-start gap-1.5'><label class='${LABEL_CLASS}' for='${e(f.id)}'>${e(f.label)}</label>` +
    `<input id='${e(f.id)}' name='${e(f.name)}' type='${type}'${f.step ? ` step='${e(f.step)}'` : ""}${type === "number" ? " min='0'" : ""}` +
    ` value='${e(f.value === undefined ? "" : String(f.value))}' placeholder='Any'${f.hint ? ` aria-describedby='${e(f.id)}-hint'` : ""}` +
    ` class='${INPUT_CLASS} placeholder:italic'/>${hint}</div>`
  );
}

/** The list picker, only when the workspace has lists. */
function listSelect(lists: readonly { id: string; name: string }[], selected: string): string {
  if (lists.length === 0) return "";
  const options = lists.map((l) => `<option value='${e(l.id)}'${l.id === selected ? " selected" : ""}>${e(l.name)}</option>`).join("");
  return (
    `<div class='grid gap-1.5'><label class='${LABEL_CLASS}' for='f-list'>On list</label>` +
    `<select id='f-list' name='list' class='${SELECT_CLASS}'><option value=''${selected ? "" : " selected"}>Any list or none</option>${options}</select></div>`
  );
}

/** The filter fields' markup, with the current search's values filled in. */
export function filterFieldsHtml(filters: SearchFilters, lists: readonly { id: string; name: string }[]): string {
  return [
    checks(
      "Platform",
      "platform",
      PLATFORMS.map((p) => [p, PLATFORM_LABELS[p]] as const),
      filters.platforms,
    ),
    checks("Tier", "tier", TIER_OPTIONS, filters.tiers),
    checks("Authenticity risk", "risk", RISK_OPTIONS, filters.risk),
    `<div class='grid grid-cols-2 gap-2'>` +
      text({ id: "f-fmin", label: "Followers from", name: "fmin", type: "number", value: filters.followersMin, hint: "e.g. 10000" }) +
      text({ id: "f-fmax", label: "Followers to", name: "fmax", type: "number", value: filters.followersMax, hint: "e.g. 100000" }) +
      `</div>`,
    `<div class='grid grid-cols-2 gap-2'>` +
      text({ id: "f-ermin", label: "ER from (%)", name: "ermin", type: "number", step: "0.1", value: filters.erMin, hint: "e.g. 3" }) +
      text({ id: "f-ermax", label: "ER to (%)", name: "ermax", type: "number", step: "0.1", value: filters.erMax }) +
      `</div>`,
    text({
      id: "f-niche",
      label: "Niches",
      name: "niche",
      value: filters.niches?.join(", "),
      hint: "Comma-separated, e.g. skincare, vegan",
    }),
    text({
      id: "f-country",
      label: "Countries",
      name: "country",
      value: filters.countries?.join(", "),
      hint: "Two-letter codes, e.g. US, GB",
    }),
    text({ id: "f-lang", label: "Languages", name: "lang", value: filters.languages?.join(", "), hint: "e.g. en, es" }),
    text({ id: "f-tag", label: "Tags", name: "tag", value: filters.tags?.join(", "), hint: "e.g. vip" }),
    text({ id: "f-brand", label: "Has worked with brand", name: "brand", value: filters.brand, hint: "e.g. Glossier" }),
    listSelect(lists, filters.listIds?.[0] ?? ""),
  ].join("");
}
