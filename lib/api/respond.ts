// How the public API answers: JSON with ISO times and integer money, and one error shape,
// { "error": { "code", "message", "fields"? } }, mapped from AppError (lib/errors.ts).
import { internalErrorMessage, logBoundaryError, toAppError } from "../errors";

/** JSON text with bigint amounts as numbers (strings past 2^53, which no real amount reaches). */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === "bigint" ? (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString()) : v,
  );
}

export function apiJson(value: unknown, status = 200): Response {
  return new Response(toJsonText(value), { status, headers: { "content-type": "application/json; charset=utf-8" } });
}

export type ApiErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

/** The boundary: any thrown value becomes the API's error shape with its status. */
export async function apiErrorResponse(e: unknown): Promise<Response> {
  const app = toAppError(e);
  const ref = await logBoundaryError(e, app, "public API");
  if (!app) {
    const id = ref ?? "unknown";
    const res = apiJson({ error: { code: "INTERNAL", message: internalErrorMessage(id) } } satisfies ApiErrorBody, 500);
    res.headers.set("x-request-id", id);
    return res;
  }
  const body: ApiErrorBody = { error: { code: app.code, message: app.message } };
  if (app.fieldErrors) body.error.fields = app.fieldErrors as Record<string, string[]>;
  const res = apiJson(body, app.status);
  if (app.retryAfterSeconds !== undefined) res.headers.set("Retry-After", String(app.retryAfterSeconds));
  if (app.status === 401) res.headers.set("WWW-Authenticate", 'Bearer realm="api"');
  return res;
}
