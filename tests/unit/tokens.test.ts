// Link tokens (lib/tokens.ts): 256 random bits as base64url, stored only as SHA-256 hex.
import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { hashToken, looksLikeToken, newToken, safeEqual } from "@/lib/tokens";

describe("newToken", () => {
  it("is 43 base64url characters (32 bytes) with its SHA-256 hex alongside", () => {
    const { token, tokenHash } = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toBe(createHash("sha256").update(token, "utf8").digest("hex"));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("doesn't repeat", () => {
    const tokens = new Set(Array.from({ length: 500 }, () => newToken().token));
    expect(tokens.size).toBe(500);
  });
});

describe("hashToken", () => {
  it("is SHA-256 hex of the UTF-8 string, deterministic", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashToken("abc")).toBe(hashToken("abc"));
    expect(hashToken("abd")).not.toBe(hashToken("abc"));
  });
});

describe("looksLikeToken", () => {
  it("accepts generated tokens", () => {
    for (let i = 0; i < 50; i++) expect(looksLikeToken(newToken().token)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["42 chars", "a".repeat(42)],
    ["44 chars", "a".repeat(44)],
    ["standard base64 +", `${"a".repeat(42)}+`],
    ["standard base64 /", `${"a".repeat(42)}/`],
    ["padding", `${"a".repeat(42)}=`],
    ["space", `${"a".repeat(42)} `],
    ["a path", `../${"a".repeat(40)}`],
    ["a hash instead of a token", "a".repeat(64)],
  ])("refuses %s", (_what, value) => {
    expect(looksLikeToken(value)).toBe(false);
  });
});

describe("safeEqual", () => {
  it("compares equal strings true, different or different-length strings false", () => {
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abd")).toBe(false);
    expect(safeEqual("abc", "abcd")).toBe(false);
    expect(safeEqual("", "")).toBe(true);
  });
});
