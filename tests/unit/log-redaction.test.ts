// The logger never writes a secret: a sample object with every kind of secret goes through the real
// logger and the JSON line it writes is checked field by field and as raw text.
import { afterEach, describe, expect, it } from "vitest";

import { log, redact, REDACTED, scrubString, setLogDestination, withLogContext } from "@/lib/log";

const TOKEN = "Zq3xV9kP0mB2nC4dE6fG8hJ1kL3mN5pQ7rS9tU1vW3x"; // 43 chars: a lib/tokens.ts link token
const AUTH_SECRET = "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";

function capture(): string[] {
  const lines: string[] = [];
  setLogDestination({ write: (s: string) => void lines.push(s) });
  return lines;
}

afterEach(() => setLogDestination(undefined));

const sample = {
  userId: "user_1",
  workspaceId: "ws_1",
  email: "someone@example.com",
  password: "hunter2-correct-horse",
  newPassword: "another-secret-pass",
  currentPassword: "old-secret-pass",
  token: TOKEN,
  invitationToken: TOKEN,
  portalToken: TOKEN,
  emailVerificationToken: TOKEN,
  resetToken: TOKEN,
  AUTH_SECRET,
  AUTH_GOOGLE_SECRET: "google-client-secret",
  DATABASE_URL: "postgresql://app:db-password-1@db.example.com:5432/app",
  SMTP_URL: "smtps://mailer:smtp-password-1@smtp.example.com:465",
  headers: {
    authorization: "Bearer abc.def.ghi",
    cookie: "authjs.session-token=session-cookie-value",
    "set-cookie": "authjs.session-token=session-cookie-value; Path=/",
    "x-request-id": "0b7c2f0e-1111-4222-8333-944455556666",
  },
  nested: { deeper: [{ apiKey: "sk_live_123456", note: "see /invite/" + TOKEN, url: `https://app.example.com/i/${TOKEN}/portal` }] },
  query: `/reset-password?token=${TOKEN}&next=/w`,
};

const SECRETS = [
  "hunter2-correct-horse",
  "another-secret-pass",
  "old-secret-pass",
  TOKEN,
  AUTH_SECRET,
  "google-client-secret",
  "db-password-1",
  "smtp-password-1",
  "abc.def.ghi",
  "session-cookie-value",
  "sk_live_123456",
];

describe("log redaction", () => {
  it("a logged sample carries no secret anywhere in its JSON line, and keeps what support needs", () => {
    const lines = capture();
    withLogContext({ requestId: "req-12345678", userId: "user_1", workspaceId: "ws_1" }, () => {
      log.error("sign-in failed for password=hunter2-correct-horse", { sample, err: new Error(`GET /invite/${TOKEN} failed`) });
    });
    expect(lines).toHaveLength(1);
    const raw = lines[0]!;
    for (const secret of SECRETS) expect(raw, secret).not.toContain(secret);

    const line = JSON.parse(raw) as Record<string, unknown> & { sample: typeof sample; err: { message: string; stack: string } };
    expect(line).toMatchObject({ level: "error", requestId: "req-12345678", userId: "user_1", workspaceId: "ws_1" });
    expect(line.msg).toBe(`sign-in failed for password=${REDACTED}`);
    expect(line.sample).toMatchObject({
      userId: "user_1",
      workspaceId: "ws_1",
      email: "someone@example.com",
      password: REDACTED,
      newPassword: REDACTED,
      token: REDACTED,
      invitationToken: REDACTED,
      portalToken: REDACTED,
      emailVerificationToken: REDACTED,
      AUTH_SECRET: REDACTED,
      DATABASE_URL: REDACTED,
      headers: {
        authorization: REDACTED,
        cookie: REDACTED,
        "set-cookie": REDACTED,
        "x-request-id": "0b7c2f0e-1111-4222-8333-944455556666",
      },
      nested: { deeper: [{ apiKey: REDACTED, note: `see /invite/${REDACTED}`, url: `https://app.example.com/i/${REDACTED}/portal` }] },
      query: `/reset-password?token=${REDACTED}&next=/w`,
    });
    expect(line.err.message).toBe(`GET /invite/${REDACTED} failed`);
    expect(line.err.stack).not.toContain(TOKEN);
  });

  it("scrubs credentials in URLs, link tokens and bearer tokens from free text", () => {
    expect(scrubString("connect postgresql://app:pw@localhost:5432/db")).toBe(`connect postgresql://app:${REDACTED}@localhost:5432/db`);
    expect(scrubString(`Authorization: Bearer ${TOKEN}`)).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(scrubString(`token ${TOKEN} leaked`)).toBe(`token ${REDACTED} leaked`);
    // Ids that aren't secrets stay readable: request ids (UUIDs), cuids, SHA-256 hex.
    const uuid = "0b7c2f0e-1111-4222-8333-944455556666";
    const sha = "a".repeat(64);
    expect(scrubString(`request ${uuid} row cmabc123def456ghi789jkl0 hash ${sha}`)).toBe(
      `request ${uuid} row cmabc123def456ghi789jkl0 hash ${sha}`,
    );
  });

  it("redacts secret fields at any depth and leaves plain values alone", () => {
    expect(redact({ a: { b: { c: { password: "x", sessionToken: "y", count: 3, ok: true, when: new Date(0) } } } })).toEqual({
      a: { b: { c: { password: REDACTED, sessionToken: REDACTED, count: 3, ok: true, when: "1970-01-01T00:00:00.000Z" } } },
    });
  });

  it("respects LOG_LEVEL (debug lines are dropped at the default info level)", () => {
    const lines = capture();
    log.debug("noisy");
    log.info("kept");
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(["kept"]);
  });
});
