// A second server with billing on, for the specs about billing (billing.spec.ts, payouts.spec.ts).
// The suite's server runs with billing off (every other spec and the demo must see nothing of it), so
// these start their own from the same build, against the local fake Stripe
// (tests/fixtures/fake-stripe.ts), on their own data directory, and stop both when done.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import path from "node:path";

import type { Browser } from "@playwright/test";

import { fakeStripeEnv, startFakeStripe, type FakeStripe } from "../fixtures/fake-stripe";
import { guardCsp } from "./helpers";
import { SMTP_PORT } from "./mail-sink";

/** A port nobody listens on now (several runs share the machine: no fixed offset from E2E_PORT). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export type BillingServer = {
  base: string;
  fake: FakeStripe;
  /** A browser context on this server that looks like its own client (own IP for per-IP rate limits). */
  client(browser: Browser): ReturnType<typeof guardCsp>;
  stop(): Promise<void>;
};

/**
 * Starts the fake Stripe and `npm start` with billing on against it, on `<E2E_DATA_DIR>-<name>`
 * (wiped first); `seedDemo` seeds the Demo Brand workspace as the suite's server does. Resolves once
 * /api/health answers.
 */
export async function startBillingServer(opts: { name: string; seedDemo?: boolean }): Promise<BillingServer> {
  const fake = await startFakeStripe();
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dataDir = `${process.env.E2E_DATA_DIR ?? ".data/e2e"}-${opts.name}`;
  fs.rmSync(dataDir, { recursive: true, force: true });
  // The server's output goes to a file beside its data directory, so a server that never answers
  // says why (the tail is in the error) instead of a bare "fetch failed".
  const logPath = `${dataDir}.log`;
  fs.mkdirSync(path.dirname(logPath), { recursive: true });
  const logFd = fs.openSync(logPath, "w");
  const server: ChildProcess = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: {
      ...process.env,
      ...fakeStripeEnv(fake.url),
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next",
      PORT: String(port),
      APP_URL: base,
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      NEXT_TELEMETRY_DISABLED: "1",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      TRUSTED_PROXY_HOPS: "1",
      ENCRYPTION_KEY: "ZTJlLW9ubHkta2V5LW5vdC1hLXNlY3JldC0wMTIzNDU=",
      ...(opts.seedDemo ? { DB_SEED_DEMO: "true" } : {}),
    },
  });
  fs.closeSync(logFd);
  const state: { exited: string | null } = { exited: null };
  server.once("exit", (code, signal) => {
    state.exited = `exited (${signal ?? `code ${code}`})`;
  });
  const tail = () => {
    try {
      return fs.readFileSync(logPath, "utf8").trimEnd().split("\n").slice(-40).join("\n");
    } catch {
      return "(no output)";
    }
  };
  const stop = async () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await fake.close();
  };
  try {
    const deadline = Date.now() + 200_000;
    for (;;) {
      if (state.exited)
        throw new Error(`The billing server ${state.exited} before /api/health answered. Its output (${logPath}):\n${tail()}`);
      const status = await fetch(`${base}/api/health`).then(
        (res) => res.status,
        () => null, // not listening yet
      );
      if (status === 200) break;
      if (Date.now() > deadline) {
        throw new Error(
          `The billing server did not answer /api/health in 200 s (last: ${status ?? "no answer"}). Its output (${logPath}):\n${tail()}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    base,
    fake,
    async client(browser: Browser) {
      const ip = `10.${randomBytes(3).join(".")}`;
      return guardCsp(await browser.newContext({ baseURL: base, extraHTTPHeaders: { "x-forwarded-for": ip } }));
    },
    stop,
  };
}
