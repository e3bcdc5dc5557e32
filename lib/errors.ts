// One error type. Services throw AppError with a code; the boundary (route gate, action client,
// page) maps the code to an HTTP status and shows the message. Anything else is logged and shown
// as a generic failure, never as a stack trace.
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  DB_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, extra?: { fieldErrors?: FieldErrors; retryAfterSeconds?: number }) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra?.fieldErrors;
    this.retryAfterSeconds = extra?.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export type ErrorBody = { error: { code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors } };

const DB_DOWN_CODES = new Set(["ECONNREFUSED", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P03", "53300"]);

/** True for errors that mean "the database cannot be reached right now". */
export function isDbUnavailable(e: unknown): boolean {
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 5; depth++) {
    const c = cur as { code?: string; message?: string; cause?: unknown; name?: string };
    if (c.code && DB_DOWN_CODES.has(c.code)) return true;
    if (
      typeof c.message === "string" &&
      /ECONNREFUSED|timeout exceeded when trying to connect|Connection terminated|connect ETIMEDOUT|Can't reach database/i.test(c.message)
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

/** Normalises any thrown value into an AppError, or null for an unexpected error (to be logged). */
export function toAppError(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  if (isDbUnavailable(e)) return new AppError("DB_UNAVAILABLE", "The database is unavailable right now. Please try again in a moment.");
  return null;
}

/** The boundary for route handlers: an error becomes a JSON response with the right status. */
export function errorResponse(e: unknown): Response {
  const app = toAppError(e);
  if (!app) {
    console.error("[unexpected]", e);
    return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on our side." } } satisfies ErrorBody, {
      status: 500,
    });
  }
  const headers = new Headers();
  if (app.retryAfterSeconds !== undefined) headers.set("Retry-After", String(app.retryAfterSeconds));
  return Response.json({ error: { code: app.code, message: app.message, fieldErrors: app.fieldErrors } } satisfies ErrorBody, {
    status: app.status,
    headers,
  });
}
