import { describe, expect, it } from "vitest";

import { firstNameOf, lintOutreachMessage, MERGE_FIELDS, renderTemplate } from "@/lib/outreach";

describe("MERGE_FIELDS", () => {
  it("has unique keys and the required ones", () => {
    const keys = MERGE_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of [
      "first_name",
      "name",
      "handle",
      "platform",
      "recent_post_url",
      "recent_post_note",
      "brand",
      "brand_links",
      "offer",
      "sender_name",
    ]) {
      expect(keys).toContain(key);
    }
  });

  it("marks only the recent-post fields as needing a personal touch", () => {
    expect(MERGE_FIELDS.filter((f) => f.personal).map((f) => f.key)).toEqual(["recent_post_url", "recent_post_note"]);
  });

  it("gives every field a label", () => {
    expect(MERGE_FIELDS.every((f) => f.label.trim() !== "")).toBe(true);
  });
});

describe("renderTemplate", () => {
  it("fills known fields, tolerating spaces and case inside the braces", () => {
    expect(
      renderTemplate("Hi {{ first_name }}, I'm {{Sender_Name}} from {{brand}}.", {
        first_name: "Sarah",
        sender_name: "Sam",
        brand: "Glow Labs",
      }),
    ).toEqual({
      text: "Hi Sarah, I'm Sam from Glow Labs.",
      unfilled: [],
    });
  });

  it("leaves unknown and empty fields as {{field}} and lists each once, in order", () => {
    const result = renderTemplate("{{recent_post_note}} {{offer}} {{nickname}} {{ offer }}", { offer: "  ", recent_post_note: null });
    expect(result.text).toBe("{{recent_post_note}} {{offer}} {{nickname}} {{offer}}");
    expect(result.unfilled).toEqual(["recent_post_note", "offer", "nickname"]);
  });

  it("derives first_name from name when first_name is not given", () => {
    expect(renderTemplate("Hi {{first_name}}!", { name: "Sarah Lee" }).text).toBe("Hi Sarah!");
  });

  it("joins lists with commas; an empty list is unfilled", () => {
    expect(renderTemplate("{{brand_links}}", { brand_links: ["glowlabs.com", " ", "@glowlabs"] }).text).toBe("glowlabs.com, @glowlabs");
    expect(renderTemplate("{{brand_links}}", { brand_links: [] }).unfilled).toEqual(["brand_links"]);
  });

  it("does not expand a value that itself contains braces", () => {
    expect(renderTemplate("{{offer}}", { offer: "{{brand}} kit", brand: "Glow Labs" }).text).toBe("{{brand}} kit");
  });

  it("leaves text without fields alone", () => {
    expect(renderTemplate("No fields { here }", {})).toEqual({ text: "No fields { here }", unfilled: [] });
  });

  it("feeds the linter: an unfilled personal field is an UNFILLED_PLACEHOLDER", () => {
    const { text } = renderTemplate("Hi {{first_name}}, I loved {{recent_post_note}}.", { first_name: "Sarah" });
    const result = lintOutreachMessage({
      subject: "",
      body: text,
      influencer: { name: "Sarah Lee", handle: "sarahglows" },
      brand: { name: "Glow Labs", links: [] },
    });
    expect(result.findings.map((f) => f.code)).toContain("UNFILLED_PLACEHOLDER");
    expect(result.findings.find((f) => f.code === "UNFILLED_PLACEHOLDER")?.message).toContain("{{recent_post_note}}");
  });
});

describe("firstNameOf", () => {
  it.each([
    ["Sarah Lee", "Sarah"],
    ["  sarah  ", "sarah"],
    ["Dr. Mia Wong", "Mia"],
    ["Ms Zoë Martin", "Zoë"],
    ["✨Sarah Lee✨", "Sarah"],
    ["Sarah-Jane O'Neill", "Sarah-Jane"],
    ["Sarah Lee, MD", "Sarah"],
    ["@sarahglows", "sarahglows"],
    ["🌸 💄 Tess Chung", "Tess"],
    ["", ""],
    ["   ", ""],
    ["Dr.", ""],
    ["🌸", ""],
  ])("%j → %j", (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
