import { readFileSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkDisclosure, FINDING_CODES, type DisclosureInput, type FindingCode } from "@/lib/compliance";
import { FORMATS, PLATFORMS } from "@/lib/vocabulary";

interface Case {
  id: string;
  input: DisclosureInput;
  expectCompliant: boolean;
  expectCodes: FindingCode[];
  note: string;
}

const corpusPath = path.resolve(import.meta.dirname, "../fixtures/disclosure-cases.jsonl");
const cases: Case[] = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Case);

describe("disclosure corpus", () => {
  it("is big and covers every code, platform and jurisdiction", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    const codes = new Set(cases.flatMap((c) => c.expectCodes));
    for (const code of FINDING_CODES) expect(codes, code).toContain(code);
    for (const platform of PLATFORMS) {
      expect(
        cases.some((c) => c.input.platform === platform && c.expectCompliant),
        `${platform} compliant`,
      ).toBe(true);
      expect(
        cases.some((c) => c.input.platform === platform && !c.expectCompliant),
        `${platform} non-compliant`,
      ).toBe(true);
    }
    expect(cases.some((c) => c.input.jurisdiction === "UK" && c.expectCompliant)).toBe(true);
    expect(cases.some((c) => c.input.jurisdiction === "UK" && !c.expectCompliant)).toBe(true);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const result = checkDisclosure(c.input);
    const codes = result.findings.map((f) => f.code);
    expect({ compliant: result.compliant, note: c.note }).toEqual({ compliant: c.expectCompliant, note: c.note });
    for (const code of c.expectCodes) expect(codes, `${c.id}: ${JSON.stringify(result.findings)}`).toContain(code);
    expect(result.compliant).toBe(!result.findings.some((f) => f.severity === "error"));
    for (const f of result.findings) {
      if (f.start !== undefined || f.end !== undefined) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start ?? 0);
        expect(f.end).toBeLessThanOrEqual(c.input.text.length);
      }
    }
  });

  it("reports precision and recall for the non-compliant class", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of cases) {
      const flagged = !checkDisclosure(c.input).compliant;
      const bad = !c.expectCompliant;
      if (flagged && bad) tp += 1;
      else if (flagged && !bad) fp += 1;
      else if (!flagged && bad) fn += 1;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    console.log(`disclosure corpus: ${cases.length} cases, precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });
});

describe("compliant invariant on random input", () => {
  const cue = fc.record({ start: fc.double({ min: 0, max: 20_000, noNaN: true }), text: fc.string({ maxLength: 60 }) });
  const input = fc.record(
    {
      text: fc.oneof(
        fc.string({ maxLength: 300 }),
        fc
          .array(
            fc.constantFrom(
              "#ad",
              "Ad:",
              "ad",
              "sponsored",
              "#spon",
              "#nike",
              "not",
              "cures",
              "thanks",
              "Nike",
              "\n",
              " ",
              "|",
              "I'm working with",
              "#NikePartner",
              "gifted",
              "AD",
              "(",
              ")",
            ),
            { maxLength: 40 },
          )
          .map((parts) => parts.join(" ")),
      ),
      platform: fc.constantFrom(...PLATFORMS),
      format: fc.constantFrom(...FORMATS),
      brand: fc.constantFrom("Nike", "Glowly", "H&M", "L'Oréal", ""),
      transcript: fc.array(cue, { maxLength: 6 }),
      paidPartnershipLabel: fc.boolean(),
      usesFilterOrEditing: fc.boolean(),
      approvedClaims: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
      jurisdiction: fc.constantFrom("US" as const, "UK" as const),
    },
    { requiredKeys: ["text", "platform"] },
  );

  it("compliant === no error finding, spans stay inside the text, and the result is deterministic", () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = checkDisclosure(i);
        expect(result.compliant).toBe(!result.findings.some((f) => f.severity === "error"));
        for (const f of result.findings) {
          expect(FINDING_CODES).toContain(f.code);
          if (f.start !== undefined) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end ?? -1).toBeLessThanOrEqual(i.text.length);
          }
        }
        expect(checkDisclosure(i)).toEqual(result);
      }),
      { numRuns: 400 },
    );
  });
});
