// `npm run dev`: make the database ready (starting the embedded Postgres when DATABASE_URL is
// unset, seeding the demo into a new one), then run `next dev` against it. This process owns the embedded server and stops it when
// Next exits or on Ctrl-C.
import { spawn } from "node:child_process";

import { ensureDatabase } from "../db/ensure";
import { env } from "../env";

const mode = process.argv[2] === "start" ? "start" : "dev";
const started = Date.now();
const db = await ensureDatabase();
if (db.seedDemo) await (await import("../../prisma/seed-demo")).seedDemo({ log: (m) => console.log(`[db] ${m}`) });
if (db.embedded) {
  const { DEMO_EMAIL, DEMO_PASSWORD } = await import("../../prisma/seed-demo");
  console.log(`[demo] sign in at http://localhost:${env.PORT} as ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
}
console.log(`[db] ready in ${((Date.now() - started) / 1000).toFixed(1)}s${db.embedded ? " (embedded PostgreSQL)" : ""}`);

const child = spawn("npx", ["next", mode, "--port", String(env.PORT)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" },
});
const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
process.on("SIGINT", forward("SIGINT"));
process.on("SIGTERM", forward("SIGTERM"));
child.on("exit", (code) => {
  void db.stop().finally(() => process.exit(code ?? 0));
});
