// The address `npm run dev` / `npm start` listen on (lib/cli/serve.ts). The dev server listens on the
// loopback interface only unless HOST says otherwise: it serves the dev outbox (/dev/mailbox) without
// sign-in and React's development tooling, neither meant for the network. 127.0.0.1 rather than
// "localhost", which may resolve to ::1 alone; browsers reach 127.0.0.1 for http://localhost too.
// Production listens on every interface unless HOST is set.
export const DEV_DEFAULT_HOST = "127.0.0.1";

export function listenHost(mode: "dev" | "start", host?: string): string | undefined {
  return host ?? (mode === "dev" ? DEV_DEFAULT_HOST : undefined);
}
