// The one logger: JSON lines (pino) on stdout with the request id, and the user and workspace ids where
// the gates know them. Nothing secret reaches a line: fields whose name says "password", "token",
// "secret", "cookie", "authorization"… are replaced, and strings are scrubbed of credentials in URLs,
// link tokens (invitations, password resets, the influencer portal) and bearer tokens before pino
// sees them. Use `log.info("what happened", { fields })`; pass errors as `{ err }`.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

import pino from "pino";

import { env } from "./env";
import { isRequestId } from "./security/request-id";

export const REDACTED = "[redacted]";

/**
 * Field names whose values never reach a log line, at any depth: passwords, every kind of token
 * (sessions, invitations, password resets, email verification, the influencer portal, API keys),
 * secrets (AUTH_SECRET, OAuth client secrets), cookies, authorization headers and connection strings.
 */
export const SECRET_KEY =
  /pass(word|wd|phrase)?|secret|token|authori[sz]ation|cookie|api[-_]?key|credential|signature|private[-_]?key|session|otp|^(database|smtp)_?url$|connection_?string|csrf/i;

const STRING_SCRUBS: [RegExp, string][] = [
  // user:password@ in any URL (DATABASE_URL, SMTP_URL).
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^@\s/]*@/gi, `$1${REDACTED}@`],
  // Link tokens in paths: /invite/<token>, /i/<token>, /reset-password/<token>, /verify-email/<token>.
  [/(\/(?:invite|i|reset-password|verify-email|verify|opt-out)\/)[^/\s?#"']+/g, `$1${REDACTED}`],
  // Tokens in query strings and form bodies: ?token=…, &code=…, password=….
  [/([?&;\s](?:[a-z_-]*token|code|password|secret|key|sig|signature)=)[^&\s"'#]+/gi, `$1${REDACTED}`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, `$1 ${REDACTED}`],
  // A bare 256-bit base64url link token (lib/tokens.ts) anywhere else.
  [/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, REDACTED],
];

/** A string with credentials, link tokens and bearer tokens replaced. */
export function scrubString(s: string): string {
  let out = s;
  for (const [re, to] of STRING_SCRUBS) out = out.replace(re, to);
  return out;
}

function serializeError(e: Error, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = { type: e.name, message: scrubString(e.message) };
  if (e.stack) out.stack = scrubString(e.stack);
  for (const [k, v] of Object.entries(e)) if (!(k in out)) out[k] = redact(v, depth + 1);
  if (e.cause !== undefined) out.cause = redact(e.cause, depth + 1);
  return out;
}

/** A copy of `value` safe to log: secret fields replaced, strings scrubbed, errors made plain. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return "[deep]";
  if (typeof value === "string") return scrubString(value);
  if (value === null || typeof value !== "object") return typeof value === "bigint" ? value.toString() : value;
  if (value instanceof Error) return serializeError(value, depth);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof URL) return scrubString(value.toString());
  if (value instanceof Headers) return redact(Object.fromEntries(value.entries()), depth);
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? REDACTED : redact(v, depth + 1);
  return out;
}

export type LogContext = {
  requestId?: string;
  userId?: string;
  workspaceId?: string;
  collaborationId?: string;
  job?: string;
  jobId?: string;
};

const context = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with fields every log line inside it carries (the gates add user and workspace ids). */
export function withLogContext<T>(fields: LogContext, fn: () => T): T {
  return context.run({ ...context.getStore(), ...fields }, fn);
}

/**
 * The id of the request being served: the log context's, else the `x-request-id` that proxy.ts puts
 * on every request, else a new one (jobs, scripts, tests calling a handler directly).
 */
export async function currentRequestId(): Promise<string> {
  const store = context.getStore();
  if (store?.requestId) return store.requestId;
  let id: string | null = null;
  try {
    const { headers } = await import("next/headers");
    id = (await headers()).get("x-request-id");
  } catch {
    // Outside a request (a job, a script, a test): there are no request headers.
  }
  id = id && isRequestId(id) ? id : randomUUID();
  if (store) store.requestId = id;
  return id;
}

type Level = "debug" | "info" | "warn" | "error";

const globalForLog = globalThis as unknown as { __logger?: pino.Logger; __logDest?: pino.DestinationStream };

function base(): pino.Logger {
  globalForLog.__logger ??= pino(
    {
      level: env.LOG_LEVEL,
      base: { service: "microcampaigns" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    globalForLog.__logDest ?? pino.destination({ dest: 1, sync: true }),
  );
  return globalForLog.__logger;
}

/** Tests: send log lines to `dest` (a fresh logger is built on the next line). */
export function setLogDestination(dest: pino.DestinationStream | undefined): void {
  globalForLog.__logDest = dest;
  globalForLog.__logger = undefined;
}

function write(level: Level, msg: string, fields?: Record<string, unknown>): void {
  const ctx = context.getStore();
  const obj = redact({ ...ctx, ...fields }) as Record<string, unknown>;
  base()[level](obj, scrubString(msg));
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
