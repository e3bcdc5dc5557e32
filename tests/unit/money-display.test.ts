// Money on screen from integer minor units (lib/metrics formatMinorUnits, components/contracts/money.ts):
// never rounded away. Intl shows HUF, ISK and IDR with no decimals although their minor unit has two,
// so a plain formatMoney turned HUF 12,345.50 into "HUF 12,346".
import { describe, expect, it } from "vitest";

import { money } from "@/components/contracts/money";
import { EMPTY_METRIC, formatCount, formatExact, formatMinorUnits, formatMoney, formatPercent, numberFormat } from "@/lib/metrics";

// Intl puts a no-break space between a currency code and the number; the expectations use plain spaces.
const sp = (text: string) => text.replace(/\u00a0/g, " ");

describe("formatMinorUnits / money", () => {
  it("shows HUF 12,345.50 exactly (formatMoney rounds it: the regression)", () => {
    expect(sp(formatMoney(12_345.5, "HUF"))).toBe("HUF 12,346");
    expect(sp(money(1_234_550, "HUF"))).toBe("HUF 12,345.50");
    expect(sp(formatMinorUnits(1_234_550, "HUF"))).toBe("HUF 12,345.50");
    expect(sp(money(1_234_501, "ISK"))).toBe("ISK 12,345.01");
    expect(sp(money(-1_234_550, "HUF"))).toBe("-HUF 12,345.50");
  });

  it("keeps the currency's usual display when nothing would be lost", () => {
    expect(sp(money(1_234_600, "HUF"))).toBe("HUF 12,346");
    expect(sp(money(15_000, "USD"))).toBe("$150.00");
    expect(sp(money(1_234, "JPY"))).toBe("¥1,234");
    expect(sp(money(1_234, "KWD"))).toBe("KWD 1.234");
    expect(sp(money(1_234_550, "TWD"))).toBe("NT$12,345.50");
  });

  it("at 0 and null", () => {
    expect(sp(money(0, "USD"))).toBe("$0.00");
    expect(sp(money(0, "HUF"))).toBe("HUF 0");
    expect(sp(formatMinorUnits(null, "USD"))).toBe(EMPTY_METRIC);
  });

  it("refuses a fractional minor amount or a bad currency", () => {
    expect(() => money(1.5, "USD")).toThrow(RangeError);
    expect(() => money(100, "US")).toThrow(RangeError);
  });
});

describe("numberFormat / formatExact (formatters shared, not rebuilt per number)", () => {
  it("returns the same formatter for the same locale and options, another for other options", () => {
    const a = numberFormat("en-US", { style: "currency", currency: "USD" });
    expect(numberFormat("en-US", { style: "currency", currency: "USD" })).toBe(a);
    expect(numberFormat("en-US", { style: "currency", currency: "EUR" })).not.toBe(a);
    expect(numberFormat("de-DE", { style: "currency", currency: "USD" })).not.toBe(a);
    expect(sp(numberFormat("de-DE", { style: "currency", currency: "USD" }).format(1234.5))).toBe("1.234,50 $");
  });

  it("keeps formatting right once the cache has started again", () => {
    for (let d = 0; d <= 20; d++)
      for (const c of ["USD", "EUR", "JPY", "HUF", "KWD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "INR"])
        numberFormat("en-US", {
          style: "currency",
          currency: c,
          minimumFractionDigits: Math.min(d, 3),
          maximumFractionDigits: Math.max(d, 3),
        });
    expect(sp(formatMinorUnits(1_234_550, "HUF"))).toBe("HUF 12,345.50");
    expect(formatPercent(4.481, 2)).toBe("4.48%");
    expect(formatCount(3_414_400)).toBe("3.4M");
  });

  it("formats like toLocaleString, null as the em dash", () => {
    expect(formatExact(1_878_542)).toBe((1_878_542).toLocaleString("en-US"));
    expect(formatExact(1234.5678)).toBe("1,234.568");
    expect(formatExact(null)).toBe(EMPTY_METRIC);
  });

  it("throws for an invalid currency every time (nothing cached)", () => {
    expect(() => formatMoney(1, "ZZ")).toThrow(RangeError);
    expect(() => formatMoney(1, "ZZ")).toThrow(RangeError);
  });
});
