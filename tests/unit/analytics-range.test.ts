import { describe, expect, it } from "vitest";

import { resolveRange } from "@/lib/analytics/range";

const NOW = new Date("2026-12-03T23:30:00Z");

describe("resolveRange", () => {
  it("ends a preset today in the workspace's time zone", () => {
    expect(resolveRange({ range: "30d" }, "UTC", NOW)).toEqual({ preset: "30d", from: "2026-11-04", to: "2026-12-03" });
    // 23:30 UTC is already Dec 4 in Berlin.
    expect(resolveRange({ range: "30d" }, "Europe/Berlin", NOW)).toEqual({ preset: "30d", from: "2026-11-05", to: "2026-12-04" });
    expect(resolveRange({ range: "all" }, "UTC", NOW).from).toBe("2000-01-01");
  });

  it("takes a custom range, swapped when reversed", () => {
    expect(resolveRange({ range: "custom", from: "2026-10-31", to: "2026-10-01" }, "UTC", NOW)).toEqual({
      preset: "custom",
      from: "2026-10-01",
      to: "2026-10-31",
    });
  });

  it("falls back to the last 90 days for anything unreadable", () => {
    for (const p of [
      {},
      { range: "7y" },
      { range: "custom", from: "2026-02-31", to: "2026-03-01" },
      { range: "custom", from: "x", to: "2026-03-01" },
      { range: "custom", from: "2026-01-01" },
      { range: "custom", from: "1900-01-01", to: "2026-01-01" },
    ])
      expect(resolveRange(p, "UTC", NOW)).toEqual({ preset: "90d", from: "2026-09-05", to: "2026-12-03" });
  });
});
