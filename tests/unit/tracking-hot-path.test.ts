// The redirect's per-request shortcuts give what the general code gives: the click id appended by
// string matches URLSearchParams, the UUIDv7 time bits match the BigInt encoding, the launcher's
// fast path adds the same static headers as next.config.ts, and one memo answers device and bot.
import { describe, expect, it } from "vitest";

import { CLICK_ID, newClickId } from "@/lib/tracking/click-id";
import { STATIC_SECURITY_HEADERS } from "@/lib/tracking/redirect";
import { agentFacts } from "@/lib/tracking/user-agent";
import { withClickId } from "@/lib/tracking/utm";
import nextConfig from "@/next.config";

function viaUrl(location: string, param: string, id: string): string {
  const u = new URL(location);
  u.searchParams.set(param, id);
  return u.toString();
}

describe("withClickId", () => {
  it.each([
    "https://shop.example/",
    "https://shop.example/p?color=red",
    "https://shop.example/p?color=red#reviews",
    "https://shop.example/p#top",
    "https://shop.example/p?",
    "https://shop.example/p?utm_source=tiktok&utm_campaign=a%26b%3Dc",
  ])("appends to %s as URLSearchParams would", (location) => {
    const fast = new URL(withClickId(location, "mc_click", "0190-ab"));
    const slow = new URL(viaUrl(location, "mc_click", "0190-ab"));
    expect([...fast.searchParams]).toEqual([...slow.searchParams]);
    expect(fast.hash).toBe(slow.hash);
    expect(fast.pathname).toBe(slow.pathname);
  });
  it("replaces a parameter of that name the destination already has, and encodes odd names", () => {
    expect(new URL(withClickId("https://shop.example/?mc_click=old&x=1", "mc_click", "new")).searchParams.getAll("mc_click")).toEqual([
      "new",
    ]);
    expect(new URL(withClickId("https://shop.example/?xmc_click=1", "mc_click", "id")).searchParams.get("xmc_click")).toBe("1");
    expect(new URL(withClickId("https://shop.example/?a=1", "click id", "id")).searchParams.get("click id")).toBe("id");
  });
});

describe("newClickId", () => {
  it.each([0, 1, 1_700_000_000_000, 2 ** 47 + 12345, 2 ** 48 - 1])("encodes %d ms in the first 48 bits", (ms) => {
    const id = newClickId(ms);
    expect(id).toMatch(CLICK_ID);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(ms);
  });
  it("draws fresh random bits for every id across pool refills", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newClickId(1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });
});

describe("fast path headers", () => {
  it("are the headers next.config.ts gives every response", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*")!;
    expect(Object.fromEntries(all.headers.map((h) => [h.key, h.value]))).toEqual(STATIC_SECURITY_HEADERS);
  });
});

describe("agentFacts", () => {
  it("describes people's browsers and flags bots, previews and empty agents", () => {
    const iphone =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    expect(agentFacts(iphone)).toMatchObject({ device: "mobile", os: "iOS", isBot: false });
    expect(agentFacts(iphone)).toBe(agentFacts(iphone));
    expect(agentFacts("facebookexternalhit/1.1").isBot).toBe(true);
    expect(agentFacts("")).toEqual({ device: null, browser: null, os: null, isBot: true });
  });
});
