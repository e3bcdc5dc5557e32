import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import {
  addDays,
  canonicalJson,
  checkContract,
  CONTRACT_ERROR_CODES,
  CONTRACT_WARNING_CODES,
  contractHash,
  contractPlainText,
  contractTemplateSchema,
  contractTermsSchema,
  DEFAULT_CONTRACT_TEMPLATE,
  emptyContractTerms,
  formatMinor,
  NOT_AGREED,
  paymentSchedule,
  renderContract,
  sha256Hex,
  unknownMergeFields,
  type ContractFindingCode,
  type ContractTerms,
  type ContractTermsInput,
} from "@/lib/contracts";

/** A contract that is ready to send, with no warnings; each test breaks one thing. */
function readyTerms(over: Partial<ContractTermsInput> = {}): ContractTerms {
  return contractTermsSchema.parse({
    parties: {
      brand: { legalName: "Glow Labs Inc.", address: "1 Main St, Austin TX" },
      influencer: { legalName: "Maya Ortiz", email: "maya@example.com", country: "US" },
    },
    currency: "USD",
    feeMinor: 50_000,
    agreedFeeMinor: 50_000,
    product: null,
    deliverables: [{ type: "reel", platform: "instagram", count: 2, dueDate: "2026-03-15", liveDays: 90 }],
    paymentNetDays: 30,
    paymentMilestones: [
      { percent: 50, when: "signing" },
      { percent: 50, when: "live" },
    ],
    usage: { organic: true, paid: true, sparkAds: false, durationDays: 90, territories: ["United States"] },
    exclusivity: null,
    approvalRounds: 2,
    approvalTurnaroundDays: 3,
    killFeePercent: 50,
    disclosureClause: true,
    jurisdiction: "US",
    terminationNoticeDays: 14,
    governingLaw: "the State of Texas",
    ...over,
  });
}

/** The same value with every object's keys in reverse order (JSON.stringify's array replacer would drop nested keys). */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T;
  }
  return value;
}

const codes = (terms: ContractTerms): ContractFindingCode[] => checkContract(terms).findings.map((f) => f.code);

describe("checkContract", () => {
  it("passes a complete contract with no findings", () => {
    expect(checkContract(readyTerms())).toEqual({ ready: true, findings: [] });
  });

  it("reports every code of an empty contract's kind, and nothing is ready", () => {
    const result = checkContract(emptyContractTerms());
    expect(result.ready).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(["NO_DELIVERABLES", "NO_COMPENSATION", "NO_APPROVAL_ROUNDS"]);
  });

  it("gives every finding a severity matching its code list, a field and a message", () => {
    const result = checkContract(
      readyTerms({
        deliverables: [{ type: "post", count: 1, dueDate: null }],
        feeMinor: 99_000,
        paymentNetDays: 45,
        paymentMilestones: [{ percent: 60, when: "signing" }],
        usage: { paid: true, durationDays: null },
        disclosureClause: false,
        exclusivity: { category: "Skincare", durationDays: null },
        influencerIsMinor: true,
        guardianName: "  ",
        killFeePercent: null,
        approvalRounds: null,
      }),
    );
    const seen = result.findings.map((f) => f.code);
    expect(new Set(seen)).toEqual(
      new Set([
        ...CONTRACT_ERROR_CODES.filter((c) => c !== "NO_DELIVERABLES" && c !== "NO_COMPENSATION" && c !== "NO_PAYMENT_TERMS"),
        ...CONTRACT_WARNING_CODES,
      ]),
    );
    for (const f of result.findings) {
      expect(f.severity).toBe((CONTRACT_ERROR_CODES as readonly string[]).includes(f.code) ? "error" : "warning");
      expect(f.field).not.toBe("");
      expect(f.message.length).toBeGreaterThan(10);
    }
    expect(result.ready).toBe(false);
  });

  it("NO_DELIVERABLES for none and for only zero counts", () => {
    expect(codes(readyTerms({ deliverables: [] }))).toEqual(["NO_DELIVERABLES"]);
    expect(codes(readyTerms({ deliverables: [{ type: "story", count: 0, dueDate: null }] }))).toEqual(["NO_DELIVERABLES"]);
  });

  it("DELIVERABLE_NO_DUE_DATE once per deliverable, naming its index", () => {
    const result = checkContract(
      readyTerms({
        deliverables: [
          { type: "reel", count: 1, dueDate: "2026-03-01" },
          { type: "story", count: 3, dueDate: null },
          { type: "post", count: 1, dueDate: "" },
        ],
      }),
    );
    expect(result.findings.map((f) => [f.code, f.field])).toEqual([
      ["DELIVERABLE_NO_DUE_DATE", "deliverables[1].dueDate"],
      ["DELIVERABLE_NO_DUE_DATE", "deliverables[2].dueDate"],
    ]);
  });

  it("NO_COMPENSATION when neither fee nor product; a zero fee is no fee; a blank product is no product", () => {
    const none = { feeMinor: 0, agreedFeeMinor: null, product: "   ", paymentMilestones: [] };
    expect(codes(readyTerms(none))).toEqual(["NO_COMPENSATION"]);
    expect(codes(readyTerms({ ...none, feeMinor: null }))).toEqual(["NO_COMPENSATION"]);
  });

  it("a product-only deal needs no payment terms and no kill fee", () => {
    const productOnly = readyTerms({
      feeMinor: null,
      agreedFeeMinor: null,
      product: "Serum starter kit",
      productValueMinor: 8_900,
      paymentNetDays: null,
      paymentMilestones: [],
      killFeePercent: null,
    });
    expect(checkContract(productOnly)).toEqual({ ready: true, findings: [] });
  });

  it("NO_PAYMENT_TERMS for a cash fee without net days; net 0 is a term", () => {
    expect(codes(readyTerms({ paymentNetDays: null }))).toEqual(["NO_PAYMENT_TERMS"]);
    expect(codes(readyTerms({ paymentNetDays: 0 }))).toEqual([]);
  });

  it("FEE_MISMATCH when the fee differs from the agreed fee, also by one cent or when the fee is missing", () => {
    expect(codes(readyTerms({ feeMinor: 50_001 }))).toEqual(["FEE_MISMATCH"]);
    expect(codes(readyTerms({ feeMinor: null, product: "Kit", paymentMilestones: [] }))).toEqual(["FEE_MISMATCH"]);
    expect(codes(readyTerms({ agreedFeeMinor: null, feeMinor: 70_000 }))).toEqual([]);
  });

  it("MILESTONES_NOT_100 at 99 and 101, not at 100 nor for no milestones", () => {
    const split = (a: number, b: number) => ({
      paymentMilestones: [
        { percent: a, when: "signing" as const },
        { percent: b, when: "live" as const },
      ],
    });
    expect(codes(readyTerms(split(49, 50)))).toEqual(["MILESTONES_NOT_100"]);
    expect(codes(readyTerms(split(51, 50)))).toEqual(["MILESTONES_NOT_100"]);
    expect(codes(readyTerms(split(50, 50)))).toEqual([]);
    expect(codes(readyTerms({ paymentMilestones: [] }))).toEqual([]);
    expect(checkContract(readyTerms(split(51, 50))).findings[0]?.message).toContain("101 %");
  });

  it("PAID_USAGE_NO_TERM for paid usage or Spark Ads without a duration, not for organic only", () => {
    expect(codes(readyTerms({ usage: { paid: true, durationDays: null } }))).toEqual(["PAID_USAGE_NO_TERM"]);
    expect(codes(readyTerms({ usage: { sparkAds: true, durationDays: 0 } }))).toEqual(["PAID_USAGE_NO_TERM"]);
    expect(codes(readyTerms({ usage: { organic: true, durationDays: null } }))).toEqual([]);
    expect(codes(readyTerms({ usage: { sparkAds: true, durationDays: 1 } }))).toEqual([]);
  });

  it("NO_DISCLOSURE_CLAUSE names the jurisdiction's rules", () => {
    const us = checkContract(readyTerms({ disclosureClause: false }));
    const uk = checkContract(readyTerms({ disclosureClause: false, jurisdiction: "UK" }));
    expect(us.findings.map((f) => f.code)).toEqual(["NO_DISCLOSURE_CLAUSE"]);
    expect(us.findings[0]?.message).toContain("FTC");
    expect(uk.findings[0]?.message).toContain("ASA");
  });

  it("EXCLUSIVITY_NO_END for exclusivity without days", () => {
    expect(codes(readyTerms({ exclusivity: { category: "Skincare", durationDays: null } }))).toEqual(["EXCLUSIVITY_NO_END"]);
    expect(codes(readyTerms({ exclusivity: { category: "Skincare", durationDays: 0 } }))).toEqual(["EXCLUSIVITY_NO_END"]);
    expect(codes(readyTerms({ exclusivity: { category: "Skincare", durationDays: 30 } }))).toEqual([]);
  });

  it("MINOR_NO_GUARDIAN unless a guardian is named", () => {
    expect(codes(readyTerms({ influencerIsMinor: true }))).toEqual(["MINOR_NO_GUARDIAN"]);
    expect(codes(readyTerms({ influencerIsMinor: true, guardianName: "Ana Ortiz" }))).toEqual([]);
  });

  it("SLOW_PAYMENT above net-30 only (30 passes, 31 warns), and warnings keep a contract ready", () => {
    expect(codes(readyTerms({ paymentNetDays: 30 }))).toEqual([]);
    const slow = checkContract(readyTerms({ paymentNetDays: 31 }));
    expect(slow.findings.map((f) => [f.code, f.severity])).toEqual([["SLOW_PAYMENT", "warning"]]);
    expect(slow.ready).toBe(true);
  });

  it("NO_KILL_FEE for a cash fee without a kill fee (null or 0 %)", () => {
    expect(codes(readyTerms({ killFeePercent: null }))).toEqual(["NO_KILL_FEE"]);
    expect(codes(readyTerms({ killFeePercent: 0 }))).toEqual(["NO_KILL_FEE"]);
  });

  it("NO_APPROVAL_ROUNDS for null or 0 rounds", () => {
    expect(codes(readyTerms({ approvalRounds: null }))).toEqual(["NO_APPROVAL_ROUNDS"]);
    expect(codes(readyTerms({ approvalRounds: 0 }))).toEqual(["NO_APPROVAL_ROUNDS"]);
  });

  it("reads the bare readiness shape from the issue, not only parsed terms", () => {
    const result = checkContract({
      currency: "USD",
      feeMinor: 10_000,
      product: null,
      agreedFeeMinor: 10_000,
      deliverables: [{ type: "post", platform: "tiktok", count: 1, dueDate: "2026-05-01" }],
      paymentNetDays: 14,
      paymentMilestones: [],
      usage: { organic: false, paid: false, sparkAds: false, durationDays: null },
      exclusivity: null,
      approvalRounds: 1,
      killFeePercent: 25,
      disclosureClause: true,
      jurisdiction: "UK",
      influencerIsMinor: false,
      guardianName: null,
    });
    expect(result).toEqual({ ready: true, findings: [] });
  });
});

describe("contractTermsSchema", () => {
  it("fills defaults: an empty object is a blank US contract with the disclosure clause on", () => {
    const empty = emptyContractTerms();
    expect(empty.currency).toBe("USD");
    expect(empty.disclosureClause).toBe(true);
    expect(empty.deliverables).toEqual([]);
    expect(empty.paymentMilestones).toEqual([]);
  });

  it("refuses negative or fractional money, percents over 100 and unknown milestone triggers", () => {
    expect(contractTermsSchema.safeParse({ feeMinor: -1 }).success).toBe(false);
    expect(contractTermsSchema.safeParse({ feeMinor: 10.5 }).success).toBe(false);
    expect(contractTermsSchema.safeParse({ killFeePercent: 101 }).success).toBe(false);
    expect(contractTermsSchema.safeParse({ paymentMilestones: [{ percent: 50, when: "tomorrow" }] }).success).toBe(false);
    expect(contractTermsSchema.safeParse({ paymentMilestones: [{ percent: 50, when: "2026-02-30" }] }).success).toBe(false);
    expect(contractTermsSchema.safeParse({ paymentMilestones: [{ percent: 50, when: "2026-02-28" }] }).success).toBe(true);
  });

  it("upper-cases the currency and refuses a non-code", () => {
    expect(contractTermsSchema.parse({ currency: "eur" }).currency).toBe("EUR");
    expect(contractTermsSchema.safeParse({ currency: "EURO" }).success).toBe(false);
  });
});

describe("templates", () => {
  it("the default template is valid and uses only known merge fields", () => {
    expect(contractTemplateSchema.safeParse(DEFAULT_CONTRACT_TEMPLATE).success).toBe(true);
    for (const clause of DEFAULT_CONTRACT_TEMPLATE.clauses) expect(unknownMergeFields(clause.body)).toEqual([]);
  });

  it("refuses a clause with an unknown merge field, and duplicate keys", () => {
    const bad = contractTemplateSchema.safeParse({ clauses: [{ key: "x", title: "X", body: "Pay {{bonus}} and {{fee}}" }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("Unknown merge field: {{bonus}}");
    const twice = contractTemplateSchema.safeParse({
      clauses: [
        { key: "x", title: "X", body: "a" },
        { key: "x", title: "Y", body: "b" },
      ],
    });
    expect(twice.success).toBe(false);
  });
});

describe("renderContract", () => {
  const text = (terms: ContractTerms) => contractPlainText(renderContract(terms, DEFAULT_CONTRACT_TEMPLATE));

  it("renders the parties, deliverables, fee, milestones and usage into numbered sections", () => {
    const sections = renderContract(readyTerms(), DEFAULT_CONTRACT_TEMPLATE);
    expect(sections.map((s) => s.number)).toEqual(sections.map((_, i) => i + 1));
    const all = contractPlainText(sections);
    expect(all).toContain("Glow Labs Inc., 1 Main St, Austin TX");
    expect(all).toContain("- 2 × Reel on Instagram, by 15 March 2026, kept online for at least 90 days");
    expect(all).toContain("The Brand will pay the Creator USD 500.00. Payment is due within 30 days after each milestone:");
    expect(all).toContain("- 50 % (USD 250.00) on signing\n- 50 % (USD 250.00) when the content goes live");
    expect(all).toContain(
      "reposting on the Brand's own channels, paid amplification and whitelisting, for 90 days from publication, in United States",
    );
    expect(all).toContain("16 CFR Part 255");
    expect(all).toContain("the law of the State of Texas");
    expect(all).not.toContain("{{");
  });

  it("leaves out clauses that don't apply and includes them when they do", () => {
    const keys = (terms: ContractTerms) => renderContract(terms, DEFAULT_CONTRACT_TEMPLATE).map((s) => s.key);
    expect(keys(readyTerms())).not.toContain("guardian");
    expect(keys(readyTerms())).not.toContain("exclusivity");
    expect(keys(readyTerms())).not.toContain("product");
    const more = keys(
      readyTerms({ influencerIsMinor: true, guardianName: "Ana", exclusivity: { category: "Skincare", durationDays: 30 }, product: "Kit" }),
    );
    expect(more).toEqual(expect.arrayContaining(["guardian", "exclusivity", "product"]));
    expect(keys(readyTerms({ feeMinor: null, agreedFeeMinor: null, product: "Kit" }))).not.toContain("fee");
  });

  it("uses UK ASA wording for a UK contract", () => {
    const uk = text(readyTerms({ jurisdiction: "UK" }));
    expect(uk).toContain('"#ad" or "Ad"');
    expect(uk).toContain("CAP Code");
    expect(uk).not.toContain("16 CFR");
  });

  it("shows gaps as [not agreed] rather than blanks", () => {
    const draft = text(readyTerms({ paymentNetDays: null, usage: { paid: true, durationDays: null } }));
    expect(draft).toContain(`Payment is due within ${NOT_AGREED}`);
    expect(draft).toContain(`for ${NOT_AGREED} from publication`);
  });

  it("is deterministic and independent of key order", () => {
    const a = readyTerms();
    const b = reverseKeys(a);
    expect(renderContract(a, DEFAULT_CONTRACT_TEMPLATE)).toEqual(renderContract(b, DEFAULT_CONTRACT_TEMPLATE));
  });

  it("renders a custom clause and leaves no merge field behind", () => {
    const template = contractTemplateSchema.parse({
      clauses: [{ key: "metrics", title: "Metrics", body: "{{influencer.legalName}} shares insights within 7 days." }],
    });
    expect(renderContract(readyTerms(), template)).toEqual([
      { number: 1, key: "metrics", title: "Metrics", text: "Maya Ortiz shares insights within 7 days." },
    ]);
  });
});

describe("formatMinor", () => {
  it("uses each currency's minor unit and groups thousands", () => {
    expect(formatMinor(125_000, "USD")).toBe("USD 1,250.00");
    expect(formatMinor(5, "EUR")).toBe("EUR 0.05");
    expect(formatMinor(0, "GBP")).toBe("GBP 0.00");
    expect(formatMinor(1_250, "JPY")).toBe("JPY 1,250");
    expect(formatMinor(1_250, "KWD")).toBe("KWD 1.250");
    expect(formatMinor(123_456_789_00, "USD")).toBe("USD 123,456,789.00");
  });
});

describe("hashing", () => {
  it("sha256Hex matches node:crypto for empty, ASCII, multi-byte and multi-block input", () => {
    const samples = ["", "abc", "Créatrice — 日本語 🎬", "x".repeat(55), "x".repeat(56), "x".repeat(64), "y".repeat(1_000)];
    for (const s of samples) expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("canonicalJson sorts keys, drops undefined and refuses non-finite numbers", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: null, c: "x" }], e: undefined })).toBe('{"a":[2,{"c":"x","d":null}],"b":1}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });

  it("contractHash is stable, independent of key order, and changes with any term or word", () => {
    const terms = readyTerms();
    const sections = renderContract(terms, DEFAULT_CONTRACT_TEMPLATE);
    const hash = contractHash({ version: 1, terms, sections });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = reverseKeys(terms);
    expect(Object.keys(reordered)[0]).toBe("specialTerms");
    expect(contractHash({ version: 1, terms: reordered, sections })).toBe(hash);
    expect(contractHash({ version: 2, terms, sections })).not.toBe(hash);
    expect(contractHash({ version: 1, terms: { ...terms, feeMinor: 50_001 }, sections })).not.toBe(hash);
    const edited = sections.map((s, i) => (i === 0 ? { ...s, text: `${s.text} ` } : s));
    expect(contractHash({ version: 1, terms, sections: edited })).not.toBe(hash);
  });
});

describe("paymentSchedule", () => {
  const events = { signedAt: "2026-01-31", liveAt: "2026-02-10" };

  it("dates each milestone from its event plus net days across month ends", () => {
    expect(paymentSchedule(readyTerms(), events)).toEqual([
      { index: 0, percent: 50, when: "signing", amountMinor: 25_000, currency: "USD", basisDate: "2026-01-31", dueDate: "2026-03-02" },
      { index: 1, percent: 50, when: "live", amountMinor: 25_000, currency: "USD", basisDate: "2026-02-10", dueDate: "2026-03-12" },
    ]);
  });

  it("counts calendar days across leap days and year ends", () => {
    expect(addDays("2028-02-01", 28)).toBe("2028-02-29");
    expect(addDays("2027-02-01", 28)).toBe("2027-03-01");
    expect(addDays("2026-12-15", 31)).toBe("2027-01-15");
    expect(addDays("2026-03-31", 0)).toBe("2026-03-31");
  });

  it("leaves a milestone undated until its event happens, and dates a fixed date directly", () => {
    const schedule = paymentSchedule(
      readyTerms({
        paymentNetDays: 15,
        paymentMilestones: [
          { percent: 30, when: "signing" },
          { percent: 30, when: "2026-06-30" },
          { percent: 40, when: "live" },
        ],
      }),
      { signedAt: new Date("2026-05-20T23:30:00Z"), liveAt: null },
    );
    expect(schedule.map((p) => [p.basisDate, p.dueDate])).toEqual([
      ["2026-05-20", "2026-06-04"],
      ["2026-06-30", "2026-07-15"],
      [null, null],
    ]);
  });

  it("pays the whole fee when the content goes live when there are no milestones", () => {
    const schedule = paymentSchedule(readyTerms({ paymentMilestones: [] }), events);
    expect(schedule).toEqual([
      { index: 0, percent: 100, when: "live", amountMinor: 50_000, currency: "USD", basisDate: "2026-02-10", dueDate: "2026-03-12" },
    ]);
  });

  it("amounts add up to the fee exactly: the last milestone takes the rounding remainder", () => {
    const schedule = paymentSchedule(
      readyTerms({
        feeMinor: 10_001,
        agreedFeeMinor: 10_001,
        paymentMilestones: [
          { percent: 33, when: "signing" },
          { percent: 33, when: "signing" },
          { percent: 34, when: "live" },
        ],
      }),
      events,
    );
    expect(schedule.map((p) => p.amountMinor)).toEqual([3_300, 3_300, 3_401]);
    expect(schedule.reduce((s, p) => s + p.amountMinor, 0)).toBe(10_001);
  });

  it("has no schedule without a cash fee (product-only or zero fee)", () => {
    expect(paymentSchedule(readyTerms({ feeMinor: null, product: "Kit" }), events)).toEqual([]);
    expect(paymentSchedule(readyTerms({ feeMinor: 0, product: "Kit" }), events)).toEqual([]);
  });

  it("refuses a malformed date instead of guessing", () => {
    expect(() => paymentSchedule(readyTerms(), { signedAt: "31/01/2026", liveAt: null })).toThrow(RangeError);
  });
});
