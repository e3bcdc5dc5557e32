// Next.js start-up hook (this file must sit at the project root): make the database ready — start or
// find the embedded Postgres when DATABASE_URL is unset, apply migrations — before serving.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureDatabase } = await import("./lib/db/ensure");
  await ensureDatabase();
  const { env } = await import("./lib/env");
  if (!env.JOBS_DISABLED) {
    const { startWorkers } = await import("./lib/jobs");
    const { JOB_HANDLERS } = await import("./lib/jobs/registry");
    await startWorkers(JOB_HANDLERS);
    // Imports abandoned by a crashed server resume now rather than at the queue's expiry.
    const { recoverStaleImports } = await import("./lib/influencers/import-jobs");
    void recoverStaleImports().catch((e: unknown) => console.error("[jobs] import recovery failed:", e));
  }
}
