import { describe, expect, it } from "vitest";

import { BRIEF_FIELD_LABELS, describeDeliverable, diffBriefs, emptyBrief, type Brief, type Deliverable } from "@/lib/briefs";

const reel: Deliverable = { type: "reel", platform: "instagram", count: 1, dueDate: "2025-06-14", notes: "30–60 seconds" };
const stories: Deliverable = { type: "story", platform: "instagram", count: 2, dueDate: "2025-06-16" };
const video: Deliverable = { type: "short_video", platform: "tiktok", count: 1, dueDate: null };

function brief(patch: Partial<Brief> = {}): Brief {
  return {
    ...emptyBrief(),
    goals: "Awareness of the new SPF",
    keyMessages: ["No white cast"],
    deliverables: [reel, stories],
    paymentTerms: "$300 within 30 days",
    links: [{ label: "Product page", url: "https://glowlabs.com/spf" }],
    ...patch,
  };
}

describe("describeDeliverable", () => {
  it("spells out count, type, platform, due date and notes", () => {
    expect(describeDeliverable(reel)).toBe("1 × Reel on Instagram, due 2025-06-14 — 30–60 seconds");
    expect(describeDeliverable(stories)).toBe("2 × Story on Instagram, due 2025-06-16");
  });

  it("says when the platform or due date is not set", () => {
    expect(describeDeliverable({ type: "blog_article", platform: null, count: 0, dueDate: null })).toBe(
      "0 × Blog article, platform not set, no due date",
    );
    expect(describeDeliverable(video)).toBe("1 × Short video on TikTok, no due date");
  });
});

describe("diffBriefs", () => {
  it("returns [] for identical briefs and for whitespace-only edits", () => {
    expect(diffBriefs(brief(), brief())).toEqual([]);
    expect(diffBriefs(brief(), brief({ goals: "  Awareness of the new SPF \n", keyMessages: ["No white cast", "  "] }))).toEqual([]);
  });

  it("reports a text change with its label", () => {
    expect(diffBriefs(brief(), brief({ paymentTerms: "$350 within 30 days" }))).toEqual([
      { field: "paymentTerms", label: "Payment terms", before: "$300 within 30 days", after: "$350 within 30 days" },
    ]);
  });

  it("reports a filled-in and a cleared field with '' for empty", () => {
    expect(diffBriefs(brief(), brief({ timeline: "Live 10–16 June", goals: "" }))).toEqual([
      { field: "goals", label: "Campaign goals", before: "Awareness of the new SPF", after: "" },
      { field: "timeline", label: "Timeline", before: "", after: "Live 10–16 June" },
    ]);
  });

  it("renders lists one item per line", () => {
    expect(diffBriefs(brief(), brief({ keyMessages: ["No white cast", "Fragrance-free"], donts: ["No medical claims"] }))).toEqual([
      { field: "keyMessages", label: "Key messages", before: "No white cast", after: "No white cast\nFragrance-free" },
      { field: "donts", label: "Don'ts", before: "", after: "No medical claims" },
    ]);
  });

  it("reports a changed deliverable by its position", () => {
    const after = brief({ deliverables: [reel, { ...stories, dueDate: "2025-06-20" }] });
    expect(diffBriefs(brief(), after)).toEqual([
      {
        field: "deliverables",
        label: "Deliverable 2",
        before: "2 × Story on Instagram, due 2025-06-16",
        after: "2 × Story on Instagram, due 2025-06-20",
      },
    ]);
  });

  it("ignores reordering of deliverables", () => {
    expect(diffBriefs(brief(), brief({ deliverables: [stories, reel] }))).toEqual([]);
  });

  it("reports an added deliverable", () => {
    expect(diffBriefs(brief(), brief({ deliverables: [reel, stories, video] }))).toEqual([
      { field: "deliverables", label: "Deliverable 3 (added)", before: "", after: "1 × Short video on TikTok, no due date" },
    ]);
  });

  it("reports only the removed deliverable when the first one goes", () => {
    expect(diffBriefs(brief(), brief({ deliverables: [stories] }))).toEqual([
      {
        field: "deliverables",
        label: "Deliverable 1 (removed)",
        before: "1 × Reel on Instagram, due 2025-06-14 — 30–60 seconds",
        after: "",
      },
    ]);
  });

  it("pairs changes before listing leftovers", () => {
    const after = brief({ deliverables: [{ ...reel, count: 2 }, video, { ...stories, platform: "tiktok" }] });
    expect(diffBriefs(brief(), after).map((c) => [c.label, c.before !== "", c.after !== ""])).toEqual([
      ["Deliverable 1", true, true],
      ["Deliverable 2", true, true],
      ["Deliverable 3 (added)", false, true],
    ]);
  });

  it("reports link changes as 'label — url' lines", () => {
    const after = brief({
      links: [
        { label: "Product page", url: "https://glowlabs.com/spf-50" },
        { label: "", url: "https://instagram.com/glowlabs" },
      ],
    });
    expect(diffBriefs(brief(), after)).toEqual([
      {
        field: "links",
        label: "Links",
        before: "Product page — https://glowlabs.com/spf",
        after: "Product page — https://glowlabs.com/spf-50\nhttps://instagram.com/glowlabs",
      },
    ]);
  });

  it("treats missing assets like an empty list", () => {
    expect(diffBriefs(brief(), brief({ assets: [] }))).toEqual([]);
    expect(diffBriefs(brief(), brief({ assets: [{ label: "Logo", url: "https://glowlabs.com/logo.png", kind: "image" }] }))).toEqual([
      { field: "assets", label: "Assets", before: "", after: "Logo — https://glowlabs.com/logo.png" },
    ]);
  });

  it("lists changes in the brief's field order", () => {
    const before = emptyBrief();
    const after: Brief = {
      goals: "g",
      targetAudience: "t",
      keyMessages: ["k"],
      deliverables: [video],
      timeline: "t",
      paymentTerms: "p",
      disclosureRequirements: "d",
      dos: ["d"],
      donts: ["d"],
      creativeFreedom: "c",
      links: [{ label: "l", url: "https://x.example" }],
      assets: [{ label: "a", url: "", kind: "other" }],
    };
    expect(diffBriefs(before, after).map((c) => c.field)).toEqual(Object.keys(BRIEF_FIELD_LABELS));
  });
});
