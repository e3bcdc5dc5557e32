// The pure helpers behind the contract editor and list: money typed in major units, the list's
// keyset cursor, and the guarantee that the modules the browser imports pull in no zod.
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { decodeListCursor, encodeListCursor } from "@/lib/contracts/list-cursor";
import { MERGE_FIELDS, unknownMergeFields } from "@/lib/contracts/merge-fields";
import { minorToInput, parseMoneyInput } from "@/lib/contracts/money-input";
import { MERGE_FIELDS as TEMPLATE_MERGE_FIELDS } from "@/lib/contracts/template";

describe("minorToInput", () => {
  it("shows minor units in the currency's major unit", () => {
    expect(minorToInput(125_000, "USD")).toBe("1250.00");
    expect(minorToInput(1_250, "JPY")).toBe("1250");
    expect(minorToInput(1_250, "KWD")).toBe("1.250");
    expect(minorToInput(0, "EUR")).toBe("0.00");
    expect(minorToInput(null, "USD")).toBe("");
  });
  it("treats a half-typed currency code as two decimals", () => {
    expect(minorToInput(999, "US")).toBe("9.99");
  });
});

describe("parseMoneyInput", () => {
  it("reads amounts with thousands commas and up to the currency's decimals", () => {
    expect(parseMoneyInput("1,250.5", "USD")).toEqual({ ok: true, minor: 125_050 });
    expect(parseMoneyInput(" 300 ", "USD")).toEqual({ ok: true, minor: 30_000 });
    expect(parseMoneyInput("1.005", "KWD")).toEqual({ ok: true, minor: 1_005 });
    expect(parseMoneyInput("1250", "JPY")).toEqual({ ok: true, minor: 1_250 });
    expect(parseMoneyInput("12.50", "JPY")).toEqual({ ok: false, message: "JPY has no minor unit: enter a whole amount." });
    expect(parseMoneyInput("1250.", "USD")).toEqual({ ok: true, minor: 125_000 });
  });
  it("gives null for empty and a message for anything else", () => {
    expect(parseMoneyInput("", "USD")).toEqual({ ok: true, minor: null });
    expect(parseMoneyInput("   ", "USD")).toEqual({ ok: true, minor: null });
    for (const bad of ["-5", "$5", "5e3", "1.2.3", "abc", "12345678901"]) {
      expect(parseMoneyInput(bad, "USD").ok, bad).toBe(false);
    }
    expect(parseMoneyInput("1.234", "USD")).toEqual({ ok: false, message: "Use at most 2 decimals." });
  });
  it("round-trips with minorToInput", () => {
    for (const minor of [0, 1, 99, 100, 123_456_789]) {
      expect(parseMoneyInput(minorToInput(minor, "USD"), "USD")).toEqual({ ok: true, minor });
    }
  });
});

describe("list cursor", () => {
  it("round-trips the last row's time and id", () => {
    const row = { updatedAt: new Date("2026-03-01T10:20:30.456Z"), id: "cmabc123" };
    const decoded = decodeListCursor(encodeListCursor(row));
    expect(decoded?.updatedAt.toISOString()).toBe(row.updatedAt.toISOString());
    expect(decoded?.id).toBe(row.id);
  });
  it("refuses anything it could not have made", () => {
    for (const bad of [
      undefined,
      null,
      "",
      "abc",
      "123",
      ".abc",
      "123.",
      "12x.abc",
      "123.a-b",
      `1.${"a".repeat(41)}`,
      "1234567890123456.a",
    ]) {
      expect(decodeListCursor(bad), String(bad)).toBeNull();
    }
  });
});

describe("merge fields", () => {
  it("template.ts re-exports the same list", () => {
    expect(TEMPLATE_MERGE_FIELDS).toBe(MERGE_FIELDS);
  });
  it("names unknown fields once, in order", () => {
    expect(unknownMergeFields("{{fee}} {{price}} {{ brand.legalName }} {{price}} {{nope}}")).toEqual(["price", "nope"]);
  });
});

/** Value imports (not `import type`) of a module, resolved to files; packages as their name. */
function valueImports(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)) {
    const spec = m[1]!;
    if (spec.startsWith(".") || spec.startsWith("@/")) {
      const base = spec.startsWith("@/") ? path.resolve(spec.slice(2)) : path.resolve(path.dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
      if (found) out.push(found);
    } else out.push(spec);
  }
  return out;
}

describe("what the browser's contract editor imports", () => {
  it.each([
    "lib/contracts/check.ts",
    "lib/contracts/render.ts",
    "lib/contracts/merge-fields.ts",
    "lib/contracts/money-input.ts",
    "lib/contracts/list-cursor.ts",
  ])("%s reaches no zod", (entry) => {
    const seen = new Set<string>();
    const stack = [path.resolve(entry)];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const dep of valueImports(f)) {
        expect(dep, `${path.relative(process.cwd(), f)} imports zod`).not.toBe("zod");
        if (dep.startsWith("/")) stack.push(dep);
      }
    }
    expect(seen.size).toBeGreaterThan(0);
  });
  it("the check sees a value import of zod (the test can fail)", () => {
    expect(valueImports(path.resolve("lib/contracts/template.ts"))).toContain("zod");
  });
});
