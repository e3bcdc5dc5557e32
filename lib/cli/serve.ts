// `npm run dev` / `npm start`: make the database ready (starting the embedded Postgres when
// DATABASE_URL is unset), then serve Next in this process. This process owns the embedded server
// and stops it on exit or Ctrl-C. `npm run dev` runs this file through tsx; `npm start` runs the copy
// `npm run build` compiles to JavaScript (lib/server-build/compile.ts, lib/cli/start.mjs).
//
// Next is served from our own HTTP server (a Next "custom server") for one reason: the client's
// address. `next start` passes a client-sent X-Forwarded-For through untouched and fills it from the
// socket only when absent, so the app could not tell a forged header from the real peer. Here every
// request gets the socket address in PEER_HEADER, replacing any client copy, and lib/client-ip.ts
// trusts that header only in a process where this launcher said so (README "Security").
import http from "node:http";
import path from "node:path";

const mode = process.argv[2] === "start" ? "start" : "dev";
const dev = mode === "dev";
// Set before Next and lib/env load, as the `next dev` / `next start` commands do.
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";

const { env } = await import("../env");
const { ensureDatabase } = await import("../db/ensure");
const { stampPeer, trustPeerHeader } = await import("../client-ip");
const { default: next } = await import("next");
const { listenHost } = await import("./next-args");
// Loaded now, not at shutdown: by then a signal to the process group may have stopped tsx's compiler.
const { flushClicksOnShutdown } = await import("../tracking/recorder");

const started = Date.now();
const db = await ensureDatabase((m) => process.stdout.write(`[db] ${m}\n`));
// The demo is seeded by instrumentation.ts, which Next runs in this process and which shares this
// ensureDatabase() result.
if (db.embedded) {
  const { DEMO_EMAIL, DEMO_PASSWORD } = await import("../../prisma/seed-demo");
  console.log(`[demo] sign in at http://localhost:${env.PORT} as ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
}
console.log(`[db] ready in ${((Date.now() - started) / 1000).toFixed(1)}s${db.embedded ? " (embedded PostgreSQL)" : ""}`);
process.env.DATABASE_URL = db.url;
process.env.NEXT_TELEMETRY_DISABLED = "1";

// The job workers (started by instrumentation.ts while Next prepares) wait until the server listens.
const { deferJobWorkers, jobWorkersMayStart } = await import("../jobs/start-hook");
deferJobWorkers();
const app = next({ dev, dir: process.cwd(), port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();
trustPeerHeader();
// After prepare(): the tracking modules use next/server, which needs the runtime Next sets up.
const { serveTrackingRedirect } = await import("../tracking/serve-redirect");
// The build's scripts and stylesheet from their compressed copies (`npm run build` writes them), not
// gzipped again by Next on every request (README "Production deployment", "Static files").
const statics = dev ? null : await startStaticAssets();

const server = http.createServer((req, res) => {
  stampPeer(req);
  // Tracking links (/r/<code>) are answered here, before Next: the hot path needs none of its
  // routing, rendering or Request/Response objects (lib/tracking/serve-redirect.ts).
  if (serveTrackingRedirect(req, res)) return;
  if (statics?.serve(req, res)) return;
  void handle(req, res);
});
const host = listenHost(mode, env.HOST);
const onListening = () => {
  console.log(`[next] ${mode} server on http://${host ?? "localhost"}:${env.PORT}`);
  jobWorkersMayStart();
};
if (host) server.listen(env.PORT, host, onListening);
else server.listen(env.PORT, onListening);

async function startStaticAssets() {
  const [{ staticAssets }, { default: config, securityHeaders }] = await Promise.all([
    import("../static-assets/serve"),
    import("../../next.config"),
  ]);
  const assets = staticAssets({ distDir: path.resolve(config.distDir ?? ".next"), headers: securityHeaders });
  if (assets.files === 0)
    console.log("[next] no compressed static files in the build (run `npm run build`): Next compresses them per request");
  return assets;
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.close();
  // Clicks still waiting in the tracking buffer are written before the database goes away.
  await flushClicksOnShutdown().catch(() => {});
  await app.close().catch(() => {});
  await db.stop().finally(() => process.exit(code));
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
