/**
 * `npm run bench:analytics -- --snapshots 200000,2000000,20000000 [--runs 30] [--keep] [--reuse] [--build-only] [--db name]
 *                             [--writes] [--no-reads] [--writes-per-writer 50]`
 *
 * Builds, per size, a scratch workspace with that many metric snapshots in its own database
 * (`mc_bench_analytics` on the configured server, the embedded one by default — point DATA_DIR
 * outside the repository for the big sizes; dropped at the end) from a deterministic generator
 * (generate_series in SQL; loaded without foreign-key triggers, statistics taken, secondary indexes
 * built at the end), then builds the rollups with the same set-based SQL as the migration's
 * backfill and times from a warm cache, through the real read functions:
 *   campaign_dashboard  — one campaign's totals, per-creator sums and daily curve
 *   workspace_by_tier   — the workspace page's by-tier view (the page's default range: last 90 days;
 *                         its by-campaign table's first page)
 *   workspace_all_campaigns — the same with every campaign of the period listed ("Show all")
 *   workspace_all_time  — the same over all time (every post of the workspace)
 *   per_creator         — a campaign's per-creator table with names and tiers
 *   presummed_*         — the same views' figures from the pre-summed tables alone (all time)
 * One JSON line per size and query on stdout: {"snapshots","query","p50_ms","p95_ms","posts","group_rows","build_s"}
 * (group_rows: the workspace's WorkspaceCampaignDaily + WorkspaceSegmentDaily rows);
 * build progress on stderr.
 *
 * --writes also times snapshot ingestion on the same tables (timeWrites), through addSnapshot — the
 * function the manual form, the portal, CSV imports and the connectors' refresh job all end in:
 *   write_first_snapshot_x<k> — a post's first metrics, k writers at once: the exclusive pre-summed
 *                               lock, the collaboration's money re-shared, its creator's totals recomputed
 *   write_later_snapshot_x<k> — a later snapshot of a post (the refresh job's usual write), k writers
 *                               at once: the shared lock, deltas into the pre-summed rows
 * with "per_s" (writes a second, all writers together) beside the latency of one write, and
 * "node_cpu_ms" (this process's CPU per write: the app server's share).
 *
 * The shape of a workspace with years of campaigns: 100 snapshots per post (the refresh job's
 * cadence: every 3 hours for 10 days, then daily), 2 posts per creator, 25 creators per campaign, a
 * campaign starting every 11 hours — so 20M snapshots are 200,000 posts over about 5 years, and a
 * campaign is always 5,000 snapshots.
 */
import { arg, log, openScratchDb, sizesArg } from "./scratch-db";

const sizes = sizesArg("snapshots", "200000,2000000");
const runs = Number(arg("runs", "30"));
const BENCH_DB = arg("db", "mc_bench_analytics");
// --reuse: keep a database a --keep run left (the 20M build takes most of an hour) and rebuild
// only a size it doesn't hold; the timed functions are always this checkout's.
const reuse = process.argv.includes("--reuse");
// --build-only: build (or keep) the sizes and time nothing — with --keep, for a later --reuse run.
const buildOnly = process.argv.includes("--build-only");
// --writes: time snapshot ingestion too (after the reads; --no-reads skips those).
const writes = process.argv.includes("--writes");
const reads = !process.argv.includes("--no-reads");
const WRITES_PER_WRITER = Number(arg("writes-per-writer", "50"));
const W = "bench-analytics";
const SNAPSHOTS_PER_POST = 100;
const POSTS_PER_COLLAB = 2;
const COLLABS_PER_CAMPAIGN = 25;
const CAMPAIGN_EVERY_HOURS = 11;
const END = "2026-12-01T00:00:00Z";

// The build gets its own long budget (4 hours) on its own connection.
const { client, close } = await openScratchDb({ database: BENCH_DB, workspaceId: W, buildTimeoutMs: 4 * 3_600_000, reuse });
const { rebuildRollupsSql } = await import("../../lib/analytics/rollup-write");
const { groupDailySums } = await import("../../lib/analytics/group-sums");
const { loadCampaignResults } = await import("../../lib/analytics/campaign");
const { creatorsCsv, parseCreatorSort, sortCreators } = await import("../../lib/analytics/creators-table");
const { workspaceAnalytics, workspaceAnalyticsCsv, workspaceCreators } = await import("../../lib/analytics/workspace");
const { resolveRange } = await import("../../lib/analytics/range");
const { addSnapshot } = await import("../../lib/posts/snapshots");
const { counts } = await import("../fixtures/random-snapshots");

const TABLES = [
  "MetricSnapshot",
  "PostLatestMetric",
  "PostDailyMetric",
  "WorkspaceCampaignDaily",
  "WorkspaceSegmentDaily",
  "WorkspaceCampaignMoneyDaily",
  "WorkspaceSegmentMoneyDaily",
  "WorkspaceCreatorTotal",
  "Post",
  "Conversion",
  "Collaboration",
  "Campaign",
  "Influencer",
];

/** The generator: every row a function of its number, so a size always builds the same data. */
async function build(snapshots: number) {
  const t0 = Date.now();
  const posts = Math.max(1, Math.floor(snapshots / SNAPSHOTS_PER_POST));
  const collabs = Math.ceil(posts / POSTS_PER_COLLAB);
  const campaigns = Math.ceil(collabs / COLLABS_PER_CAMPAIGN);
  const influencers = Math.max(10, Math.ceil(collabs / 4));
  if (reuse) {
    const held = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "PostLatestMetric" WHERE "workspaceId" = $1`, [W]);
    if (held.rows[0]!.n === posts) {
      log(`${snapshots}: reusing the database's ${posts} posts`);
      return { posts, campaigns, buildS: 0 };
    }
  }
  await client.query(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")}, "StoreConnection" CASCADE`);
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY($1) AND indexname NOT LIKE '%_pkey'`,
    [TABLES],
  );
  for (const ix of indexes) await client.query(`DROP INDEX "${ix.indexname}"`);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`SET work_mem = '256MB'`);
  const q = (sql: string, values: unknown[] = []) => client.query(sql, values);
  // The generated rows are consistent by construction: load them (and the rollups built from them)
  // without the foreign-key triggers, one per row otherwise (a superuser setting; the embedded
  // server's user is one), and build the secondary indexes once at the end.
  const replica = await q(`SET session_replication_role = replica`).then(
    () => true,
    (e: Error) => (log(`${snapshots}: foreign keys stay checked during the load (${e.message})`), false),
  );
  // Campaign c starts CAMPAIGN_EVERY_HOURS × (campaigns − c) hours before END.
  await q(
    `INSERT INTO "Campaign" ("workspaceId", id, name, goal, currency, status, "updatedAt", "startDate")
     SELECT $1, 'c' || g, 'Campaign ' || g, 'sales', 'USD', 'completed', now(),
            ($2::timestamp - make_interval(hours => ${CAMPAIGN_EVERY_HOURS} * ($3 - g)))::date
     FROM generate_series(0, $3 - 1) g`,
    [W, END, campaigns],
  );
  // Followers spread over every tier; the tier as the roster derives it (default bounds).
  await q(
    `INSERT INTO "Influencer" ("workspaceId", id, "displayName", followers, tier, "updatedAt")
     SELECT $1, 'i' || g, 'Creator ' || g, f, CASE WHEN f >= 1000000 THEN 'mega' WHEN f >= 100000 THEN 'macro'
            WHEN f >= 10000 THEN 'micro' WHEN f >= 1000 THEN 'nano' ELSE 'none' END, now()
     FROM generate_series(0, $2 - 1) g, LATERAL (SELECT (ARRAY[3000, 8000, 25000, 60000, 90000, 250000, 600000, 2000000])[1 + (g * 7) % 8] AS f) x`,
    [W, influencers],
  );
  await q(
    `INSERT INTO "Collaboration" ("workspaceId", id, "campaignId", "influencerId", status, "feeMinor", currency, "updatedAt")
     SELECT $1, 'k' || g, 'c' || (g / ${COLLABS_PER_CAMPAIGN}), 'i' || ((g * 13) % $3), 'completed',
            CASE WHEN g % 9 = 0 THEN NULL ELSE 10000 + (g * 7919) % 200000 END, 'USD', now()
     FROM generate_series(0, $2 - 1) g`,
    [W, collabs, influencers],
  );
  // Post p of collaboration p / 2 goes live a day or two after its campaign starts.
  await q(
    `INSERT INTO "Post" ("workspaceId", id, "collaborationId", url, platform, format, "postedAt")
     SELECT $1, 'p' || g, 'k' || (g / ${POSTS_PER_COLLAB}), 'https://instagram.com/p/bench' || g,
            (ARRAY['instagram', 'tiktok', 'youtube']::"SocialPlatform"[])[1 + g % 3], 'post',
            $2::timestamp - make_interval(hours => ${CAMPAIGN_EVERY_HOURS} * ($3 - (g / ${POSTS_PER_COLLAB * COLLABS_PER_CAMPAIGN})) - 24 - g % 24)
     FROM generate_series(0, $4 - 1) g`,
    [W, END, campaigns, posts],
  );
  // Snapshot k of post p: every 3 hours for 10 days, then daily; running totals that grow with k;
  // some posts without reach, some without impressions (views stand in), some without clicks.
  await q(
    `INSERT INTO "MetricSnapshot" ("workspaceId", id, "postId", "capturedAt", source, views, reach, impressions, likes, comments, saves, shares, clicks, "createdAt")
     SELECT $1, 's' || lpad(g::text, 9, '0'), 'p' || p, p_at + CASE WHEN k < 80 THEN make_interval(hours => 3 * k) ELSE make_interval(days => 10 + (k - 80)) END,
            'api', v, CASE WHEN p % 7 = 0 THEN NULL ELSE v * 6 / 10 END, CASE WHEN p % 5 = 0 THEN NULL ELSE v * 12 / 10 END,
            v * (3 + p % 11) / 100, v * (1 + p % 3) / 200, v / 150, v / 300, CASE WHEN p % 4 = 0 THEN NULL ELSE v / 80 END, now()
     FROM generate_series(0, $2 - 1) g,
          LATERAL (SELECT g / ${SNAPSHOTS_PER_POST} AS p, g % ${SNAPSHOTS_PER_POST} AS k) pk,
          LATERAL (SELECT (1000 + (p::bigint * 104729) % 200000) * (k + 1) / ${SNAPSHOTS_PER_POST} AS v,
                          $3::timestamp - make_interval(hours => ${CAMPAIGN_EVERY_HOURS} * ($4 - (p / ${POSTS_PER_COLLAB * COLLABS_PER_CAMPAIGN})) - 24 - p % 24) AS p_at) x`,
    [W, posts * SNAPSHOTS_PER_POST, END, campaigns],
  );
  log(`${snapshots}: snapshots inserted in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  await q(`INSERT INTO "StoreConnection" ("workspaceId", id, kind, name) VALUES ($1, 'store', 'csv', 'Orders')`, [W]);
  await q(
    `INSERT INTO "Conversion" ("workspaceId", id, "connectionId", "externalId", "orderedAt", currency, "amountMinor", "attributedBy", "attributionReason", "collaborationId", "updatedAt")
     SELECT $1, 'o' || g, 'store', 'o' || g, $2::timestamp, 'USD', 2000 + (g * 31) % 9000, 'code', 'Discount code', 'k' || (g * 7 % $3), now()
     FROM generate_series(0, $3 * 2 - 1) g`,
    [W, END, collabs],
  );
  // Statistics before the rollups' joins: without them (autovacuum has not seen the new rows) the
  // planner takes the fresh tables for empty and the rollups take minutes even at 200k snapshots.
  for (const t of TABLES) await q(`ANALYZE "${t}"`);
  log(`${snapshots}: building the rollups at ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  await q("BEGIN");
  for (const s of rebuildRollupsSql(W)) await q(s.text, s.values);
  await q("COMMIT");
  if (replica) await q(`SET session_replication_role = DEFAULT`);
  for (const ix of indexes) await q(ix.indexdef);
  log(`${snapshots}: indexes rebuilt at ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  for (const t of TABLES) await q(`VACUUM ANALYZE "${t}"`);
  const buildS = (Date.now() - t0) / 1000;
  log(`${snapshots}: built in ${buildS.toFixed(1)}s (${posts} posts, ${collabs} creators' collaborations, ${campaigns} campaigns)`);
  return { posts, campaigns, buildS };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

for (const size of sizes.sort((a, b) => a - b)) {
  const { posts, campaigns, buildS } = await build(size);
  if (buildOnly) continue;
  // A campaign in the middle of the workspace's history.
  const campaignId = `c${Math.floor(campaigns / 2)}`;
  const now = new Date(END);
  const range = (preset: string) => resolveRange({ range: preset }, "UTC", now);
  const results = () => loadCampaignResults({ workspaceId: W, campaignId, timeZone: "UTC", now });
  // The pages' own loaders, as the pages call them.
  const QUERIES: { name: string; run: () => Promise<unknown> }[] = [
    { name: "campaign_dashboard", run: results },
    {
      name: "per_creator",
      run: async () => {
        const r = await results();
        const { key, dir } = parseCreatorSort({});
        return creatorsCsv(sortCreators(r.creators, key, dir));
      },
    },
    { name: "workspace_by_tier", run: () => workspaceAnalytics({ workspaceId: W, timeZone: "UTC", range: range("90d") }) },
    // The same page with "Show all" campaigns (every campaign of the period named and reported on).
    {
      name: "workspace_all_campaigns",
      run: () => workspaceAnalytics({ workspaceId: W, timeZone: "UTC", range: range("90d"), campaigns: "all" }),
    },
    { name: "workspace_365d", run: () => workspaceAnalytics({ workspaceId: W, timeZone: "UTC", range: range("365d") }) },
    { name: "workspace_all_time", run: () => workspaceAnalytics({ workspaceId: W, timeZone: "UTC", range: range("all") }) },
    {
      name: "workspace_export_90d",
      run: async () => {
        const opts = { workspaceId: W, timeZone: "UTC", range: range("90d") };
        const [a, creators] = await Promise.all([workspaceAnalytics({ ...opts, campaigns: "all" }), workspaceCreators(opts)]);
        return workspaceAnalyticsCsv(a, creators);
      },
    },
    // The by-campaign, by-platform and by-tier figures from the pre-summed tables alone, all time.
    {
      name: "presummed_groups_all_time",
      run: () => groupDailySums({ workspaceId: W, from: "2000-01-01", to: "2100-12-31", groups: ["campaign", "platform", "tier"] }),
    },
  ];
  const { rows: groupRows } = await client.query<{ n: number }>(
    `SELECT ((SELECT count(*) FROM "WorkspaceCampaignDaily" WHERE "workspaceId" = $1)
          + (SELECT count(*) FROM "WorkspaceSegmentDaily" WHERE "workspaceId" = $1))::int AS n`,
    [W],
  );
  for (const query of reads ? QUERIES : []) {
    for (let i = 0; i < 3; i++) await query.run(); // warm the cache and the pool
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await query.run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        snapshots: size,
        query: query.name,
        p50_ms: round(pct(times, 50)),
        p95_ms: round(pct(times, 95)),
        posts,
        group_rows: groupRows[0]!.n,
        build_s: round(buildS),
      }),
    );
  }
  if (writes) await timeWrites(size);
}

/**
 * Snapshot ingestion on this size's tables, in a workspace of its own ("bench-writes": ten campaigns,
 * one creator per collaboration, one post each, live over the last 60 days — what the refresh job
 * keeps refreshing), so the read timings' workspace stays as built; removed at the end. Each phase
 * gives every writer its own posts (no two writers wait on one post or collaboration: what they
 * share is the workspace's pre-summed lock and rows).
 */
async function timeWrites(size: number) {
  const WW = "bench-writes";
  const writers = [1, 4];
  const posts = writers.reduce((n, k) => n + k * WRITES_PER_WRITER, 0);
  await client.query(`DELETE FROM "Workspace" WHERE id = $1`, [WW]);
  await client.query(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, 'Bench writes', $1, now())`, [WW]);
  await client.query(
    `INSERT INTO "Campaign" ("workspaceId", id, name, goal, currency, status, "updatedAt", "startDate")
     SELECT $1, 'c' || g, 'Writes ' || g, 'sales', 'USD', 'completed', now(), $2::date - 60 FROM generate_series(0, 9) g`,
    [WW, END],
  );
  await client.query(
    `INSERT INTO "Influencer" ("workspaceId", id, "displayName", followers, tier, "updatedAt")
     SELECT $1, 'i' || g, 'Creator ' || g, 25000, 'micro', now() FROM generate_series(0, $2 - 1) g`,
    [WW, posts],
  );
  await client.query(
    `INSERT INTO "Collaboration" ("workspaceId", id, "campaignId", "influencerId", status, "feeMinor", currency, "updatedAt")
     SELECT $1, 'k' || g, 'c' || (g % 10), 'i' || g, 'completed', 10000 + g, 'USD', now() FROM generate_series(0, $2 - 1) g`,
    [WW, posts],
  );
  await client.query(
    `INSERT INTO "Post" ("workspaceId", id, "collaborationId", url, platform, format, "postedAt")
     SELECT $1, 'p' || g, 'k' || g, 'https://instagram.com/p/writes' || g, 'instagram', 'post', $3::timestamp - make_interval(days => g % 60)
     FROM generate_series(0, $2 - 1) g`,
    [WW, posts, END],
  );
  const snapshot = (post: number, hour: number) => () =>
    addSnapshot({
      workspaceId: WW,
      actorId: null,
      postId: `p${post}`,
      source: "api",
      capturedAt: new Date(Date.parse(END) + hour * 3_600_000),
      counts: counts({ views: 1000 * (hour + 1), reach: 600 * (hour + 1), likes: 50 * (hour + 1), comments: 5, saves: 3 }),
    });
  // k writers draining one queue of writes; each write's latency, and the writes a second overall.
  const phase = async (query: string, k: number, jobs: (() => Promise<unknown>)[]) => {
    const times: number[] = [];
    let next = 0;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await Promise.all(
      Array.from({ length: k }, async () => {
        while (next < jobs.length) {
          const job = jobs[next++]!;
          const t = performance.now();
          await job();
          times.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    times.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        snapshots: size,
        query: `${query}_x${k}`,
        p50_ms: round(pct(times, 50)),
        p95_ms: round(pct(times, 95)),
        per_s: round(jobs.length / seconds),
        writes: jobs.length,
        // This process's CPU per write (the app's side: Prisma, the transaction's round trips).
        node_cpu_ms: round((cpu.user + cpu.system) / 1000 / jobs.length),
      }),
    );
  };
  try {
    let first = 0;
    for (const k of writers) {
      const n = k * WRITES_PER_WRITER;
      await phase(
        "write_first_snapshot",
        k,
        Array.from({ length: n }, (_, i) => snapshot(first + i, 0)),
      );
      first += n;
    }
    for (const [r, k] of writers.entries()) {
      const n = k * WRITES_PER_WRITER;
      await phase(
        "write_later_snapshot",
        k,
        Array.from({ length: n }, (_, i) => snapshot(i, r + 1)),
      );
    }
  } finally {
    await client.query(`DELETE FROM "Workspace" WHERE id = $1`, [WW]);
  }
}

await close();
process.exit(0);
