// `npm run db:seed`: seed the demo workspace into the configured database on purpose.
import { db } from "../lib/db";
import { ensureDatabase } from "../lib/db/ensure";
import { seedDemo } from "./seed-demo";

await ensureDatabase();
await seedDemo();
await db.$disconnect();
process.exit(0);
