import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  BRIEF_CHECKS,
  briefSchema,
  countWords,
  defaultDisclosureRequirements,
  emptyBrief,
  scoreBrief,
  textQuality,
  type Brief,
  type BriefCheckId,
  type Deliverable,
} from "@/lib/briefs";
import { DELIVERABLE_TYPES, PLATFORMS } from "@/lib/vocabulary";

/** A brief that passes every check. */
function completeBrief(): Brief {
  return {
    goals: "Build awareness of the new mineral SPF among UK skincare fans",
    targetAudience: "Women 25–34 into clean skincare",
    keyMessages: ["Fragrance-free and safe for sensitive skin", "No white cast"],
    deliverables: [
      { type: "reel", platform: "instagram", count: 1, dueDate: "2025-06-14", notes: "30–60 seconds" },
      { type: "story", platform: "instagram", count: 2, dueDate: "2025-06-16" },
    ],
    timeline: "Drafts by 6 June, live between 10 and 16 June",
    paymentTerms: "$350 plus the SPF set, paid within 30 days of going live",
    disclosureRequirements: defaultDisclosureRequirements("US", "Glow Labs"),
    dos: ["Show the texture on your skin"],
    donts: ["Don't call it a cure for acne"],
    creativeFreedom: "Tell it your way: your tone, your format, your words",
    links: [{ label: "Product page", url: "https://glowlabs.com/spf" }],
  };
}

const weight = (id: BriefCheckId) => BRIEF_CHECKS.find((c) => c.id === id)?.weight ?? NaN;

describe("briefSchema", () => {
  it("parses {} to the empty brief (a brief is saved while incomplete)", () => {
    expect(briefSchema.parse({})).toEqual(emptyBrief());
  });

  it("accepts a complete brief unchanged", () => {
    expect(briefSchema.parse(completeBrief())).toEqual(completeBrief());
  });

  it("trims text and turns an empty due date into null; platform and count have defaults", () => {
    const parsed = briefSchema.parse({ goals: "  Sales  ", deliverables: [{ type: "post", dueDate: "" }] });
    expect(parsed.goals).toBe("Sales");
    expect(parsed.deliverables).toEqual([{ type: "post", platform: null, count: 1, dueDate: null }]);
  });

  it("allows a count of 0 and empty links while drafting", () => {
    const parsed = briefSchema.parse({ deliverables: [{ type: "reel", count: 0 }], links: [{}] });
    expect(parsed.deliverables[0]?.count).toBe(0);
    expect(parsed.links).toEqual([{ label: "", url: "" }]);
  });

  it.each([
    ["an impossible date", { deliverables: [{ type: "post", dueDate: "2025-02-30" }] }],
    ["a non-ISO date", { deliverables: [{ type: "post", dueDate: "14/06/2025" }] }],
    ["an unknown type", { deliverables: [{ type: "podcast" }] }],
    ["an unknown platform", { deliverables: [{ type: "post", platform: "myspace" }] }],
    ["a negative count", { deliverables: [{ type: "post", count: -1 }] }],
    ["a fractional count", { deliverables: [{ type: "post", count: 1.5 }] }],
    ["a link that is not a web address", { links: [{ label: "Site", url: "glowlabs" }] }],
    ["a javascript: link", { links: [{ label: "x", url: "javascript:alert(1)" }] }],
  ])("refuses %s", (_label, input) => {
    expect(briefSchema.safeParse(input).success).toBe(false);
  });

  it("keeps optional assets", () => {
    const parsed = briefSchema.parse({ assets: [{ label: "Logo", url: "https://glowlabs.com/logo.png", kind: "image" }] });
    expect(parsed.assets).toEqual([{ label: "Logo", url: "https://glowlabs.com/logo.png", kind: "image" }]);
  });
});

describe("defaultDisclosureRequirements", () => {
  it("US: #ad or 'Paid partnership with <brand>' up front, 30 seconds, no vague tags, claims, filters", () => {
    const text = defaultDisclosureRequirements("US", "Glow Labs");
    expect(text).toContain("#ad");
    expect(text).toContain('"Paid partnership with Glow Labs"');
    expect(text).toMatch(/Start the caption/);
    expect(text).toContain("first 30 seconds");
    for (const vague of ["#sp", "#spon", "#collab"]) expect(text).toContain(vague);
    expect(text).toMatch(/bury it in a block of hashtags/);
    expect(text).toMatch(/claims approved in this brief/);
    expect(text).toMatch(/filters/);
  });

  it("UK: #ad or Ad up front; in collaboration with is not enough", () => {
    const text = defaultDisclosureRequirements("UK", "Glow Labs");
    expect(text).toContain('"#ad" or "Ad"');
    expect(text).toContain("in collaboration with");
    expect(text).toContain("thanks to Glow Labs");
    expect(text).toContain("first 30 seconds");
    expect(text).not.toContain("Paid partnership");
  });

  it("leaves no [Brand] placeholder when the brand is omitted or blank", () => {
    for (const text of [
      defaultDisclosureRequirements("US"),
      defaultDisclosureRequirements("US", "  "),
      defaultDisclosureRequirements("UK"),
    ]) {
      expect(text).not.toMatch(/\[Brand\]/i);
    }
    expect(defaultDisclosureRequirements("US")).toContain("followed by our brand name");
  });

  it("passes the brief's disclosure check in both jurisdictions", () => {
    for (const jurisdiction of ["US", "UK"] as const) {
      const brief = { ...completeBrief(), disclosureRequirements: defaultDisclosureRequirements(jurisdiction) };
      expect(scoreBrief(brief).score).toBe(100);
    }
  });
});

describe("BRIEF_CHECKS", () => {
  it("weights sum to 100, ids are unique, every weight is a positive integer", () => {
    expect(BRIEF_CHECKS.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(new Set(BRIEF_CHECKS.map((c) => c.id)).size).toBe(BRIEF_CHECKS.length);
    expect(BRIEF_CHECKS.every((c) => Number.isInteger(c.weight) && c.weight > 0 && c.rule !== "")).toBe(true);
  });
});

describe("scoreBrief: whole briefs", () => {
  it("scores a complete brief exactly 100 with nothing missing", () => {
    expect(scoreBrief(completeBrief())).toEqual({ score: 100, missing: [] });
  });

  it("scores an empty brief 0 and reports each field once", () => {
    const { score, missing } = scoreBrief(emptyBrief());
    expect(score).toBe(0);
    expect(missing.map((m) => m.field)).toEqual([
      "goals",
      "targetAudience",
      "keyMessages",
      "deliverables",
      "timeline",
      "paymentTerms",
      "disclosureRequirements",
      "dos",
      "donts",
      "creativeFreedom",
      "links",
    ]);
  });
});

type Case = [string, (b: Brief) => Brief, BriefCheckId, RegExp, string?];

const cases: Case[] = [
  ["goals empty", (b) => ({ ...b, goals: "" }), "goals", /^Campaign goals missing/],
  ["goals TBD", (b) => ({ ...b, goals: "TBD" }), "goals", /^Campaign goals too vague/],
  ["goals one word", (b) => ({ ...b, goals: "Awareness" }), "goals", /too vague/],
  ["goals with TBC inside", (b) => ({ ...b, goals: "Launch the SPF, numbers tbc" }), "goals", /too vague/],
  ["goals 'have fun!' (mistake 7)", (b) => ({ ...b, goals: "Have fun!" }), "goals", /too vague/],
  ["audience n/a", (b) => ({ ...b, targetAudience: "n/a" }), "targetAudience", /^Target audience too vague/],
  ["audience empty", (b) => ({ ...b, targetAudience: "   " }), "targetAudience", /^Target audience missing/],
  ["no key messages", (b) => ({ ...b, keyMessages: [] }), "keyMessages", /^Key messages missing/],
  ["blank key messages", (b) => ({ ...b, keyMessages: ["", "  "] }), "keyMessages", /^Key messages missing/],
  ["one-word key messages", (b) => ({ ...b, keyMessages: ["Vegan", "TBD"] }), "keyMessages", /too vague/],
  [
    "deliverable 2 without platform",
    (b) => setDeliverable(b, 1, { platform: null }),
    "deliverablePlatforms",
    /^Deliverable 2 has no platform\.$/,
    "deliverables.1.platform",
  ],
  [
    "deliverable 1 with count 0",
    (b) => setDeliverable(b, 0, { count: 0 }),
    "deliverableCounts",
    /^Deliverable 1 has no count/,
    "deliverables.0.count",
  ],
  [
    "no due dates",
    (b) => setDeliverable(setDeliverable(b, 0, { dueDate: null }), 1, { dueDate: null }),
    "deliverableDueDates",
    /^No due dates/,
    "deliverables",
  ],
  ["timeline empty", (b) => ({ ...b, timeline: "" }), "timeline", /^Timeline missing/],
  ["timeline vague", (b) => ({ ...b, timeline: "June" }), "timeline", /^Timeline too vague/],
  ["payment terms empty", (b) => ({ ...b, paymentTerms: "" }), "paymentTerms", /^Payment terms missing/],
  ["payment terms TBC", (b) => ({ ...b, paymentTerms: "tbc" }), "paymentTerms", /^Payment terms too vague/],
  ["payment terms to be agreed", (b) => ({ ...b, paymentTerms: "Fee to be agreed later on" }), "paymentTerms", /too vague/],
  ["no disclosure", (b) => ({ ...b, disclosureRequirements: "" }), "disclosureRequirements", /^No disclosure requirement/],
  ["disclosure too short", (b) => ({ ...b, disclosureRequirements: "Use #spon" }), "disclosureRequirements", /too vague/],
  [
    "disclosure without a label",
    (b) => ({ ...b, disclosureRequirements: "Please be transparent with your followers" }),
    "disclosureRequirements",
    /names no label/,
  ],
  [
    "disclosure with only a vague tag",
    (b) => ({ ...b, disclosureRequirements: "Tag it with #collab please" }),
    "disclosureRequirements",
    /names no label/,
  ],
  [
    "disclosure with bare #partner",
    (b) => ({ ...b, disclosureRequirements: "Add #partner at the start" }),
    "disclosureRequirements",
    /names no label/,
  ],
  ["no do's", (b) => ({ ...b, dos: [] }), "dos", /^Do's missing/],
  ["vague don'ts", (b) => ({ ...b, donts: ["n/a"] }), "donts", /^Don'ts are too vague/],
  ["no creative freedom (mistake 2)", (b) => ({ ...b, creativeFreedom: "" }), "creativeFreedom", /^Creative freedom not described/],
  ["creative freedom 'none'", (b) => ({ ...b, creativeFreedom: "None" }), "creativeFreedom", /too vague/],
  ["a rigid script", (b) => ({ ...b, creativeFreedom: "Read the script word for word on camera" }), "creativeFreedom", /rigid script/],
  ["no links", (b) => ({ ...b, links: [] }), "links", /^No links/],
  ["only an empty link", (b) => ({ ...b, links: [{ label: "Site", url: "" }] }), "links", /^No links/],
];

function setDeliverable(b: Brief, index: number, patch: Partial<Deliverable>): Brief {
  return { ...b, deliverables: b.deliverables.map((d, i) => (i === index ? { ...d, ...patch } : d)) };
}

describe("scoreBrief: each check", () => {
  it.each(cases)("%s", (_label, mutate, check, message, field) => {
    const { score, missing } = scoreBrief(mutate(completeBrief()));
    expect(score).toBe(100 - weight(check));
    expect(missing).toHaveLength(1);
    expect(missing[0]?.check).toBe(check);
    expect(missing[0]?.message).toMatch(message);
    if (field) expect(missing[0]?.field).toBe(field);
  });

  it("reports no deliverables once, losing all four deliverable checks", () => {
    const { score, missing } = scoreBrief({ ...completeBrief(), deliverables: [] });
    expect(score).toBe(
      100 - weight("deliverables") - weight("deliverablePlatforms") - weight("deliverableCounts") - weight("deliverableDueDates"),
    );
    expect(missing.map((m) => m.message)).toEqual([expect.stringMatching(/^No deliverables/)]);
  });

  it("names each deliverable without a due date when some have one", () => {
    const b = completeBrief();
    const brief = {
      ...b,
      deliverables: [...b.deliverables, { type: "post" as const, platform: "tiktok" as const, count: 1, dueDate: null }],
    };
    const { score, missing } = scoreBrief(brief);
    expect(score).toBe(100 - weight("deliverableDueDates"));
    expect(missing).toEqual([{ check: "deliverableDueDates", field: "deliverables.2.dueDate", message: "Deliverable 3 has no due date." }]);
  });

  it("lists every deliverable without a platform, losing the weight once", () => {
    const b = completeBrief();
    const { score, missing } = scoreBrief(setDeliverable(setDeliverable(b, 0, { platform: null }), 1, { platform: null }));
    expect(score).toBe(100 - weight("deliverablePlatforms"));
    expect(missing.map((m) => m.message)).toEqual(["Deliverable 1 has no platform.", "Deliverable 2 has no platform."]);
  });

  it.each([
    "Use #ad at the start",
    "Start with AD: in caption",
    "Mark it as Sponsored upfront",
    "Add #GlowLabsPartner first thing",
    "Use the words paid partnership",
  ])("accepts the disclosure %j", (disclosureRequirements) => {
    expect(scoreBrief({ ...completeBrief(), disclosureRequirements }).score).toBe(100);
  });

  it("passes when at least one key message, do and don't is specific", () => {
    const b = {
      ...completeBrief(),
      keyMessages: ["TBD", "No white cast"],
      dos: ["", "Show the texture"],
      donts: ["x", "No medical claims"],
    };
    expect(scoreBrief(b).score).toBe(100);
  });
});

describe("text helpers", () => {
  it.each([
    ["", 0],
    ["  ", 0],
    ["$300 net 30", 3],
    ["— a b —", 2],
    ["Women 25–34", 2],
  ])("countWords(%j) = %i", (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it.each([
    ["", 3, "empty"],
    ["  \n ", 3, "empty"],
    ["TBD.", 1, "vague"],
    ["N/A", 1, "vague"],
    ["to be confirmed, sorry", 1, "vague"],
    ["two words", 3, "vague"],
    ["three whole words", 3, "ok"],
    ["TBDs are fine words here", 3, "ok"],
  ] as const)("textQuality(%j, %i) = %s", (text, min, quality) => {
    expect(textQuality(text, min)).toBe(quality);
  });
});

// ─── Properties ──────────────────────────────────────────────────────────────────────────────

const COMPLETE = completeBrief();
const TEXT_FIELDS = ["goals", "targetAudience", "timeline", "paymentTerms", "disclosureRequirements", "creativeFreedom"] as const;
const LIST_FIELDS = ["keyMessages", "dos", "donts"] as const;

const textValue = (complete: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom("", " ", "TBD", "n/a", "x", "Have fun!", "Use #collab", "Read the script word for word", complete),
    fc.string({ maxLength: 40 }),
  );
const listValue = (complete: string[]): fc.Arbitrary<string[]> =>
  fc.oneof(
    fc.constant<string[]>([]),
    fc.array(fc.constantFrom<string>("", "TBD", "Vegan", "Be yourself always"), { maxLength: 3 }),
    fc.constant(complete),
  );
const deliverableArb: fc.Arbitrary<Deliverable> = fc.record({
  type: fc.constantFrom(...DELIVERABLE_TYPES),
  platform: fc.option(fc.constantFrom(...PLATFORMS), { nil: null }),
  count: fc.integer({ min: 0, max: 3 }),
  dueDate: fc.option(fc.constantFrom("2025-06-14", "2026-01-31"), { nil: null }),
});
const briefArb: fc.Arbitrary<Brief> = fc.record({
  goals: textValue(COMPLETE.goals),
  targetAudience: textValue(COMPLETE.targetAudience),
  keyMessages: listValue(COMPLETE.keyMessages),
  deliverables: fc.array(deliverableArb, { maxLength: 4 }),
  timeline: textValue(COMPLETE.timeline),
  paymentTerms: textValue(COMPLETE.paymentTerms),
  disclosureRequirements: textValue(COMPLETE.disclosureRequirements),
  dos: listValue(COMPLETE.dos),
  donts: listValue(COMPLETE.donts),
  creativeFreedom: textValue(COMPLETE.creativeFreedom),
  links: fc.constantFrom<Brief["links"]>([], [{ label: "Site", url: "" }], COMPLETE.links),
});

describe("scoreBrief: properties", () => {
  it("is an integer in 0–100, and 100 exactly when nothing is missing", () => {
    fc.assert(
      fc.property(briefArb, (brief) => {
        const { score, missing } = scoreBrief(brief);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(score === 100).toBe(missing.length === 0);
      }),
    );
  });

  it("is monotone: filling in any field never lowers the score", () => {
    const fields = [...TEXT_FIELDS, ...LIST_FIELDS, "deliverables", "links"] as const;
    fc.assert(
      fc.property(briefArb, fc.constantFrom(...fields), (brief, field) => {
        const filled = { ...brief, [field]: COMPLETE[field] };
        expect(scoreBrief(filled).score).toBeGreaterThanOrEqual(scoreBrief(brief).score);
      }),
    );
  });

  it("is monotone within deliverables: setting a platform, count or due date never lowers it", () => {
    fc.assert(
      fc.property(
        briefArb.filter((b) => b.deliverables.length > 0),
        fc.nat(),
        fc.constantFrom<Partial<Deliverable>>({ platform: "youtube" }, { count: 2 }, { dueDate: "2025-07-01" }),
        (brief, n, patch) => {
          const filled = setDeliverable(brief, n % brief.deliverables.length, patch);
          expect(scoreBrief(filled).score).toBeGreaterThanOrEqual(scoreBrief(brief).score);
        },
      ),
    );
  });

  it("loses exactly a check's weight for each failing check", () => {
    fc.assert(
      fc.property(briefArb, (brief) => {
        const { score, missing } = scoreBrief(brief);
        const failed = new Set(missing.map((m) => m.check));
        if (brief.deliverables.length === 0) {
          for (const id of ["deliverablePlatforms", "deliverableCounts", "deliverableDueDates"] as const) failed.add(id);
        }
        expect(score).toBe(100 - [...failed].reduce((s, id) => s + weight(id), 0));
      }),
    );
  });
});
