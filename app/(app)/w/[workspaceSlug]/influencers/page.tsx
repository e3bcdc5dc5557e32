import { SearchX, Users } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";

import { ResultsTable } from "@/components/influencers/results-table";
import { rosterRow } from "@/components/influencers/roster-row";
import { SavedSearches } from "@/components/influencers/saved-searches";
import { SearchFilters } from "@/components/influencers/search-filters";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { AppError } from "@/lib/errors";
import { listLists } from "@/lib/influencers/lists";
import { listSavedSearches } from "@/lib/influencers/saved-searches";
import { countMatches, prepareSearch, searchPage, type SearchCount, type SearchPage } from "@/lib/influencers/search";
import { activeFilterCount, readSearchParams, searchToParams } from "@/lib/influencers/search-schema";
import { log } from "@/lib/log";

export const metadata: Metadata = { title: "Influencers" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceSlug } = await params;
  const { workspace, user, role } = await requireWorkspacePage(workspaceSlug, "influencers.read");
  const { search, ignored } = readSearchParams(await searchParams);
  const base = `/w/${workspaceSlug}/influencers`;
  const listsAndSaved = Promise.all([listLists(workspace.id), listSavedSearches(workspace.id, user.id)]);
  let result: SearchPage | null = null;
  // The total streams in after the rows: on a large roster it is the slower half of a search.
  let count: Promise<SearchCount | null> = Promise.resolve(null);
  let error: string | null = null;
  try {
    const prepared = await prepareSearch({ workspaceId: workspace.id, ...search });
    count = countMatches(prepared).catch((e: unknown) => {
      log.error("roster count failed", { workspaceId: workspace.id, err: e });
      return null;
    });
    result = await searchPage(prepared);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    error = e.message;
  }
  const [lists, saved] = await listsAndSaved;
  const canWrite = can(role, "influencers.write");
  const { cursor: _cursor, ...withoutCursor } = search;
  const query = searchToParams(withoutCursor);
  const searching = Boolean(search.q) || activeFilterCount(search.filters) > 0;

  return (
    <>
      <PageHeader
        title="Influencers"
        description="Your roster: search by niche, hashtag or keyword, judge engagement rather than follower count, and weed out fake followers."
        actions={
          canWrite ? (
            <>
              <Button asChild variant="outline">
                <IntentLink href={`${base}/lists`}>Lists</IntentLink>
              </Button>
              <Button asChild variant="outline">
                <IntentLink href={`${base}/import`}>Import CSV</IntentLink>
              </Button>
              <Button asChild>
                <IntentLink href={`${base}/new`}>Add influencer</IntentLink>
              </Button>
            </>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="grid min-w-0 content-start gap-4">
          <SearchFilters basePath={base} q={search.q} filters={search.filters} sort={search.sort ?? "followers"} lists={lists} />
          {ignored.length ? <Alert tone="warning">Left out of this search: {ignored.join("; ")}.</Alert> : null}
          {error ? (
            <Alert tone="error">
              {error}{" "}
              <IntentLink href={query ? `${base}?${query}` : base} className="underline">
                Back to the first page
              </IntentLink>
            </Alert>
          ) : null}
          {result ? (
            <>
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm" aria-live="polite">
                <Suspense fallback={<p className="text-muted-foreground">Counting…</p>}>
                  <MatchCount count={count} searching={searching} />
                </Suspense>
                {result.fuzzyWords.length ? (
                  <p className="text-muted-foreground">
                    No exact match for {result.fuzzyWords.map((w) => `“${w}”`).join(", ")}: showing similar spellings.
                  </p>
                ) : null}
              </div>
              {result.rows.length === 0 ? (
                searching ? (
                  <EmptyState
                    icon={<SearchX />}
                    title="No influencers match"
                    action={
                      <Button asChild variant="outline">
                        <IntentLink href={base}>Clear the search</IntentLink>
                      </Button>
                    }
                  >
                    Try fewer filters, a wider follower or engagement range, or another spelling.
                  </EmptyState>
                ) : (
                  <EmptyState
                    icon={<Users />}
                    title="No influencers yet"
                    action={
                      canWrite ? (
                        <Button asChild>
                          <IntentLink href={`${base}/import`}>Import a CSV</IntentLink>
                        </Button>
                      ) : undefined
                    }
                  >
                    Import your roster from a spreadsheet, or add influencers one by one. Each gets a tier, an engagement rate and an
                    authenticity risk score.
                  </EmptyState>
                )
              ) : (
                <ResultsTable
                  slug={workspaceSlug}
                  rows={result.rows.map(rosterRow)}
                  lists={lists}
                  canWrite={canWrite}
                  query={searchToParams({ q: search.q, filters: search.filters })}
                  hasMore={Boolean(result.nextCursor || search.cursor)}
                />
              )}
              <nav aria-label="Pages" className="flex justify-between gap-2">
                {search.cursor ? (
                  <Button asChild variant="outline" size="sm">
                    <IntentLink href={query ? `${base}?${query}` : base}>First page</IntentLink>
                  </Button>
                ) : (
                  <span />
                )}
                {result.nextCursor ? (
                  <Button asChild variant="outline" size="sm">
                    <IntentLink href={`${base}?${searchToParams({ ...withoutCursor, cursor: result.nextCursor })}`}>Next page</IntentLink>
                  </Button>
                ) : null}
              </nav>
            </>
          ) : null}
        </div>
        <aside className="grid content-start gap-6">
          <SavedSearches slug={workspaceSlug} query={query} saved={saved} />
          <section aria-labelledby="lists-h" className="grid gap-2 text-sm">
            <h2 id="lists-h" className="font-medium">
              Lists
            </h2>
            {lists.length === 0 ? (
              <p className="text-xs text-muted-foreground">
                No lists yet.{" "}
                <IntentLink className="text-primary underline" href={`${base}/lists`}>
                  Create one
                </IntentLink>{" "}
                to shortlist influencers.
              </p>
            ) : null}
            <ul className="grid gap-1">
              {lists.map((l) => (
                <li key={l.id} className="flex justify-between gap-2">
                  <IntentLink href={`${base}?list=${l.id}`} className="truncate text-primary hover:underline">
                    {l.name}
                  </IntentLink>
                  <span className="text-xs text-muted-foreground">{l.memberCount}</span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </>
  );
}

/** "1,234 influencers match", once the count has finished (streamed after the rows). */
async function MatchCount({ count, searching }: { count: Promise<SearchCount | null>; searching: boolean }) {
  const c = await count;
  if (!c) return <p className="text-muted-foreground">The total could not be counted just now.</p>;
  return (
    <p>
      <strong>
        {c.total.toLocaleString("en-US")}
        {c.totalIsLowerBound ? "+" : ""}
      </strong>{" "}
      {c.total === 1 ? "influencer" : "influencers"}
      {searching ? " match" : " in your roster"}
    </p>
  );
}
