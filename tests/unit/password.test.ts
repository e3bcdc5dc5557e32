// Password policy and hashing (lib/auth/password.ts).
import { describe, expect, it } from "vitest";

import { hashPassword, isCommonPassword, PASSWORD_MAX, PASSWORD_MIN, passwordSchema, verifyPassword } from "@/lib/auth/password";

const messages = (pw: unknown) => {
  const r = passwordSchema.safeParse(pw);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("passwordSchema", () => {
  it("the bounds are 8 and 128", () => {
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([8, 128]);
  });

  it("7 characters are refused, 8 are enough", () => {
    expect(messages("xq7#Lm2")).toEqual(["Use at least 8 characters"]);
    expect(messages("xq7#Lm2p")).toEqual([]);
  });

  it("128 characters are allowed, 129 refused", () => {
    const long = "Zq9!".repeat(32);
    expect(long).toHaveLength(128);
    expect(messages(long)).toEqual([]);
    expect(messages(`${long}x`)).toEqual(["Use at most 128 characters"]);
  });

  it.each(["password123", "qwertyuiop", "Password123", "QWERTYUIOP"])("%s is refused as common (case-insensitively)", (pw) => {
    expect(isCommonPassword(pw)).toBe(true);
    expect(messages(pw)).toEqual(["This password is too common; choose another"]);
  });

  it("a long passphrase is fine, spaces and all", () => {
    expect(messages("correct horse battery staple on a tuesday")).toEqual([]);
    expect(messages("ünïcödé pässphräse ✓")).toEqual([]);
  });

  it("a missing password says so", () => {
    expect(messages(undefined)).toEqual(["Password is required"]);
  });
});

describe("hashPassword / verifyPassword", () => {
  it("round-trips; a wrong password, a near miss and a garbage hash are false", async () => {
    const h = await hashPassword("correct horse battery staple");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(h, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(h, "correct horse battery stapl")).toBe(false);
    expect(await verifyPassword(h, "Correct horse battery staple")).toBe(false);
    expect(await verifyPassword(h, "")).toBe(false);
    expect(await verifyPassword("not-a-hash", "correct horse battery staple")).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    const [a, b] = await Promise.all([hashPassword("same password here"), hashPassword("same password here")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(b, "same password here")).toBe(true);
  });
});
