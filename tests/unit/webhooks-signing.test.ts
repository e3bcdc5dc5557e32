// Outbound webhook signatures (lib/webhooks/signing.ts) against the Standard Webhooks specification's
// published test vector, and against the `standardwebhooks` reference verifier.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";

import { newSigningSecret, secretKey, sign, signedHeaders, verify } from "@/lib/webhooks/signing";

// The specification's test vector.
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("webhook signing", () => {
  it("reproduces the specification's test vector", () => {
    expect(sign(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it("a changed body, id or timestamp gives another signature", () => {
    expect(sign(VECTOR.secret, VECTOR.id, VECTOR.timestamp, '{"test": 2432232315}')).not.toBe(VECTOR.signature);
    expect(sign(VECTOR.secret, "msg_other", VECTOR.timestamp, VECTOR.body)).not.toBe(VECTOR.signature);
    expect(sign(VECTOR.secret, VECTOR.id, VECTOR.timestamp + 1, VECTOR.body)).not.toBe(VECTOR.signature);
  });

  it("new secrets are whsec_ + base64 of 32 random bytes, each different", () => {
    const a = newSigningSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secretKey(a)).toHaveLength(32);
    expect(newSigningSecret()).not.toBe(a);
    expect(() => secretKey("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).toThrow(/whsec_/);
  });

  it("the standardwebhooks reference verifier accepts our headers, and refuses a tampered body", () => {
    const secret = newSigningSecret();
    const body = JSON.stringify({ id: "msg_x", type: "draft.submitted", data: { draftId: "d1" } });
    const now = Math.floor(Date.now() / 1000);
    const headers = signedHeaders([secret], "msg_x", now, body);
    expect(Object.keys(headers).sort()).toEqual(["webhook-id", "webhook-signature", "webhook-timestamp"]);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace("d1", "d2"), headers)).toThrow();
    expect(() => new Webhook(newSigningSecret()).verify(body, headers)).toThrow();
  });

  it("signs with every secret given, space-separated; a verifier with either one accepts", () => {
    const [a, b] = [newSigningSecret(), newSigningSecret()];
    const now = Math.floor(Date.now() / 1000);
    const headers = signedHeaders([a, b], "msg_y", now, "{}");
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(a).verify("{}", headers)).toEqual({});
    expect(new Webhook(b).verify("{}", headers)).toEqual({});
  });

  it("verify (the README's receiver check) accepts the vector within the tolerance, and nothing else", () => {
    const h = { id: VECTOR.id, timestamp: String(VECTOR.timestamp), signature: VECTOR.signature };
    expect(verify(VECTOR.secret, h, VECTOR.body, VECTOR.timestamp + 10)).toBe(true);
    expect(verify(VECTOR.secret, { ...h, signature: `v1,bogus ${VECTOR.signature}` }, VECTOR.body, VECTOR.timestamp)).toBe(true);
    expect(verify(VECTOR.secret, h, VECTOR.body, VECTOR.timestamp + 301)).toBe(false);
    expect(verify(VECTOR.secret, h, VECTOR.body + " ", VECTOR.timestamp)).toBe(false);
    expect(verify(VECTOR.secret, { ...h, signature: VECTOR.signature.replace("v1,", "v2,") }, VECTOR.body, VECTOR.timestamp)).toBe(false);
    expect(verify(VECTOR.secret, { ...h, timestamp: "soon" }, VECTOR.body, VECTOR.timestamp)).toBe(false);
  });
});
