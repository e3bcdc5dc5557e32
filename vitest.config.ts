import path from "node:path";

import { defineConfig } from "vitest/config";

// Two projects: fast pure unit tests, and integration tests on a real Postgres
// (embedded unless DATABASE_URL is set). Each integration file gets its own database.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          sequence: { groupOrder: 0 },
          setupFiles: ["tests/fixtures/fast-check-seed.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-file.ts"],
          // next-auth imports "next/server" and "next/headers" without an extension, which Node's ESM
          // resolver refuses; bundled through Vite they resolve (and next/headers can be mocked), so
          // tests can run the real Auth.js session code.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
