// `npm run db:migrate`: apply prisma/migrations to the configured database (same as on app start).
import { ensureDatabase } from "../db/ensure";

const r = await ensureDatabase();
if (r.seedDemo) await (await import("../../prisma/seed-demo")).seedDemo();
await r.stop();
process.exit(0);
