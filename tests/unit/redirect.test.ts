// safeRedirectPath: only a path on this app is followed after sign-in, sign-up, an invitation or an
// OAuth round trip.
import { describe, expect, it } from "vitest";

import { safeRedirectPath } from "@/lib/redirect";

const base = "https://campaigns.example.com";
const safe = (next: unknown) => safeRedirectPath(next, { base, fallback: "/fallback" });

describe("safeRedirectPath", () => {
  it.each([
    ["/w/demo", "/w/demo"],
    ["/invite/abc_DEF-123?x=1#top", "/invite/abc_DEF-123?x=1#top"],
    ["w/demo", "/w/demo"],
    ["https://campaigns.example.com/w/demo?tab=2", "/w/demo?tab=2"],
    ["/w/../account", "/account"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    // Same scheme without slashes is a relative path in the WHATWG parser: still this app.
    ["https:evil.example", "/evil.example"],
  ])("keeps the same-origin %j as %j", (next, expected) => {
    expect(safe(next)).toBe(expected);
  });

  it.each([
    ["tab between slashes", "/\t/evil.example/x"],
    ["newline between slashes", "/\n/evil.example/x"],
    ["carriage return", "/\r/evil.example"],
    ["NUL", "/w\u0000"],
    ["DEL", "/w\u007f"],
    ["backslash", "/\\evil.example"],
    ["backslash later", "/w\\..\\..\\evil"],
    ["protocol-relative", "//evil.example/x"],
    ["dot segment to //", "/.//evil.example/x"],
    ["other origin", "https://evil.example/x"],
    ["other scheme, same host", "http://campaigns.example.com/w"],
    ["other port", "https://campaigns.example.com:8443/w"],
    ["other scheme without slashes", "http:evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["empty", ""],
    ["very long", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_name, next) => {
    expect(safe(next)).toBe("/fallback");
  });

  it("refuses what isn't a string (a repeated ?next=, a missing one)", () => {
    expect(safe(["/w", "/x"])).toBe("/fallback");
    expect(safe(undefined)).toBe("/fallback");
    expect(safe(null)).toBe("/fallback");
  });

  it("the default fallback is /w", () => {
    expect(safeRedirectPath("//evil.example", { base })).toBe("/w");
  });
});
