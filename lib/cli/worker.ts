// `npm run worker`: a dedicated background-job process (optional: app servers also work jobs).
import { ensureDatabase } from "../db/ensure";
import { recoverStaleImports } from "../influencers/import-jobs/recovery";
import { startWorkers } from "../jobs";
import { JOB_HANDLERS, JOB_SCHEDULES } from "../jobs/registry";
import { log } from "../log";

const database = await ensureDatabase((m) => log.info(m));
if (database.seedDemo) await (await import("../../prisma/seed-demo")).seedDemo();
await startWorkers(JOB_HANDLERS, JOB_SCHEDULES);
await recoverStaleImports();
log.info("worker started", { queues: Object.keys(JOB_HANDLERS) });
