"use client";

// The roster's filter fields (filter-fields.ts) inside the search form. A client component for the
// same reason as the result rows (results-body.tsx): the flight data then carries the current filters
// and the lists' names, a few hundred bytes, instead of 9 KB of markup with its angle brackets
// escaped; the markup is built from them on the server and again in the browser, and hydration keeps
// the server's inputs (and anything typed into them before the JavaScript arrived).
import { useMemo } from "react";

import type { SearchFilters } from "@/lib/influencers/search-schema";

import { filterFieldsHtml } from "./filter-fields";

export function FilterFieldsBlock({ filters, lists }: { filters: SearchFilters; lists: { id: string; name: string }[] }) {
  const html = useMemo(() => filterFieldsHtml(filters, lists), [filters, lists]);
  return <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3" dangerouslySetInnerHTML={{ __html: html }} />;
}
