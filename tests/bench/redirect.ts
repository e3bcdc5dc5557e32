/**
 * `npm run bench:redirect -- [--duration 10] [--connections 10] [--links 10] [--port 3320] [--dist-dir .next]`
 *
 * The tracking-link hot path against a baseline, on one production server. Uses the `next build`
 * output in `--dist-dir` (default `.next`) when it has a BUILD_ID, else builds it. Starts a scratch
 * embedded Postgres in `.data/bench-redirect` (wiped), creates `--links` links through the real
 * service, starts the server with the launcher (`npm start`'s lib/cli/serve.ts, so a SIGTERM
 * flushes the click buffer), warms up, then drives autocannon for `--duration` seconds each, in
 * alternating 2-second rounds (p50/p99: the median of the rounds; the worst round's p99 too), at
 *   - the redirect: GET /r/<code>, cycling over the links (302, a cached lookup, a click queued);
 *   - the baseline: GET /r/_ — the same route, proxy-free path and framework work, answered with a
 *     constant 404 before any lookup (a malformed code), so the ratio prices the lookup and the
 *     click recording alone;
 *   - a second baseline: GET /robots.txt — a constant file answered by Next itself (what every page
 *     and API route of the app pays), reported as `next_baseline_rps` and `ratio_vs_next`.
 * Then it waits for the buffer to flush, stops the server (SIGTERM: the rest is flushed), counts
 * the clicks and prints one JSON line:
 *   {"requests","clicks_recorded","lost","redirect_rps","baseline_rps","ratio","p50_ms","p99_ms","load_avg"}
 * requests = 302 answers of the redirect run (warm-up included: its clicks are counted too);
 * lost = requests − clicks recorded, floored at 0: requests still in flight when autocannon stops
 * are answered and recorded but not counted by it (`in_flight`). Targets: ratio ≥ 0.7, p99 ≤ 25 ms, lost = 0.
 * The per-visitor hourly cap is raised for the run (every request comes from one address and agent).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import autocannon from "autocannon";

import { answered } from "./answered";

const ROOT = path.resolve(import.meta.dirname, "../..");
// stdout carries the one JSON line: the app's logs (pino writes to stdout) are kept to errors, for
// this process (its database client) and the server it starts.
process.env.LOG_LEVEL ??= "error";
const args = process.argv.slice(2);
const arg = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const DURATION = Number(arg("duration", "10"));
const CONNECTIONS = Number(arg("connections", "10"));
const LINKS = Number(arg("links", "10"));
const PORT = Number(arg("port", "3320"));
const DIST_DIR = arg("dist-dir", ".next");
const DATA_DIR = path.join(ROOT, ".data/bench-redirect");
const BASE = `http://localhost:${PORT}`;
const AUTH_SECRET = "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

let server: ChildProcess | null = null;
let stopDb: (() => Promise<void>) | null = null;

async function stopServer(): Promise<void> {
  if (!server?.pid || server.exitCode !== null) return;
  const exited = new Promise<void>((r) => server!.once("exit", () => r()));
  process.kill(-server.pid, "SIGTERM");
  const timeout = new Promise<void>((r) => setTimeout(r, 20_000));
  await Promise.race([exited, timeout]);
  if (server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {}
  }
}

async function cleanup() {
  await stopServer().catch(() => {});
  if (stopDb) await stopDb().catch(() => {});
}
for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void cleanup().finally(() => process.exit(130)));

function build() {
  if (fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
    log(`using the build in ${DIST_DIR}`);
    return;
  }
  log(`next build → ${DIST_DIR} (a few minutes)`);
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
}

async function startDatabase(): Promise<string> {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  process.env.DATA_DIR = DATA_DIR;
  const { embeddedUrl, ensureEmbeddedPostgres } = await import("../../lib/db/embedded");
  const { migrate } = await import("../../lib/db/migrate");
  const { EMBEDDED_DATABASE } = await import("../../lib/db/url");
  const pgRes = await ensureEmbeddedPostgres({ dataDir: DATA_DIR });
  stopDb = pgRes.stop;
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: embeddedUrl(pgRes.state, "postgres") });
  await c.connect();
  await c.query(`CREATE DATABASE "${EMBEDDED_DATABASE}"`);
  await c.end();
  const url = embeddedUrl(pgRes.state, EMBEDDED_DATABASE);
  await migrate({ connectionString: url, log: () => {} });
  return url;
}

async function createLinks(url: string): Promise<{ codes: string[]; workspaceId: string }> {
  process.env.DATABASE_URL = url;
  const { createUser, createWorkspaceWith } = await import("../fixtures/factories");
  const { createInvitedCollaboration } = await import("../fixtures/campaign-factories");
  const { createLink } = await import("../../lib/tracking/links");
  const { createLinkSchema } = await import("../../lib/tracking/schemas");
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ owner });
  const { collaborationId } = await createInvitedCollaboration(workspace.id, owner.id);
  const codes: string[] = [];
  for (let i = 0; i < LINKS; i++) {
    const input = createLinkSchema.parse({ collaborationId, destinationUrl: `https://shop.example/p/${i}?ref=bench` });
    codes.push((await createLink({ workspaceId: workspace.id, actorId: owner.id, input })).code);
  }
  return { codes, workspaceId: workspace.id };
}

async function startServer(databaseUrl: string) {
  server = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "lib/cli/serve.ts", "start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: databaseUrl,
      DATA_DIR,
      PORT: String(PORT),
      APP_URL: BASE,
      AUTH_SECRET,
      JOBS_DISABLED: "true",
      LOG_LEVEL: "warn",
      TRACKING_VISITOR_HOURLY_CAP: "10000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await answered(server, `${BASE}/api/health`, 120_000, "the server");
}

function cannon(requests: { path: string }[], duration: number) {
  return autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration,
    headers: { "user-agent": UA },
    requests: requests.map((r) => ({ method: "GET", path: r.path })),
  });
}

async function main() {
  build();
  const url = await startDatabase();
  const { codes, workspaceId } = await createLinks(url);
  await startServer(url);
  const redirect = codes.map((c) => ({ path: `/r/${c}` }));
  const baseline = [{ path: "/r/_" }];
  const nextBaseline = [{ path: "/robots.txt" }];
  log("warm-up");
  const warm = await cannon(redirect, 2);
  await cannon(baseline, 2);
  await cannon(nextBaseline, 2);
  // Alternating rounds, so a change in the machine's load hits both sides alike.
  const rounds = Math.max(1, Math.round(DURATION / 2));
  const slice = DURATION / rounds;
  log(`${rounds} rounds of ${slice}s redirect + ${slice}s baseline × ${CONNECTIONS} connections`);
  const rs: autocannon.Result[] = [];
  const bs: autocannon.Result[] = [];
  const ns: autocannon.Result[] = [];
  for (let i = 0; i < rounds; i++) {
    rs.push(await cannon(redirect, slice));
    bs.push(await cannon(baseline, slice));
    ns.push(await cannon(nextBaseline, slice));
  }
  const sum = (xs: autocannon.Result[], f: (x: autocannon.Result) => number) => xs.reduce((a, x) => a + f(x), 0);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const r = {
    "3xx": sum(rs, (x) => x["3xx"] ?? 0),
    non2xx: sum(rs, (x) => x.non2xx),
    errors: sum(rs, (x) => x.errors),
    rps: sum(rs, (x) => x.requests.total) / DURATION,
    p50: med(rs.map((x) => x.latency.p50)),
    p99: med(rs.map((x) => x.latency.p99)),
    p99Worst: Math.max(...rs.map((x) => x.latency.p99)),
  };
  const bRps = sum(bs, (x) => x.requests.total) / DURATION;
  const bP99 = med(bs.map((x) => x.latency.p99));
  const nRps = sum(ns, (x) => x.requests.total) / DURATION;
  const requests = (warm["3xx"] ?? 0) + (r["3xx"] ?? 0);
  const { db } = await import("../../lib/db");
  const count = () => db.click.count({ where: { workspaceId } });
  // The buffer writes every 250 ms; give it a moment, then stop the server: SIGTERM flushes the rest.
  const until = Date.now() + 5_000;
  while ((await count()) < requests && Date.now() < until) await new Promise((res) => setTimeout(res, 250));
  const beforeStop = await count();
  await stopServer();
  const clicks = await count();
  await db.$disconnect();
  const ratio = r.rps / bRps;
  log(
    `clicks before stop ${beforeStop}, after ${clicks}; non-302 answers in the redirect run: ${r.non2xx - (r["3xx"] ?? 0)}, errors ${r.errors}`,
  );
  process.stdout.write(
    `${JSON.stringify({
      requests,
      clicks_recorded: clicks,
      lost: Math.max(0, requests - clicks),
      in_flight: Math.max(0, clicks - requests),
      redirect_rps: Math.round(r.rps),
      baseline_rps: Math.round(bRps),
      ratio: Math.round(ratio * 100) / 100,
      p50_ms: r.p50,
      p99_ms: r.p99,
      p99_worst_round_ms: r.p99Worst,
      baseline_p99_ms: bP99,
      next_baseline_rps: Math.round(nRps),
      ratio_vs_next: Math.round((r.rps / nRps) * 100) / 100,
      load_avg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    })}\n`,
  );
}

main()
  .catch((e: unknown) => {
    log(`failed: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  })
  .finally(() => void cleanup());
