// Next.js start-up hook (this file must sit at the project root): make the database ready — start or
// find the embedded Postgres when DATABASE_URL is unset, apply migrations, seed the demo into a new
// database — before serving.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureDatabase } = await import("./lib/db/ensure");
  const database = await ensureDatabase();
  // lib/db imports no domain, so the entry point seeds the demo into a new database.
  if (database.seedDemo) await (await import("./prisma/seed-demo")).seedDemo({ log: (m) => console.log(`[db] ${m}`) });
  const { env } = await import("./lib/env");
  if (!env.JOBS_DISABLED) {
    const { startWorkers } = await import("./lib/jobs");
    const { JOB_HANDLERS } = await import("./lib/jobs/registry");
    await startWorkers(JOB_HANDLERS);
    // Imports abandoned by a crashed server resume now rather than at the queue's expiry.
    const { recoverStaleImports } = await import("./lib/influencers/import-jobs/recovery");
    void recoverStaleImports().catch((e: unknown) => console.error("[jobs] import recovery failed:", e));
  }
}
