// The Content-Security-Policy every page is served with (set per request by proxy.ts, following Next's
// CSP guide). Scripts run only with the request's nonce ('strict-dynamic' lets those scripts load the
// app's chunks); no inline script without it, no eval outside development (React's dev tooling
// needs it), no plugins, no <base>, never framed. Styles allow 'unsafe-inline' on purpose: Radix and
// Recharts position elements with style attributes, which a nonce can't cover, and a style can't run
// code. Forms may post only here (and to the OAuth providers that are switched on, which the sign-in
// buttons redirect to).
import { appUrl, env } from "../env";

/** 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy(nonce: string): string {
  const dev = env.NODE_ENV === "development";
  const formAction = [
    "'self'",
    ...(env.AUTH_GOOGLE_ID ? ["https://accounts.google.com"] : []),
    ...(env.AUTH_GITHUB_ID ? ["https://github.com"] : []),
  ];
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formAction.join(" ")}`,
    "frame-ancestors 'none'",
    ...(env.NODE_ENV === "production" && appUrl().startsWith("https://") ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
