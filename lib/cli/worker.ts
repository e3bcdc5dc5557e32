// `npm run worker`: a dedicated background-job process (optional: app servers also work jobs).
import { ensureDatabase } from "../db/ensure";
import { recoverStaleImports } from "../influencers/import-jobs/recovery";
import { startWorkers } from "../jobs";
import { JOB_HANDLERS } from "../jobs/registry";

const database = await ensureDatabase();
if (database.seedDemo) await (await import("../../prisma/seed-demo")).seedDemo();
await startWorkers(JOB_HANDLERS);
await recoverStaleImports();
console.log(`[jobs] working ${Object.keys(JOB_HANDLERS).length} queues`);
