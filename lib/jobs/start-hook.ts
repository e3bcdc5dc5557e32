// Starting the job workers after the server listens. Loading every job handler and starting the
// queue takes a few hundred milliseconds of CPU; done while Next starts up, it delays the first
// answers. The launcher (lib/cli/serve.ts) asks for the workers to wait by calling deferJobWorkers()
// before Next prepares, and releases them with jobWorkersMayStart() once it listens; instrumentation.ts
// hands its starter over with startJobWorkersWhenAllowed(). Under plain `next start` nobody defers
// and the workers start at once. The state lives on globalThis under a registered symbol because the
// launcher and Next's bundle each load their own copy of this file.
type Hook = { deferred: boolean; listening: boolean; start: (() => void) | null };

const KEY = Symbol.for("microcampaigns.jobWorkersStart");
const slot = globalThis as unknown as { [KEY]?: Hook };

/** The launcher, before Next prepares: hold the workers until jobWorkersMayStart(). */
export function deferJobWorkers(): void {
  slot[KEY] ??= { deferred: true, listening: false, start: null };
}

/** The launcher, once the server listens: start the held workers (or let them start when handed over). */
export function jobWorkersMayStart(): void {
  const hook = slot[KEY];
  if (!hook) return;
  hook.listening = true;
  const start = hook.start;
  hook.start = null;
  start?.();
}

/** instrumentation.ts: runs `start` now, or when the launcher says the server listens. */
export function startJobWorkersWhenAllowed(start: () => void): void {
  const hook = slot[KEY];
  if (hook?.deferred && !hook.listening) hook.start = start;
  else start();
}
