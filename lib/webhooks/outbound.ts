// Sending one webhook request without SSRF: the URL must be http(s) without credentials; its host is
// resolved once, every address it resolves to must be public (address.ts), and the request connects
// to the checked address itself (a pinned lookup), so a DNS answer that changes between the check and
// the connection (DNS rebinding) can't redirect it. Redirects are not followed; the whole exchange is
// bounded in time and the response is read up to a cap and then dropped.
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";

import { env } from "../env";
import { AppError } from "../errors";
import { classifyAddress, isLoopback } from "./address";
import { MAX_URL_LENGTH } from "./schemas";

export const SEND_TIMEOUT_MS = 10_000;
export const MAX_RESPONSE_BYTES = 64 * 1024;

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Every address a host name resolves to (injectable: tests answer without DNS). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export type Destination = { url: URL; address: string; family: 4 | 6 };

/** Loopback for local receivers: WEBHOOKS_ALLOW_PRIVATE outside production (env.ts refuses it in production). */
export function loopbackAllowed(): boolean {
  return env.WEBHOOKS_ALLOW_PRIVATE && env.NODE_ENV !== "production";
}

function refuse(message: string): AppError {
  return new AppError("BAD_REQUEST", message, { fieldErrors: { url: [message] } });
}

/**
 * The checked destination of `rawUrl`, or BAD_REQUEST (with a message for the URL field) naming why
 * not. Nothing is connected to here: this only parses and resolves.
 */
export async function checkDestination(rawUrl: string, opts: { resolve?: Resolver; allowLoopback?: boolean } = {}): Promise<Destination> {
  const resolve = opts.resolve ?? systemResolver;
  const allowLoopback = opts.allowLoopback ?? loopbackAllowed();
  if (rawUrl.length > MAX_URL_LENGTH) throw refuse(`The URL is longer than ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw refuse("Enter a full URL, starting with https://.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse("Only http:// and https:// URLs can receive webhooks.");
  if (url.username || url.password) throw refuse("Put no user name or password in the URL; the signature authenticates the requests.");
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!host) throw refuse("The URL has no host.");
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw refuse(`${host} could not be resolved. Check the host name.`);
  }
  // Every address must pass: a name that also points inside the network is refused as a whole.
  for (const a of addresses) {
    const verdict = classifyAddress(a.address);
    if (!verdict.ok && !(allowLoopback && isLoopback(a.address))) {
      throw refuse(
        isIP(host)
          ? `Webhooks can't be sent to ${verdict.reason}. Use a public address.`
          : `${host} resolves to ${a.address}, ${verdict.reason}. Webhooks go to public addresses only.`,
      );
    }
  }
  return { url, address: addresses[0]!.address, family: addresses[0]!.family };
}

export type SendRequest = { destination: Destination; headers: Record<string, string>; body: string; timeoutMs: number; maxBytes: number };
export type SendResponse = { status: number };
/** Performs the request to the pinned address (injectable: tests count its calls). */
export type Transport = (req: SendRequest) => Promise<SendResponse>;

/** Node's http(s) with the lookup pinned to the checked address; no agent, so no pooled socket to another address. */
export const nodeTransport: Transport = ({ destination, headers, body, timeoutMs, maxBytes }) =>
  new Promise((resolve, reject) => {
    const { url, address, family } = destination;
    const lookup: LookupFunction = (_host, options, callback) => {
      if (options.all) callback(null, [{ address, family }]);
      else callback(null, address, family);
    };
    const mod = url.protocol === "https:" ? https : http;
    const payload = Buffer.from(body, "utf8");
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const req = mod.request(
      url,
      {
        method: "POST",
        agent: false,
        lookup,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(payload.length),
          "user-agent": "Microcampaigns-Webhooks/1.0",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        let bytes = 0;
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          // Enough read: the status is what counts, the rest of the body is dropped.
          if (bytes >= maxBytes) {
            res.destroy();
            finish(() => resolve({ status }));
          }
        });
        res.on("end", () => finish(() => resolve({ status })));
        res.on("error", (e) => finish(() => reject(e)));
        res.on("close", () => finish(() => resolve({ status })));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)));
    }, timeoutMs);
    req.on("error", (e) => finish(() => reject(e)));
    req.end(payload);
  });

export type SendOutcome = { ok: boolean; status: number | null; error: string | null; durationMs: number; connected: boolean };

/**
 * Checks `rawUrl` again (DNS may have changed since it was saved) and, if allowed, sends. Never
 * throws: a refusal, a network error or a non-2xx answer is a failed outcome with its reason.
 */
export async function sendWebhook(opts: {
  url: string;
  headers: Record<string, string>;
  body: string;
  resolve?: Resolver;
  transport?: Transport;
  allowLoopback?: boolean;
  timeoutMs?: number;
}): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let destination: Destination;
  try {
    destination = await checkDestination(opts.url, { resolve: opts.resolve, allowLoopback: opts.allowLoopback });
  } catch (e) {
    return {
      ok: false,
      status: null,
      error: `Refused: ${e instanceof Error ? e.message : String(e)}`,
      durationMs: elapsed(),
      connected: false,
    };
  }
  try {
    const res = await (opts.transport ?? nodeTransport)({
      destination,
      headers: opts.headers,
      body: opts.body,
      timeoutMs: opts.timeoutMs ?? SEND_TIMEOUT_MS,
      maxBytes: MAX_RESPONSE_BYTES,
    });
    const ok = res.status >= 200 && res.status < 300;
    return { ok, status: res.status, error: ok ? null : `HTTP ${res.status}`, durationMs: elapsed(), connected: true };
  } catch (e) {
    return {
      ok: false,
      status: null,
      error: (e instanceof Error ? e.message : String(e)).slice(0, 300),
      durationMs: elapsed(),
      connected: true,
    };
  }
}
