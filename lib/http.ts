// Request bodies for route handlers, and the cross-site check every state-changing route handler
// goes through (README "Security").
//
// Bodies are read with a hard cap WHILE streaming: a declared Content-Length over the cap is refused
// before anything is read, and the bytes of a body without one (chunked) are counted as they arrive
// and reading stops at the cap with 413. Every route handler under app/api reads its body through
// readJson / readText / readForm with its own stated cap; none calls req.json(), req.text() or
// req.formData() itself. Server actions keep Next's own cap (serverActions.bodySizeLimit).
//
// Cross-site: POST/PUT/PATCH/DELETE must come from a page of this app. A browser says where a
// request comes from in `Origin` (sent on every cross-origin request and on every POST by current
// browsers) and `Sec-Fetch-Site`; a request whose Origin is another site, or "null", is refused.
// Without Origin: a browser that sends Sec-Fetch-Site other than "same-origin" is refused, and so is
// any request carrying cookies (a browser old enough to omit both headers could otherwise ride the
// session). A request with neither Origin nor cookies is a non-browser client (curl, a script): it
// can't act as anyone else, so it is let through. On top, JSON routes accept only a JSON content
// type, which an HTML form can't send — that alone stops the `text/plain` login-CSRF form even in a
// browser that sends no Origin. Routes that must accept cross-site calls (they authenticate without
// cookies) opt out by naming their reason in CROSS_SITE_EXEMPTIONS; nothing else can.
import { appUrl } from "./env";
import { AppError } from "./errors";

/** The only reasons a state-changing route may skip the same-origin check. */
export const CROSS_SITE_EXEMPTIONS = {
  /** RFC 8058: mail providers POST from their servers; the HMAC token in the URL is the credential, no cookie is read. */
  oneClickUnsubscribe: "one-click unsubscribe (RFC 8058)",
  /** A webhook whose signature over the raw body is verified before anything else; no cookie is read. */
  signedWebhook: "signature-verified webhook",
  /** A public-API call authenticated by a bearer key in Authorization; cookies are ignored. */
  bearerKey: "bearer-key API call",
} as const;
export type CrossSiteExemption = keyof typeof CROSS_SITE_EXEMPTIONS;

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The app's own origin (APP_URL), or an Origin naming the host this request was sent to (the Host
 * header, or X-Forwarded-Host from a proxy), as Next's own server-action check does: a browser
 * can't put another site's name in Origin, nor add X-Forwarded-Host to a cross-site form post.
 */
function isOwnOrigin(req: Request, origin: string): boolean {
  if (origin === new URL(appUrl()).origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" and anything unparseable
  }
  const forwarded = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return host === req.headers.get("host") || (forwarded !== undefined && host === forwarded);
}

/** Throws FORBIDDEN for a state-changing request that does not come from this app's own pages. */
export function assertSameOrigin(req: Request): void {
  if (!UNSAFE_METHODS.has(req.method.toUpperCase())) return;
  const refuse = () => new AppError("FORBIDDEN", "This request must come from the app itself; cross-site requests are refused.");
  const origin = req.headers.get("origin");
  if (origin !== null) {
    if (isOwnOrigin(req, origin)) return;
    throw refuse();
  }
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") throw refuse();
  if (req.headers.has("cookie")) throw refuse();
}

export type BodyOptions = {
  /** Hard cap in bytes; past it the request is answered 413 without reading further. */
  maxBytes: number;
  /** What a 413 says (default: "The request is larger than <cap>."). */
  tooLargeMessage?: string;
  /** Skip the same-origin check, for one of the named reasons only. */
  crossSite?: CrossSiteExemption;
};

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.round(n / 1024)} KB`;
}

/** The raw body, at most `maxBytes`, counted while it streams in. */
export async function readBody(req: Request, opts: BodyOptions): Promise<Uint8Array<ArrayBuffer>> {
  if (!opts.crossSite) assertSameOrigin(req);
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", opts.tooLargeMessage ?? `The request is larger than ${formatBytes(opts.maxBytes)}.`);
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > opts.maxBytes) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = req.body.getReader();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body could not be read.");
  }
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new AppError("BAD_REQUEST", "The request body could not be read.");
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > opts.maxBytes) {
      // Stop pulling: the rest of the upload is never buffered.
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** True when the request says its body is JSON (application/json or any +json type). */
export function isJsonRequest(req: Request): boolean {
  const t = mediaType(req);
  return t === "application/json" || /^application\/[\w.+-]+\+json$/.test(t);
}

/** Reads a JSON object body; another content type is a 415, anything but a JSON object a 400. */
export async function readJson(req: Request, opts: BodyOptions): Promise<Record<string, unknown>> {
  if (!opts.crossSite) assertSameOrigin(req);
  if (!isJsonRequest(req)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON (Content-Type: application/json).");
  const bytes = await readBody(req, opts);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("BAD_REQUEST", "Send a JSON body.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_REQUEST", "Send a JSON object.");
  return body as Record<string, unknown>;
}

/** Reads the body as UTF-8 text (any content type). */
export async function readText(req: Request, opts: BodyOptions): Promise<string> {
  return new TextDecoder().decode(await readBody(req, opts));
}

const FORM_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded"]);

/** Reads a multipart or URL-encoded form; another content type is a 415. */
export async function readForm(req: Request, opts: BodyOptions): Promise<FormData> {
  if (!opts.crossSite) assertSameOrigin(req);
  if (!FORM_TYPES.has(mediaType(req))) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the form as multipart/form-data.");
  const bytes = await readBody(req, opts);
  try {
    return await new Response(bytes, { headers: { "content-type": req.headers.get("content-type")! } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The form data could not be read.");
  }
}
