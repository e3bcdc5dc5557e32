// Shared steps for the security regression tests: requests as a browser or an attacker would send
// them, the Auth.js credentials flow, and a stand-in for Next's request context (`next/headers`)
// so routes that call Auth.js `signIn` run outside a Next server.
import { randomBytes } from "node:crypto";

import { NextRequest } from "next/server";

import { hashPassword } from "@/lib/auth/password";
import { PEER_HEADER, trustPeerHeader } from "@/lib/client-ip";
import { appUrl } from "@/lib/env";

import { createUser, createWorkspaceWith } from "../../fixtures/factories";
import { actAs } from "../session-double";

export const uid = () => randomBytes(4).toString("hex");
export const PASSWORD = "correct horse battery staple";
export const ORIGIN = new URL(appUrl()).origin;
export const SESSION_COOKIE = "authjs.session-token";

let peersGiven = 0;

/**
 * A peer address of our own per test, as the launcher (lib/cli/serve.ts) would stamp it: the next one
 * of the documentation range, never one another test of the file had. (Picked at random, two tests
 * of a file drew the same address now and then, and their sign-in attempts shared a per-IP budget:
 * a wrong guess answered 429 one attempt early.) Each test file has its own module state and database.
 */
export function newPeer(): string {
  trustPeerHeader();
  peersGiven += 1;
  if (peersGiven > 254) throw new Error("newPeer: the 254 addresses of 192.0.2.0/24 are used up in this file");
  return `192.0.2.${peersGiven}`;
}

export async function userWithPassword(password = PASSWORD) {
  const user = await createUser({ email: `sec-${uid()}@example.test`, passwordHash: await hashPassword(password) });
  return { ...user, password };
}

/** A new workspace and its owner, who is then the signed-in user. */
export async function signedInOwner() {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ owner });
  actAs(owner);
  return { workspace, owner };
}

type Init = { method?: string; headers?: Record<string, string>; body?: BodyInit | null; peer?: string };

/** A request to this app as its own pages send it (same Origin), with the headers Next adds. */
export function appRequest(path: string, init: Init = {}): Request {
  const headers = new Headers({
    origin: ORIGIN,
    "sec-fetch-site": "same-origin",
    "x-forwarded-proto": new URL(ORIGIN).protocol.slice(0, -1),
    ...init.headers,
  });
  if (init.peer) headers.set(PEER_HEADER, init.peer);
  return new Request(new URL(path, ORIGIN), {
    method: init.method ?? "POST",
    headers,
    body: init.body ?? null,
    // A streamed body needs this in Node's fetch.
    ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

export function jsonRequest(path: string, body: unknown, init: Init = {}): Request {
  return appRequest(path, { ...init, headers: { "content-type": "application/json", ...init.headers }, body: JSON.stringify(body) });
}

/** Set-Cookie values of a response by name. */
export function setCookies(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair!.indexOf("=");
    out.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return out;
}

// --- next/headers stand-in -------------------------------------------------------------------
// A file that calls routes using Auth.js `signIn` mocks "next/headers" with `nextHeadersMock`, then
// runs each call inside `inRequest`, which supplies that request's headers and collects the cookies
// the route sets.
const context = { headers: new Headers(), jar: new Map<string, string>() };

export const nextHeadersMock = {
  headers: async () => context.headers,
  cookies: async () => ({
    get: (name: string) => (context.jar.has(name) ? { name, value: context.jar.get(name)! } : undefined),
    getAll: () => [...context.jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => context.jar.has(name),
    set: (name: string, value: string) => void context.jar.set(name, value),
    delete: (name: string) => void context.jar.delete(name),
  }),
};

export async function inRequest(
  req: Request,
  route: (r: Request) => Promise<Response>,
): Promise<{ res: Response; cookies: Map<string, string> }> {
  context.headers = new Headers(req.headers);
  context.jar = new Map();
  const res = await route(req);
  return { res, cookies: new Map(context.jar) };
}

// --- the Auth.js credentials flow, as a script would drive it -------------------------------------
/** GET /api/auth/csrf, then POST /api/auth/callback/credentials with the token and its cookie. */
export async function authJsCredentialsSignIn(
  handlers: { GET: (r: NextRequest) => Promise<Response>; POST: (r: NextRequest) => Promise<Response> },
  opts: { email: string; password: string; peer: string; forwardedFor?: string },
): Promise<{ status: number; location: string | null; session: string | undefined }> {
  const csrfRes = await handlers.GET(new NextRequest(appRequest("/api/auth/csrf", { method: "GET", peer: opts.peer })));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = [...setCookies(csrfRes)].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await handlers.POST(
    new NextRequest(
      appRequest("/api/auth/callback/credentials", {
        peer: opts.peer,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie,
          ...(opts.forwardedFor ? { "x-forwarded-for": opts.forwardedFor } : {}),
        },
        body: new URLSearchParams({ csrfToken, email: opts.email, password: opts.password, callbackUrl: `${ORIGIN}/w` }).toString(),
      }),
    ),
  );
  return { status: res.status, location: res.headers.get("location"), session: setCookies(res).get(SESSION_COOKIE) };
}
