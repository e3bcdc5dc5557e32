// `npm run dev`: make the database ready (starting the embedded Postgres when DATABASE_URL is
// unset, seeding the demo into a new one), then run `next dev` against it. This process owns the embedded server and stops it when
// Next exits or on Ctrl-C. The dev server listens on 127.0.0.1 unless HOST is set (lib/cli/next-args.ts).
import { spawn } from "node:child_process";

import { ensureDatabase } from "../db/ensure";
import { env } from "../env";
import { nextArgs } from "./next-args";

const mode = process.argv[2] === "start" ? "start" : "dev";
const started = Date.now();
const db = await ensureDatabase((m) => process.stdout.write(`[db] ${m}\n`));
if (db.seedDemo) await (await import("../../prisma/seed-demo")).seedDemo({ log: (m) => process.stdout.write(`[db] ${m}\n`) });
if (db.embedded) {
  const { DEMO_EMAIL, DEMO_PASSWORD } = await import("../../prisma/seed-demo");
  // For the person at the terminal, not a log line: the demo account's password is public (README).
  process.stdout.write(`[demo] sign in at http://localhost:${env.PORT} as ${DEMO_EMAIL} / ${DEMO_PASSWORD}\n`);
}
process.stdout.write(`[db] ready in ${((Date.now() - started) / 1000).toFixed(1)}s${db.embedded ? " (embedded PostgreSQL)" : ""}\n`);

const child = spawn("npx", nextArgs(mode, { port: env.PORT, host: env.HOST }), {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" },
});
const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
process.on("SIGINT", forward("SIGINT"));
process.on("SIGTERM", forward("SIGTERM"));
child.on("exit", (code) => {
  void db.stop().finally(() => process.exit(code ?? 0));
});
