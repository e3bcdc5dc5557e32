// A stand-in for Next's request context (next/headers) so tests can run the REAL Auth.js code —
// signIn, signOut, auth() — and the real per-request session check (lib/auth/session.ts): each call
// sees the Cookie header of `browser`, and cookies Auth.js sets land in it, as in a browser.
// Use with `vi.mock("next/headers", async () => (await import("./auth-request")).nextHeadersDouble)` and
// `vi.unmock("@/lib/auth/session")`.
import { encode, type JWT } from "next-auth/jwt";

import { authSecret } from "@/lib/auth/secret";
import { PEER_HEADER, trustPeerHeader } from "@/lib/client-ip";

// The client address arrives as the launcher (lib/cli/serve.ts) stamps it from the socket.
trustPeerHeader();

/** Auth.js's session cookie over plain http (https prefixes it with __Secure-). */
export const SESSION_COOKIE = "authjs.session-token";

/** One browser: its cookies, sent with every request made "from" it. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(readonly userAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0") {}

  get sessionCookie(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  /** A second browser holding a copy of this one's cookies (a stolen or replayed cookie). */
  copy(): Browser {
    const b = new Browser("curl/8.5.0");
    b.cookies = new Map(this.cookies);
    return b;
  }
}

let current: Browser = new Browser();

/** Makes the following Auth.js / gate calls come from `browser`. */
export function from(browser: Browser): Browser {
  current = browser;
  return browser;
}

function requestHeaders(): Headers {
  const cookie = [...current.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  return new Headers({
    host: "localhost:3000",
    "x-forwarded-proto": "http",
    "user-agent": current.userAgent,
    [PEER_HEADER]: "203.0.113.7",
    ...(cookie ? { cookie } : {}),
  });
}

export const nextHeadersDouble = {
  headers: async () => requestHeaders(),
  cookies: async () => ({
    get: (name: string) => (current.cookies.has(name) ? { name, value: current.cookies.get(name)! } : undefined),
    getAll: () => [...current.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => current.cookies.has(name),
    set: (name: string, value: string, options?: { maxAge?: number; expires?: Date }) => {
      const expired = options?.maxAge === 0 || (options?.expires && options.expires.getTime() <= Date.now());
      if (expired || value === "") current.cookies.delete(name);
      else current.cookies.set(name, value);
    },
    delete: (name: string) => current.cookies.delete(name),
  }),
};

/** A session JWT minted with the app's own secret and cookie name, as Auth.js would sign it. */
export function mintSessionToken(token: JWT): Promise<string> {
  return encode({ token, secret: authSecret(), salt: SESSION_COOKIE, maxAge: 3600 });
}
