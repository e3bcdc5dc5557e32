/**
 * `npm run bench:pages -- [--runs 3] [--reuse-build] [--dist-dir .next-bench] [--port 3310] [--only roster,portal]
 *                          [--forms mobile,desktop] [--duration 15] [--no-throughput] [--no-floor] [--save-lhr dir]`
 *
 * Page speed of the production server, measured the way a phone sees it. Builds `next build` into its
 * own dist dir (`.next-bench`, or `--dist-dir`; `--reuse-build` keeps an existing one), starts a scratch embedded
 * Postgres in `.data/bench-pages` (wiped) with the demo data and one portal invite, writes the static
 * files' compressed copies and the compiled server (lib/server-build/finish.ts, the last step of
 * `npm run build`), runs the production server as `npm start` does (lib/cli/start.mjs:
 * Next inside the app's own HTTP server, which serves those copies) against it on localhost (without the background job workers:
 * JOBS_DISABLED), signs in as the demo user and runs Lighthouse (Chromium from CHROME_PATH or
 * /usr/bin/chromium) with the mobile and desktop presets on every page in PAGES, `--runs` times each.
 * Prints one JSON line per page and form factor with the medians:
 * {"page","form","runs","perf","lcp_ms","fcp_ms","tbt_ms","cls","js_kb_gz","js_kb_before_paint","transfer_kb","a11y","requests","js_requests","html_kb","dom","ttfb_ms","benchmark_index","script_ms"}
 * (fcp_ms: the simulated first paint, the HTML and the stylesheet; js_kb_before_paint: the JavaScript that
 * had arrived when the first paint was presented in the recording, which the simulated LCP counts
 * when it also started to run by then: LCP − FCP is what that race adds)
 * (benchmark_index: the host CPU index Lighthouse measured; its 4x mobile slowdown is calibrated for 1,500–2,000)
 * (requests, js_requests, html_kb and dom depend only on the build and the data, not on the machine's load)
 * Before the app's pages, the same runs on a bare Next.js page ("bare-next": a root layout and a page
 * with a heading and a paragraph, built with this project's Next.js in `.data/bench-floor`, `next
 * start` on port+1; `--no-floor` skips it): what the framework alone costs on this host, so a miss
 * the bare page shares reads as the host's floor, not the page's own cost.
 * then the throughput part (autocannon, 10 connections, `--duration` seconds each, one after the
 * other, each after an unrecorded warm-up of up to 5 s at the same load, so no target's figure holds
 * the server's first compilation of its code): {"throughput","rps","p99_ms","non2xx"} for the roster page, the roster search API and
 * /api/health, and their ratios; last, the budget check against tests/bench/page-budgets.json as one
 * JSON line — exit code 1 when a target is missed. Progress goes to stderr. The server, Chromium and
 * the database are stopped at the end, also on failure or Ctrl-C. Only localhost is contacted.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

import { finishBuild } from "../../lib/server-build/finish";
import { answered } from "./answered";

type Ctx = {
  slug: string;
  influencerId: string;
  campaignId: string;
  collaborationId: string;
  portalPath: string;
  /** The influencer's signing page of the demo contract awaiting their signature. */
  contractPath: string;
  /** A client's share link to a report on the demo campaign. */
  reportPath: string;
};
type PageDef = { name: string; path: (c: Ctx) => string; auth: boolean };

/** The key pages. A new page is one line here (and, if it needs its own budget, one entry in page-budgets.json). */
const PAGES: PageDef[] = [
  // The first page a new user sees: server-rendered text and links, no client component of its own.
  { name: "landing", path: () => "/", auth: false },
  { name: "sign-in", path: () => "/sign-in", auth: false },
  { name: "roster", path: (c) => `/w/${c.slug}/influencers`, auth: true },
  { name: "influencer", path: (c) => `/w/${c.slug}/influencers/${c.influencerId}`, auth: true },
  { name: "campaign", path: (c) => `/w/${c.slug}/campaigns/${c.campaignId}`, auth: true },
  { name: "collaboration", path: (c) => `/w/${c.slug}/campaigns/${c.campaignId}/collaborations/${c.collaborationId}`, auth: true },
  // The link as the influencer receives it (the invite email, the copy button).
  { name: "portal", path: (c) => c.portalPath, auth: false },
  // The contract as the influencer opens it from the portal, on their phone, to sign.
  { name: "contract-signing", path: (c) => c.contractPath, auth: false },
  { name: "compliance", path: (c) => `/w/${c.slug}/compliance`, auth: true },
  { name: "contracts", path: (c) => `/w/${c.slug}/contracts`, auth: true },
  { name: "contract-template", path: (c) => `/w/${c.slug}/settings/contracts`, auth: true },
  { name: "results", path: (c) => `/w/${c.slug}/campaigns/${c.campaignId}/results`, auth: true },
  { name: "analytics", path: (c) => `/w/${c.slug}/analytics`, auth: true },
  { name: "reports", path: (c) => `/w/${c.slug}/reports`, auth: true },
  // A report's share link as the client opens it: no account, every section.
  { name: "shared-report", path: (c) => c.reportPath, auth: false },
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const RUNS = Math.max(1, Number(arg("runs", "3")));
const PORT = Number(arg("port", "3310"));
const DURATION = Math.max(1, Number(arg("duration", "15")));
const WARM_UP = Math.min(5, DURATION);
const ONLY = arg("only", "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const FORMS = arg("forms", "mobile,desktop")
  .split(",")
  .map((s) => s.trim())
  .filter((f): f is "mobile" | "desktop" => f === "mobile" || f === "desktop");
const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST_DIR = arg("dist-dir", ".next-bench");
// --save-lhr <dir>: keep every run's Lighthouse report as JSON (page-form-run.json), to see which
// scripts and tasks a figure comes from.
const SAVE_LHR = arg("save-lhr", "");
const DATA_DIR = path.join(ROOT, ".data/bench-pages");
const FLOOR = !flag("no-floor");
const FLOOR_DIR = path.join(ROOT, ".data/bench-floor");
const FLOOR_BASE = `http://localhost:${PORT + 1}`;
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
/** `npm start`'s command line ("node <flags> lib/cli/start.mjs"), run without npm in between. */
const START_ARGS = (() => {
  const start = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [bin, ...args] = start.split(/\s+/);
  if (bin !== "node") throw new Error(`package.json's start script no longer runs node: ${start}`);
  return args;
})();
/** The bare page's name in the output; the budgets are not checked on it. */
const FLOOR_PAGE = "bare-next";
const BASE = `http://localhost:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const AUTH_SECRET = "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
const out = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---- resources to release whatever happens -------------------------------------------------------
let server: ChildProcess | null = null;
let floorServer: ChildProcess | null = null;
let chrome: chromeLauncher.LaunchedChrome | null = null;
let stopDb: (() => Promise<void>) | null = null;
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (chrome) {
    try {
      chrome.kill();
    } catch {}
  }
  const running = [server, floorServer].filter((s): s is ChildProcess & { pid: number } => !!s?.pid && s.exitCode === null);
  for (const s of running) {
    try {
      process.kill(-s.pid, "SIGTERM"); // its own process group: next and its workers
    } catch {}
  }
  if (running.length) await new Promise((r) => setTimeout(r, 1500));
  for (const s of running) {
    try {
      process.kill(-s.pid, "SIGKILL");
    } catch {}
  }
  if (stopDb) await stopDb().catch((e: unknown) => log(`database stop failed: ${(e as Error).message}`));
}
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    log(`${sig}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---- steps --------------------------------------------------------------------------------------
async function build() {
  if (flag("reuse-build") && fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
    log(`reusing the build in ${DIST_DIR}`);
  } else {
    nextBuild();
  }
  // As `npm run build` does after next build (on a reused build, only the compressed copies an earlier run did not write).
  const { statics: r, server: c } = await finishBuild(path.join(ROOT, DIST_DIR));
  log(`compressed copies of ${r.files} static files (${r.unchanged} already current) in ${(r.ms / 1000).toFixed(1)} s`);
  log(`compiled the server (${c.files} files) in ${(c.ms / 1000).toFixed(1)} s`);
}

function nextBuild() {
  log(`next build → ${DIST_DIR} (a few minutes)`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
  log(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// ---- the bare Next.js page: the framework's own cost on this host --------------------------------
const FLOOR_FILES: Record<string, string> = {
  "package.json": `{ "name": "bench-floor", "private": true }\n`,
  // Its own root: Turbopack would otherwise take the project's (its lockfile), with the project's
  // instrumentation and config.
  "next.config.mjs": "export default { turbopack: { root: import.meta.dirname } };\n",
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export const metadata = { title: "A bare Next.js page" };

export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>A root layout and this server component: no client component, no stylesheet, no font.</p>
    </main>
  );
}
`,
};

/**
 * Builds the bare page with this project's Next.js and React. Turbopack compiles nothing outside its
 * root and refuses a symlinked node_modules that points out of it, so the project's node_modules is
 * hard-linked in (`cp -al`: no bytes copied, about 2 s). `--reuse-build` keeps a build of the same
 * Next.js version.
 */
function buildFloor() {
  const nextVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")) as { version: string })
    .version;
  const stamp = path.join(FLOOR_DIR, "built-with-next");
  if (
    flag("reuse-build") &&
    fs.existsSync(path.join(FLOOR_DIR, ".next/BUILD_ID")) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, "utf8") === nextVersion
  ) {
    log("reusing the bare Next.js page's build");
    return;
  }
  log(`building the bare Next.js page (Next.js ${nextVersion}) in ${path.relative(ROOT, FLOOR_DIR)}`);
  fs.rmSync(FLOOR_DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FLOOR_FILES)) {
    fs.mkdirSync(path.dirname(path.join(FLOOR_DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(FLOOR_DIR, file), text);
  }
  const cp = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(FLOOR_DIR, "node_modules")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (cp.status !== 0) throw new Error("could not hard-link node_modules into the bare page's folder (cp -al); run with --no-floor");
  const r = spawnSync(process.execPath, [path.join(FLOOR_DIR, "node_modules/next/dist/bin/next"), "build"], {
    cwd: FLOOR_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (r.status !== 0) throw new Error(`next build of the bare page failed (exit ${r.status})`);
  fs.writeFileSync(stamp, nextVersion);
}

async function startFloor() {
  floorServer = spawn(process.execPath, [path.join(FLOOR_DIR, "node_modules/next/dist/bin/next"), "start", "--port", String(PORT + 1)], {
    cwd: FLOOR_DIR,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  await answered(floorServer, FLOOR_BASE, 60_000, "the bare page's next start");
}

async function startDatabase(): Promise<string> {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  // lib/env reads the environment once, on first import: point it at the scratch data dir first.
  process.env.DATA_DIR = DATA_DIR;
  // The app's log lines from this process (the seed's) go to stderr with the progress: stdout is the JSON lines.
  const { setLogDestination } = await import("../../lib/log");
  setLogDestination({ write: (line: string) => void process.stderr.write(line) });
  const { embeddedUrl, ensureEmbeddedPostgres } = await import("../../lib/db/embedded");
  const { migrate } = await import("../../lib/db/migrate");
  const { EMBEDDED_DATABASE } = await import("../../lib/db/url");
  const pgRes = await ensureEmbeddedPostgres({ dataDir: DATA_DIR });
  stopDb = pgRes.stop;
  const admin = embeddedUrl(pgRes.state, "postgres");
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE "${EMBEDDED_DATABASE}"`);
  await c.end();
  const url = embeddedUrl(pgRes.state, EMBEDDED_DATABASE);
  await migrate({ connectionString: url, log: () => {} });
  return url;
}

/** Seeds the demo workspace and issues one portal invite through the real service. */
async function seed(url: string): Promise<Ctx> {
  process.env.DATABASE_URL = url;
  const { seedDemo, DEMO_SLUG } = await import("../../prisma/seed-demo");
  const { db } = await import("../../lib/db");
  const { issueInvite } = await import("../../lib/collaborations/invite");
  const { userId, workspaceId } = await seedDemo({ log: () => {} });
  const collab = await db.collaboration.findFirst({
    where: { workspaceId, status: { notIn: ["declined", "cancelled"] }, campaign: { briefVersion: { gte: 1 } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, campaignId: true, influencerId: true },
  });
  if (!collab) throw new Error("the demo data has no collaboration on a campaign with a sent brief");
  const invite = await issueInvite({ workspaceId, actorId: userId, collaborationId: collab.id });
  const portalPath = new URL(invite.url).pathname;
  // The demo contract awaiting the influencer's signature, opened through its collaboration's invite.
  const awaiting = await db.contract.findFirst({ where: { workspaceId, state: "sent" }, select: { collaborationId: true } });
  if (!awaiting) throw new Error("the demo data has no contract awaiting a signature");
  const signer = await issueInvite({ workspaceId, actorId: userId, collaborationId: awaiting.collaborationId });
  const contractPath = new URL(signer.url).pathname.replace(/\/portal$/, "/contract");
  // A report on the demo campaign with every section, and a share link to it.
  const { createReport } = await import("../../lib/reports/crud");
  const { createShareLink } = await import("../../lib/reports/share-links");
  const { REPORT_SECTIONS } = await import("../../lib/reports/labels");
  const report = await createReport({
    workspaceId,
    actorId: userId,
    timeZone: "UTC",
    input: {
      title: "Spring results for the client",
      campaignId: collab.campaignId,
      from: null,
      to: null,
      sections: [...REPORT_SECTIONS],
      comment: "Numbers as of today.",
      mode: "live",
    },
  });
  const link = await createShareLink({ workspaceId, actorId: userId, input: { reportId: report.id, expiresInDays: 30 } });
  const reportPath = `/reports/${link.token}`;
  // The seed queues jobs, which opened a pg-boss pool in this process: closed here, it can't log
  // "job queue error" onto stdout (between the JSON lines) when the database stops at the end.
  const { stopJobs } = await import("../../lib/jobs");
  await stopJobs();
  await db.$disconnect();
  return {
    slug: DEMO_SLUG,
    influencerId: collab.influencerId,
    campaignId: collab.campaignId,
    collaborationId: collab.id,
    portalPath,
    contractPath,
    reportPath,
  };
}

async function startServer(databaseUrl: string) {
  log(`npm start (node ${START_ARGS.join(" ")}) on ${BASE}`);
  const t0 = Date.now();
  server = spawn(process.execPath, START_ARGS, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: databaseUrl,
      DATA_DIR,
      PORT: String(PORT),
      APP_URL: BASE,
      AUTH_SECRET,
      // Lighthouse and autocannon come from one address, far beyond the per-IP limits.
      RATE_LIMIT_DISABLED: "1",
      // The background workers (pg-boss polling, README "Background jobs") would add their queries to the
      // measured server's; the pages measured here send no job that has to run meanwhile.
      JOBS_DISABLED: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await answered(server, `${BASE}/api/health`, 120_000, "npm start");
  const ms = Date.now() - t0;
  log(`server answered /api/health after ${ms} ms`);
  return ms;
}

async function signIn(): Promise<string> {
  const { DEMO_EMAIL, DEMO_PASSWORD } = await import("../../prisma/seed-demo");
  const res = await fetch(`${BASE}/api/auth/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: BASE },
    body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  if (!cookie) throw new Error("sign-in answered without a session cookie");
  return cookie;
}

type Lhr = {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      details?: {
        items?: {
          url?: string;
          resourceType?: string;
          transferSize?: number;
          resourceSize?: number;
          networkEndTime?: number;
          observedLargestContentfulPaint?: number;
        }[];
      };
    }
  >;
  runtimeError?: { code?: string; message: string };
  environment?: { benchmarkIndex?: number };
};

/** A run Lighthouse could not record, with its runtime error code (NO_NAVSTART, ERRORED_DOCUMENT_REQUEST, …). */
class LighthouseRecordingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The codes of a recording that went wrong on Lighthouse's side, not the page's: worth a second run. */
const RETRIED_CODES = new Set(["NO_NAVSTART", "NO_TRACING_STARTED"]);

async function lighthouseRun(url: string, form: "mobile" | "desktop", cookie: string | null, saveAs?: string) {
  const result = await lighthouse(
    url,
    {
      port: chrome!.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    },
    form === "desktop" ? desktopConfig : undefined,
  );
  const lhr = result?.lhr as unknown as Lhr | undefined;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new LighthouseRecordingError(lhr.runtimeError.code ?? "", `Lighthouse: ${lhr.runtimeError.message} (${url})`);
  if (SAVE_LHR && saveAs) {
    fs.mkdirSync(SAVE_LHR, { recursive: true });
    fs.writeFileSync(path.join(SAVE_LHR, `${saveAs}.json`), JSON.stringify(lhr));
  }
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === "Script");
  const jsBytes = scripts.reduce((s, r) => s + (r.transferSize ?? 0), 0);
  // The scripts that had arrived when the page was first painted in the (unthrottled) recording.
  // Lighthouse's mobile LCP is simulated from the recording: a script that arrived and started to
  // run before the observed paint was presented is counted into LCP as if the paint waited for it,
  // though it does not (README "Development notes"). On localhost that is a race of a few ms.
  const observedLcp = lhr.audits["metrics"]?.details?.items?.[0]?.observedLargestContentfulPaint ?? NaN;
  const jsBeforePaint = scripts.filter((r) => (r.networkEndTime ?? Infinity) <= observedLcp).reduce((s, r) => s + (r.transferSize ?? 0), 0);
  // The page's own HTML (after any redirect): its decoded size, which the flight data inlined in it counts towards.
  const doc = requests.find((r) => r.resourceType === "Document" && r.url === lhr.finalDisplayedUrl);
  return {
    perf: (lhr.categories.performance?.score ?? 0) * 100,
    a11y: (lhr.categories.accessibility?.score ?? 0) * 100,
    lcp_ms: num("largest-contentful-paint"),
    fcp_ms: num("first-contentful-paint"),
    tbt_ms: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    js_kb_gz: jsBytes / 1024,
    js_kb_before_paint: jsBeforePaint / 1024,
    transfer_kb: num("total-byte-weight") / 1024,
    // Deterministic for a given build and data set: they move only when the page changes, not with the machine's load.
    requests: requests.length,
    js_requests: scripts.length,
    html_kb: (doc?.resourceSize ?? NaN) / 1024,
    dom: num("dom-size"),
    ttfb_ms: num("server-response-time"),
    // The host's CPU index Lighthouse measured before the run (its docs calibrate the 4x mobile CPU
    // slowdown for 1,500–2,000): TBT moves with it, so a reader can tell a slow host from a slow page.
    benchmark_index: lhr.environment?.benchmarkIndex ?? NaN,
    // Main-thread time in script evaluation, parse and compile (with the CPU slowdown applied): what its JavaScript costs.
    script_ms: num("bootup-time"),
  };
}

/**
 * lighthouseRun, again (up to twice) when Lighthouse itself fails to record the page (a trace
 * without its navigation start, NO_NAVSTART, now and then under load): a run that went wrong is not
 * a measurement of the page. Any other failure (the page answering an error included), and the
 * third, stops the bench.
 */
async function lighthouseRetried(...args: Parameters<typeof lighthouseRun>): ReturnType<typeof lighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseRun(...args);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // A page that failed (a 500, no first paint) is a finding, not something to measure again.
      if (attempt >= 3 || !(e instanceof LighthouseRecordingError) || !RETRIED_CODES.has(e.code)) throw e;
      log(`${message}: running it again (attempt ${attempt + 1} of 3)`);
    }
  }
}

type PageResult = {
  page: string;
  form: string;
  runs: number;
  perf: number;
  lcp_ms: number;
  fcp_ms: number;
  tbt_ms: number;
  cls: number;
  js_kb_gz: number;
  js_kb_before_paint: number;
  transfer_kb: number;
  a11y: number;
  requests: number;
  js_requests: number;
  html_kb: number;
  dom: number;
  ttfb_ms: number;
  benchmark_index: number;
  script_ms: number;
};

async function measurePages(ctx: Ctx, cookie: string): Promise<PageResult[]> {
  chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const results: PageResult[] = [];
  const targets = [
    ...(FLOOR ? [{ name: FLOOR_PAGE, url: `${FLOOR_BASE}/`, cookie: null }] : []),
    ...PAGES.filter((p) => ONLY.length === 0 || ONLY.includes(p.name)).map((p) => ({
      name: p.name,
      url: `${BASE}${p.path(ctx)}`,
      cookie: p.auth ? cookie : null,
    })),
  ];
  for (const p of targets) {
    const url = p.url;
    // One plain request first so that the page's modules are loaded before the first measured run.
    const warm = await fetch(url, { headers: p.cookie ? { Cookie: p.cookie } : {}, redirect: "manual" });
    if (warm.status >= 400) throw new Error(`${p.name}: ${url} answered ${warm.status}`);
    for (const form of FORMS) {
      const runs: Awaited<ReturnType<typeof lighthouseRun>>[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRetried(url, form, p.cookie, `${p.name}-${form}-${i + 1}`));
      const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
      const r: PageResult = {
        page: p.name,
        form,
        runs: RUNS,
        perf: round(m("perf")),
        lcp_ms: round(m("lcp_ms")),
        fcp_ms: round(m("fcp_ms")),
        tbt_ms: round(m("tbt_ms")),
        cls: round(m("cls"), 3),
        js_kb_gz: round(m("js_kb_gz"), 1),
        js_kb_before_paint: round(m("js_kb_before_paint"), 1),
        transfer_kb: round(m("transfer_kb"), 1),
        a11y: round(m("a11y")),
        requests: m("requests"),
        js_requests: m("js_requests"),
        html_kb: round(m("html_kb"), 1),
        dom: m("dom"),
        ttfb_ms: round(m("ttfb_ms")),
        benchmark_index: round(m("benchmark_index")),
        script_ms: round(m("script_ms")),
      };
      out(r);
      results.push(r);
    }
  }
  chrome.kill();
  chrome = null;
  return results;
}

async function throughput(ctx: Ctx, cookie: string) {
  const targets = [
    { name: "roster_page", path: `/w/${ctx.slug}/influencers` },
    { name: "search_api", path: `/api/w/${ctx.slug}/influencers` },
    { name: "health", path: "/api/health" },
  ];
  const res: Record<string, { rps: number; p99_ms: number }> = {};
  for (const t of targets) {
    log(`throughput: ${t.path}, 10 connections, ${WARM_UP} s warm-up, then ${DURATION} s`);
    await autocannon({ url: `${BASE}${t.path}`, connections: 10, duration: WARM_UP, headers: { cookie } });
    const r = await autocannon({ url: `${BASE}${t.path}`, connections: 10, duration: DURATION, headers: { cookie } });
    res[t.name] = { rps: r.requests.average, p99_ms: r.latency.p99 };
    out({ throughput: t.name, rps: round(r.requests.average, 1), p99_ms: round(r.latency.p99), non2xx: r.non2xx + r.errors });
  }
  const ratios = {
    roster_vs_search: round(res.roster_page!.rps / res.search_api!.rps, 2),
    roster_vs_health: round(res.roster_page!.rps / res.health!.rps, 2),
    search_vs_health: round(res.search_api!.rps / res.health!.rps, 2),
  };
  out({ throughput: "ratios", ...ratios });
  return ratios;
}

type Budgets = {
  mobile: { perf_min: number; lcp_ms_max: number; tbt_ms_max: number; cls_max: number; a11y_min: number };
  desktop: { perf_min: number; a11y_min: number };
  pages: Record<string, { transfer_kb_max?: number }>;
  throughput: { roster_vs_search_min: number };
};

/**
 * One entry per target: "pass", or "fail: <page value>, …". The app's pages only: the bare Next.js
 * page's value for each target goes in `bare_next` ("<value>: meets it" or "misses it"), and a failed
 * target the bare page misses too says so, with its value.
 */
function checkBudgets(all: PageResult[], ratios: { roster_vs_search: number } | null) {
  const budgets = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/bench/page-budgets.json"), "utf8")) as Budgets;
  const targets: Record<string, string> = {};
  const bare: Record<string, string> = {};
  const pages = all.filter((r) => r.page !== FLOOR_PAGE);
  const check = (label: string, rows: PageResult[], value: (r: PageResult) => number, ok: (v: number) => boolean) => {
    if (rows.length === 0) return;
    const misses = rows.filter((r) => !ok(value(r))).map((r) => `${r.page} ${value(r)}`);
    targets[label] = misses.length ? `fail: ${misses.join(", ")}` : "pass";
    const floor = all.find((r) => r.page === FLOOR_PAGE && r.form === rows[0]!.form);
    if (!floor || label.includes("transfer_kb")) return;
    const v = value(floor);
    bare[label] = `${v}: ${ok(v) ? "meets it" : "misses it"}`;
    if (misses.length && !ok(v)) targets[label] += ` (a bare Next.js page here: ${v})`;
  };
  const mobile = pages.filter((r) => r.form === "mobile");
  const desktop = pages.filter((r) => r.form === "desktop");
  const b = budgets;
  check(
    `mobile perf >= ${b.mobile.perf_min}`,
    mobile,
    (r) => r.perf,
    (v) => v >= b.mobile.perf_min,
  );
  check(
    `mobile lcp_ms <= ${b.mobile.lcp_ms_max}`,
    mobile,
    (r) => r.lcp_ms,
    (v) => v <= b.mobile.lcp_ms_max,
  );
  check(
    `mobile tbt_ms <= ${b.mobile.tbt_ms_max}`,
    mobile,
    (r) => r.tbt_ms,
    (v) => v <= b.mobile.tbt_ms_max,
  );
  check(
    `mobile cls <= ${b.mobile.cls_max}`,
    mobile,
    (r) => r.cls,
    (v) => v <= b.mobile.cls_max,
  );
  check(
    `mobile a11y >= ${b.mobile.a11y_min}`,
    mobile,
    (r) => r.a11y,
    (v) => v >= b.mobile.a11y_min,
  );
  check(
    `desktop perf >= ${b.desktop.perf_min}`,
    desktop,
    (r) => r.perf,
    (v) => v >= b.desktop.perf_min,
  );
  check(
    `desktop a11y >= ${b.desktop.a11y_min}`,
    desktop,
    (r) => r.a11y,
    (v) => v >= b.desktop.a11y_min,
  );
  for (const [page, pb] of Object.entries(b.pages)) {
    if (pb.transfer_kb_max !== undefined) {
      const max = pb.transfer_kb_max;
      check(
        `${page} mobile transfer_kb <= ${max}`,
        mobile.filter((r) => r.page === page),
        (r) => r.transfer_kb,
        (v) => v <= max,
      );
    }
  }
  if (ratios) {
    const min = b.throughput.roster_vs_search_min;
    targets[`roster_vs_search >= ${min}`] = ratios.roster_vs_search >= min ? "pass" : `fail: ${ratios.roster_vs_search}`;
  }
  const pass = Object.values(targets).every((v) => v === "pass");
  out({ budgets: pass ? "pass" : "fail", targets, ...(Object.keys(bare).length ? { bare_next: bare } : {}) });
  return pass;
}

// ---- main ---------------------------------------------------------------------------------------
let ok = false;
try {
  await build();
  if (FLOOR) {
    buildFloor();
    await startFloor();
  }
  log(`scratch database in ${path.relative(ROOT, DATA_DIR)}`);
  const url = await startDatabase();
  const ctx = await seed(url);
  const startMs = await startServer(url);
  out({ cold_start_ms: startMs });
  const cookie = await signIn();
  const pages = await measurePages(ctx, cookie);
  const ratios = flag("no-throughput") ? null : await throughput(ctx, cookie);
  ok = checkBudgets(pages, ratios);
} catch (e) {
  log(`failed: ${(e as Error).stack ?? String(e)}`);
} finally {
  await cleanup();
}
process.exit(ok ? 0 : 1);
