import { describe, expect, it } from "vitest";

import { parseNumberish } from "@/lib/influencers/import";

const value = (input: string | number | null | undefined) => {
  const result = parseNumberish(input);
  if (!result.ok) throw new Error(`expected ok for ${String(input)}: ${result.error}`);
  return result.value;
};
const error = (input: string) => {
  const result = parseNumberish(input);
  if (result.ok) throw new Error(`expected an error for ${input}, got ${String(result.value)}`);
  return result.error;
};

describe("parseNumberish", () => {
  it.each([
    ["48.2K", 48_200],
    ["48.2k", 48_200],
    ["1.2k", 1_200],
    ["2.4M", 2_400_000],
    ["3B", 3_000_000_000],
    ["1.2 mn", 1_200_000],
    ["2bn", 2_000_000_000],
    ["0.5K", 500],
    [".5k", 500],
  ])("expands the suffix in %s exactly", (input, expected) => {
    expect(value(input)).toBe(expected);
    expect(parseNumberish(input)).toMatchObject({ ok: true, abbreviated: true, percent: false });
  });

  it("computes suffixed values in decimal, without float noise", () => {
    // 48.2 * 1000 in binary floating point is 48200.00000000001
    expect(value("48.2K")).toBe(48200);
    expect(value("1.1M")).toBe(1_100_000);
    expect(value("0.3K")).toBe(300);
  });

  it.each([
    ["120,500", 120_500],
    ['"120,500"', 120_500],
    ["'120,500'", 120_500],
    ["1,234,567", 1_234_567],
    ["1,234", 1_234],
    ["1 234 567", 1_234_567],
    ["1\u00a0234", 1_234],
    ["1'234", 1_234],
    ["120,500.75", 120_500.75],
    ["  12 ", 12],
    ["12", 12],
    ["0", 0],
    ["-3", -3],
    ["−3", -3],
    ["+4", 4],
    ["0.5", 0.5],
    ["1.2E+06", 1_200_000],
    ["~50K", 50_000],
    ["10K+", 10_000],
  ])("reads %s as %d", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it("flags percentages and keeps them in percentage points", () => {
    expect(parseNumberish("6.1%")).toEqual({ ok: true, value: 6.1, percent: true, abbreviated: false });
    expect(parseNumberish("6.1 %")).toEqual({ ok: true, value: 6.1, percent: true, abbreviated: false });
    expect(parseNumberish("6.1")).toEqual({ ok: true, value: 6.1, percent: false, abbreviated: false });
  });

  it.each(["", "   ", "n/a", "N/A", "na", "-", "—", "none", "null", "#N/A", "unknown", "?", '""'])("treats %j as no value", (input) => {
    expect(parseNumberish(input)).toEqual({ ok: true, value: null, percent: false, abbreviated: false });
  });

  it("accepts null, undefined and finite numbers as they are", () => {
    expect(value(null)).toBeNull();
    expect(value(undefined)).toBeNull();
    expect(value(42)).toBe(42);
    expect(value(-0)).toBe(0);
    expect(Object.is(value("-0"), 0)).toBe(true);
    expect(parseNumberish(Number.NaN)).toEqual({ ok: false, error: "is not a finite number" });
  });

  it.each(["abc", "12abc", "1.2.3", "K", "12 K M", "$500", "1,2,3", "1e3K", "12,34,567"])("rejects %j as not a number", (input) => {
    expect(error(input)).toBe("is not a number");
  });

  it("rejects decimal commas instead of guessing (European notation is ambiguous)", () => {
    expect(error("3,5")).toBe("uses a decimal comma; write 3.5");
    expect(error("8,5K")).toBe("uses a decimal comma; write 8.5K");
    expect(error("6,25%")).toBe("uses a decimal comma; write 6.25%");
    expect(error("1.234,5")).toBe("uses European number format; write 1234.5");
    // a comma before exactly three digits is always a thousands separator
    expect(value("1,234")).toBe(1234);
    // and a dot is always a decimal point
    expect(value("1.234")).toBe(1.234);
  });

  it("rejects a % sign combined with a suffix, and overflow", () => {
    expect(error("5K%")).toBe("mixes a % sign with a K/M/B suffix");
    expect(error("1e999")).toBe("is too large");
  });
});
