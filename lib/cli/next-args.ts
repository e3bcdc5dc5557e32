// The `next dev` / `next start` command line that `npm run dev` runs (lib/cli/serve.ts). The dev
// server listens on the loopback interface only unless HOST says otherwise: it serves the dev outbox
// (/dev/mailbox) without sign-in and React's development tooling, neither meant for the network.
// 127.0.0.1 rather than "localhost", which may resolve to ::1 alone; browsers reach 127.0.0.1 for
// http://localhost too.
export const DEV_DEFAULT_HOST = "127.0.0.1";

export function nextArgs(mode: "dev" | "start", opts: { port: number; host?: string }): string[] {
  const host = opts.host ?? (mode === "dev" ? DEV_DEFAULT_HOST : undefined);
  return ["next", mode, "--port", String(opts.port), ...(host ? ["--hostname", host] : [])];
}
