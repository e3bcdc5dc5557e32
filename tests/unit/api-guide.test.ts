// The API guide (/docs/api) and the README cover what an integrator needs, and the webhook
// verification snippet they both print works: run against real signed deliveries it accepts either
// secret during a rotation and refuses a forged body, a wrong secret and an old timestamp.
import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { API_GUIDE, VERIFY_WEBHOOK_SNIPPET } from "@/lib/api/v1/guide";
import { newSigningSecret, signedHeaders } from "@/lib/webhooks/signing";

type Verify = (secret: string, headers: Record<string, string>, body: string) => boolean;

/** The snippet as a function: its import line replaced by the same Node functions. */
function snippet(): Verify {
  const body = VERIFY_WEBHOOK_SNIPPET.replace(/^import .*\n/, "").replace("export function", "function");
  return new Function("createHmac", "timingSafeEqual", "Buffer", `${body}\nreturn verifyWebhook;`)(
    createHmac,
    timingSafeEqual,
    Buffer,
  ) as Verify;
}

describe("the webhook verification snippet", () => {
  it("accepts a delivery signed with the secret, and with either secret during a rotation", () => {
    const verify = snippet();
    const [oldSecret, newSecret] = [newSigningSecret(), newSigningSecret()];
    const body = JSON.stringify({ id: "msg_1", type: "post.live", data: { postId: "p1" } });
    const now = Math.floor(Date.now() / 1000);
    const one = signedHeaders([oldSecret], "msg_1", now, body);
    expect(verify(oldSecret, one, body)).toBe(true);
    expect(verify(newSecret, one, body)).toBe(false);
    const both = signedHeaders([newSecret, oldSecret], "msg_1", now, body);
    expect(verify(newSecret, both, body)).toBe(true);
    expect(verify(oldSecret, both, body)).toBe(true);
    expect(verify(newSecret, both, body.replace("p1", "p2"))).toBe(false);
    expect(verify(newSecret, signedHeaders([newSecret], "msg_1", now - 3600, body), body)).toBe(false);
  });

  it("is the one the README prints", () => {
    expect(readFileSync("README.md", "utf8")).toContain(VERIFY_WEBHOOK_SNIPPET);
  });
});

describe("the API guide", () => {
  it("covers creating a key, authenticating, paging, idempotency, errors and verifying a signature", () => {
    const text = API_GUIDE.map((s) => [s.title, ...s.paragraphs, s.code ?? ""].join("\n")).join("\n");
    expect(API_GUIDE.map((s) => s.id)).toEqual(
      expect.arrayContaining(["create-a-key", "authenticate", "paging", "idempotency", "errors", "webhooks"]),
    );
    for (const needle of [
      "Settings → API keys",
      "Authorization: Bearer",
      "nextCursor",
      "Idempotency-Key",
      '"error"',
      "webhook-signature",
      "24 hours",
    ]) {
      expect(text).toContain(needle);
    }
  });

  it("the README's Public API section names the same topics", () => {
    const readme = readFileSync("README.md", "utf8");
    const api = readme.slice(readme.indexOf("## Public API"), readme.indexOf("## Layout"));
    for (const needle of [
      "**Create a key**",
      "**Authenticate**",
      "**Paging**",
      "nextCursor",
      "**Idempotency**",
      "**Errors**",
      "verifies them",
    ]) {
      expect(api).toContain(needle);
    }
  });
});
