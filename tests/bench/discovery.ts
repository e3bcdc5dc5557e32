/**
 * `npm run bench:discovery -- --sizes 10000,100000,1000000 [--runs 30]`
 *
 * Builds a scratch roster per size in its own database (`mc_bench` on the configured server, the
 * embedded one by default; dropped at the end), then times representative searches through the
 * real search service from a warm cache. Prints one JSON line per size × query on stdout:
 * {"size","query","p50_ms","p95_ms","rows","total","total_p50_ms","total_p95_ms"} — p50/p95 of the
 * search (words resolved, page of rows read) and, separately, of its total count; build progress
 * goes to stderr.
 */
import type { SearchInput } from "../../lib/influencers/search-schema";
import { generateRosterSql } from "../fixtures/roster-generator";
import { arg, log, openScratchDb, sizesArg } from "./scratch-db";

const sizes = sizesArg("sizes", "10000,100000");
const runs = Number(arg("runs", "30"));
const BENCH_DB = "mc_bench";
const WORKSPACE_ID = "bench-workspace";

// A benchmark is a long job: building a million-profile roster on a busy machine gets the job budget
// (DB_JOB_QUERY_TIMEOUT_MS, 30 minutes by default) on its own connection; the searches through
// lib/db get the longest request budget lib/env accepts (10 minutes).
const buildTimeoutMs = Number(process.env.DB_JOB_QUERY_TIMEOUT_MS ?? "1800000");
const { client, close } = await openScratchDb({ database: BENCH_DB, workspaceId: WORKSPACE_ID, buildTimeoutMs });
const { prepareSearch, searchPage, countMatches } = await import("../../lib/influencers/search");
await client.query(`INSERT INTO "InfluencerList" ("workspaceId", id, name, "updatedAt") VALUES ($1, 'bench-list', 'Shortlist', now())`, [
  WORKSPACE_ID,
]);

const QUERIES: { name: string; input: SearchInput; pages?: number }[] = [
  { name: "browse_first_page", input: {} },
  { name: "text_keyword", input: { q: "vegan" } },
  { name: "text_typo", input: { q: "jesica skincre" } },
  { name: "text_handle", input: { q: "olivia.hill77" } },
  {
    name: "filters",
    input: { filters: { platforms: ["instagram"], tiers: ["micro"], niches: ["skincare"], risk: ["low"], erMin: 3 }, sort: "followers" },
  },
  {
    name: "text_filters_sort",
    input: {
      q: "fitness coach",
      filters: { countries: ["US", "GB"], tiers: ["nano", "micro"], risk: ["low", "medium"] },
      sort: "engagement",
    },
  },
  { name: "filters_in_list", input: { filters: { listIds: ["bench-list"], tiers: ["micro"] }, sort: "recent" } },
  { name: "browse_deep_page_20", input: {}, pages: 20 },
  { name: "engagement_deep_page_20", input: { sort: "engagement" }, pages: 20 },
];

async function build(size: number) {
  const t0 = Date.now();
  await client.query(`TRUNCATE "Influencer" CASCADE`);
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('Influencer', 'SocialAccount') AND indexname NOT LIKE '%_pkey'`,
  );
  for (const ix of indexes) await client.query(`DROP INDEX "${ix.indexname}"`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  for (const sql of generateRosterSql(WORKSPACE_ID, size)) await client.query(sql);
  log(`size ${size}: rows inserted in ${((Date.now() - t0) / 1000).toFixed(1)}s, building indexes`);
  for (const ix of indexes) await client.query(ix.indexdef);
  await client.query(
    `INSERT INTO "ListMember" ("workspaceId", "listId", "influencerId") SELECT "workspaceId", 'bench-list', id FROM "Influencer" WHERE "workspaceId" = $1 AND hashtext(id) % 50 = 0`,
    [WORKSPACE_ID],
  );
  await client.query(`VACUUM ANALYZE "Influencer"`);
  await client.query(`VACUUM ANALYZE "SocialAccount"`);
  await client.query(`VACUUM ANALYZE "ListMember"`);
  log(`size ${size}: built in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

/**
 * One timed search as a person waits for it: resolve the words and read the page of rows (what the
 * roster page renders first). The total is timed on its own (`total_ms`): the page streams it in after
 * the rows.
 */
async function timeQuery(q: (typeof QUERIES)[number]): Promise<{ ms: number; rows: number; totalMs: number; total: string }> {
  let cursor: string | undefined;
  for (let p = 1; p < (q.pages ?? 1); p++) {
    const page = await searchPage(await prepareSearch({ workspaceId: WORKSPACE_ID, ...q.input, cursor }));
    cursor = page.nextCursor ?? undefined;
  }
  const t = performance.now();
  const prepared = await prepareSearch({ workspaceId: WORKSPACE_ID, ...q.input, cursor });
  const res = await searchPage(prepared);
  const ms = performance.now() - t;
  const t2 = performance.now();
  const count = await countMatches(prepared);
  return { ms, rows: res.rows.length, totalMs: performance.now() - t2, total: `${count.total}${count.totalIsLowerBound ? "+" : ""}` };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

for (const size of sizes.sort((a, b) => a - b)) {
  await build(size);
  for (const q of QUERIES) {
    for (let i = 0; i < 3; i++) await timeQuery(q); // warm the cache and the pool
    const times: number[] = [];
    const totalTimes: number[] = [];
    let rows = 0;
    let total = "";
    for (let i = 0; i < runs; i++) {
      const r = await timeQuery(q);
      times.push(r.ms);
      totalTimes.push(r.totalMs);
      rows = r.rows;
      total = r.total;
    }
    times.sort((a, b) => a - b);
    totalTimes.sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      JSON.stringify({
        size,
        query: q.name,
        p50_ms: round(pct(times, 50)),
        p95_ms: round(pct(times, 95)),
        rows,
        total,
        total_p50_ms: round(pct(totalTimes, 50)),
        total_p95_ms: round(pct(totalTimes, 95)),
      }),
    );
  }
}

await close();
process.exit(0);
