// Next.js start-up hook (this file must sit at the project root): make the database ready — start or
// find the embedded Postgres when DATABASE_URL is unset, apply migrations, seed the demo into a new
// database — before serving.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureDatabase } = await import("./lib/db/ensure");
  const { log } = await import("./lib/log");
  const database = await ensureDatabase();
  // lib/db imports no domain, so the entry point seeds the demo into a new database.
  if (database.seedDemo) await (await import("./prisma/seed-demo")).seedDemo({ log: (m) => log.info(m) });
  const { env } = await import("./lib/env");
  if (!env.JOBS_DISABLED) {
    // The workers start behind the first requests instead of before them: nothing a page does waits
    // for them (a job sent meanwhile waits in its queue, and enqueue shares the queue's start-up).
    // Under the launcher (lib/cli/serve.ts) they wait until the server listens (lib/jobs/start-hook.ts).
    // The imports stay in here, behind the runtime check, so that no edge bundle includes them.
    const { startJobWorkersWhenAllowed } = await import("./lib/jobs/start-hook");
    startJobWorkersWhenAllowed(
      () =>
        void Promise.all([import("./lib/jobs"), import("./lib/jobs/registry"), import("./lib/influencers/import-jobs/recovery")])
          .then(async ([{ startWorkers }, { JOB_HANDLERS, JOB_SCHEDULES }, { recoverStaleImports }]) => {
            await startWorkers(JOB_HANDLERS, JOB_SCHEDULES);
            // Imports abandoned by a crashed server resume now rather than at the queue's expiry.
            await recoverStaleImports().catch((e: unknown) => log.error("import recovery failed", { err: e }));
          })
          .catch((e: unknown) => log.error("job workers failed to start", { err: e })),
    );
  }
}

/**
 * Errors nobody caught (a page or layout that threw, a route handler without a gate): logged once with
 * the request id proxy.ts gave the request and the digest app/error.tsx shows the user as its "ref".
 */
export async function onRequestError(
  err: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routeType: string; routePath: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const { isDbUnavailable } = await import("./lib/errors");
  const requestId = request.headers["x-request-id"];
  const digest = typeof err === "object" && err !== null && "digest" in err ? String(err.digest) : undefined;
  log[isDbUnavailable(err) ? "warn" : "error"](`unexpected error in ${context.routeType}`, {
    requestId: typeof requestId === "string" ? requestId : undefined,
    digest,
    method: request.method,
    path: request.path,
    route: context.routePath,
    err,
  });
}
