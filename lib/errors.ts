// One error type. Services throw AppError with a code; the boundary (route gate, action client,
// page) maps the code to an HTTP status and shows the message. An AppError carries two messages: the
// one the user sees and an optional internal detail that only goes to the log. Anything else is
// logged once with the request id and shown as a generic failure carrying that id ("ref …"), never
// as a stack trace.
import type { FieldErrors } from "./field-errors";
import { currentRequestId, log } from "./log";

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYMENT_REQUIRED: 402,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  DB_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type { FieldErrors };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;
  /** For the log only (never shown): what went wrong inside, e.g. the driver's error. */
  readonly detail?: string;

  /** `message` is what the user sees. */
  constructor(
    code: ErrorCode,
    message: string,
    extra?: { fieldErrors?: FieldErrors; retryAfterSeconds?: number; detail?: string; cause?: unknown },
  ) {
    super(message, extra?.cause === undefined ? undefined : { cause: extra.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra?.fieldErrors;
    this.retryAfterSeconds = extra?.retryAfterSeconds;
    this.detail = extra?.detail;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export type ErrorBody = { error: { code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors } };

// Connection refused or lost, server shutting down or starting, too many connections, and a statement
// cancelled by statement_timeout (57014): the database is down, frozen or overloaded.
const DB_DOWN_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P03", "53300", "57014"]);

/** True for errors that mean "the database cannot be reached right now". */
export function isDbUnavailable(e: unknown): boolean {
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 5; depth++) {
    const c = cur as { code?: string; message?: string; cause?: unknown; name?: string };
    if (c.code && DB_DOWN_CODES.has(c.code)) return true;
    if (
      typeof c.message === "string" &&
      /ECONNREFUSED|timeout exceeded when trying to connect|Connection terminated|connect ETIMEDOUT|Can't reach database|Query read timeout|canceling statement due to statement timeout|Unable to start a transaction in the given time/i.test(
        c.message,
      )
    )
      return true;
    if (
      c.name === "DriverAdapterError" &&
      /DatabaseNotReachable|ConnectionClosed/.test(String((c as { cause?: { kind?: string } }).cause?.kind))
    )
      return true;
    cur = c.cause;
  }
  return false;
}

export const DB_UNAVAILABLE_MESSAGE = "The database is unavailable right now. Please try again in a moment.";

/** Normalises any thrown value into an AppError, or null for an unexpected error (to be logged). */
export function toAppError(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  if (isDbUnavailable(e)) {
    return new AppError("DB_UNAVAILABLE", DB_UNAVAILABLE_MESSAGE, { detail: e instanceof Error ? e.message : String(e), cause: e });
  }
  return null;
}

/** The message shown for an unexpected error: generic, with the id of its log line. */
export function internalErrorMessage(ref: string, suffix = ""): string {
  return `Something went wrong on our side (ref ${ref}).${suffix ? ` ${suffix}` : ""}`;
}

/**
 * Logs an error once at the boundary and returns the id it was logged under (the request id):
 * unexpected errors as errors with their stack, expected ones only when the server is at fault
 * (5xx, e.g. the database is down) as warnings with their internal detail. Client errors (4xx) are
 * answers, not incidents: not logged.
 */
export async function logBoundaryError(e: unknown, app: AppError | null, where: string): Promise<string | null> {
  if (app && app.status < 500) return null;
  const requestId = await currentRequestId();
  if (!app) log.error(`unexpected error in ${where}`, { requestId, err: e });
  else log.warn(`${app.code} in ${where}`, { requestId, code: app.code, detail: app.detail ?? app.message });
  return requestId;
}

/** The boundary for route handlers: an error becomes a JSON response with the right status. */
export async function errorResponse(e: unknown): Promise<Response> {
  const app = toAppError(e);
  const ref = await logBoundaryError(e, app, "route handler");
  if (!app) {
    const id = ref ?? "unknown";
    return Response.json({ error: { code: "INTERNAL", message: internalErrorMessage(id) } } satisfies ErrorBody, {
      status: 500,
      headers: { "x-request-id": id },
    });
  }
  const headers = new Headers();
  if (app.retryAfterSeconds !== undefined) headers.set("Retry-After", String(app.retryAfterSeconds));
  return Response.json({ error: { code: app.code, message: app.message, fieldErrors: app.fieldErrors } } satisfies ErrorBody, {
    status: app.status,
    headers,
  });
}
