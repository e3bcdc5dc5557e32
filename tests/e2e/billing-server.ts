// A second server with billing on, for the specs about billing (billing.spec.ts, payouts.spec.ts).
// The suite's server runs with billing off (every other spec and the demo must see nothing of it), so
// these start their own from the same build, against the local fake Stripe
// (tests/fixtures/fake-stripe.ts), on their own data directory, and stop both when done.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";

import type { Browser } from "@playwright/test";

import { fakeStripeEnv, startFakeStripe, type FakeStripe } from "../fixtures/fake-stripe";
import { expect, guardCsp } from "./helpers";
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
  const server: ChildProcess = spawn("npm", ["start"], {
    detached: true,
    stdio: "ignore",
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
    await expect(async () => {
      const res = await fetch(`${base}/api/health`);
      expect(res.status).toBe(200);
    }).toPass({ timeout: 200_000, intervals: [1_000] });
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
