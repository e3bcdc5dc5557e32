// End-to-end tests: a real browser against `next build && npm start` on a fresh embedded database
// (DATA_DIR=.data/e2e, wiped at start). Uses Debian's Chromium when present (no downloads here);
// on a machine with Playwright's own browsers installed it falls back to those.
import fs from "node:fs";

import { defineConfig, devices } from "@playwright/test";

// E2E_PORT / E2E_DATA_DIR / E2E_DIST_DIR let several runs share a machine without colliding.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next";
const baseURL = `http://localhost:${PORT}`;
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // A real SMTP server (tests/e2e/mail-sink.ts) receives every mail the app sends during the run.
  globalSetup: "./tests/e2e/global-setup.ts",
  webServer: {
    command: `rm -rf ${DATA_DIR} && npm run build && npm start`,
    url: `${baseURL}/api/health`,
    timeout: 1_200_000, // next build on a loaded 2-core machine can pass 10 minutes
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATA_DIR,
      NEXT_DIST_DIR: DIST_DIR,
      PORT: String(PORT),
      APP_URL: baseURL,
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      NEXT_TELEMETRY_DISABLED: "1",
      SMTP_URL: `smtp://127.0.0.1:${PORT + 2000}`,
      // The Demo Brand workspace (README, Quick start) for specs that need a lived-in workspace.
      DB_SEED_DEMO: "true",
      // The test runner plays the one trusted proxy: each browser context sends the X-Forwarded-For
      // of its own client (helpers.ts newClient), so per-IP rate limits see separate clients.
      TRUSTED_PROXY_HOPS: "1",
      // A fixed test key (not a secret): the demo store's webhook secret is sealed with it.
      ENCRYPTION_KEY: "ZTJlLW9ubHkta2V5LW5vdC1hLXNlY3JldC0wMTIzNDU=",
    },
  },
});
