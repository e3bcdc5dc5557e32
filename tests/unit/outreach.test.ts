import { describe, expect, it } from "vitest";

import {
  blockingErrors,
  describePlaceholders,
  lintOutreachInputSchema,
  lintOutreachMessage,
  OUTREACH_FINDING_CODES,
  OUTREACH_FINDING_WEIGHTS,
  OUTREACH_NOT_OVERRIDABLE,
  overridableErrors,
  unfilledPlaceholders,
  type LintOutreachInput,
  type OutreachFindingCode,
} from "@/lib/outreach";

const influencer = {
  name: "Sarah Lee",
  handle: "@sarahglows",
  platform: "instagram",
  recentPost: {
    title: "My 5-minute morning skincare routine for oily skin",
    url: "https://www.instagram.com/p/C8xYzAbC/",
  },
};
const brand = { name: "Glow Labs", links: ["https://glowlabs.com", "https://instagram.com/glowlabs"] };

const GOOD_BODY = `Hi Sarah,

Your reel about morning skincare routines stopped me mid-scroll — the way you layered SPF over your serum without it pilling was so useful.

I'm Sam, I look after partnerships at Glow Labs, a small vegan skincare brand (glowlabs.com, instagram.com/glowlabs).

We'd love you to create one Instagram reel and two stories about our new mineral SPF. We'd pay $350 plus the full SPF set, and how you tell it is up to you.

Timing: content live between 3 and 14 June.

Would you be up for it? Happy to send the full brief.

Sam`;

function lint(body: string, overrides: Partial<LintOutreachInput> = {}) {
  return lintOutreachMessage({
    subject: "Paid reel for our SPF launch?",
    body,
    influencer,
    brand,
    ...overrides,
  });
}

function codes(body: string, overrides: Partial<LintOutreachInput> = {}): OutreachFindingCode[] {
  return lint(body, overrides).findings.map((f) => f.code);
}

/** The good body with one paragraph (found by its first words) replaced. */
function withParagraph(startsWith: string, replacement: string): string {
  return GOOD_BODY.split("\n\n")
    .map((p) => (p.startsWith(startsWith) ? replacement : p))
    .join("\n\n");
}

describe("lintOutreachMessage: a good message", () => {
  it("has no findings and scores 100", () => {
    const result = lint(GOOD_BODY);
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
  });

  it("scores ≥ 90 with no errors even without a timeline", () => {
    const result = lint(withParagraph("Timing:", ""));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["NO_TIMELINE"]);
    expect(result.score).toBe(95);
  });
});

describe("UNFILLED_PLACEHOLDER", () => {
  it.each([
    ["mustache in the body", GOOD_BODY.replace("Hi Sarah,", "Hi Sarah {{last_name}},")],
    ["[first name]", GOOD_BODY.replace("Hi Sarah,", "Hi Sarah [first name],")],
    ["[Brand]", GOOD_BODY.replace("a small vegan", "[Brand] is a small vegan")],
    ["{brand}", GOOD_BODY.replace("a small vegan", "{brand} is a small vegan")],
    ["$XXX fee", GOOD_BODY.replace("$350", "$350 (or $XXX)")],
    ["<first name>", GOOD_BODY.replace("Hi Sarah,", "Hi Sarah <first name>,")],
    ["Mailchimp tag", GOOD_BODY.replace("Hi Sarah,", "Hi Sarah *|LNAME|*,")],
  ])("flags %s", (_label, body) => {
    const result = lint(body);
    expect(result.findings.map((f) => f.code)).toEqual(["UNFILLED_PLACEHOLDER"]);
    expect(result.findings[0]?.severity).toBe("error");
    expect(result.score).toBe(100 - OUTREACH_FINDING_WEIGHTS.UNFILLED_PLACEHOLDER);
  });

  it("flags a placeholder in the subject and names it", () => {
    const result = lint(GOOD_BODY, { subject: "{{brand}} x {{first_name}}" });
    expect(result.findings.map((f) => f.code)).toEqual(["UNFILLED_PLACEHOLDER"]);
    expect(result.findings[0]?.message).toContain("{{brand}}");
    expect(result.findings[0]?.message).toContain("{{first_name}}");
  });

  it("does not treat a markdown link or a footnote number as a placeholder", () => {
    const body = GOOD_BODY.replace("Happy to send the full brief.", "Here is [the SPF](https://glowlabs.com/spf) [1].");
    expect(codes(body)).toEqual([]);
  });

  it("flags an unfilled merge field from a template greeting (and the greeting too)", () => {
    const body = GOOD_BODY.replace("Hi Sarah,", "Hi {{first_name}},");
    expect(codes(body)).toEqual(["UNFILLED_PLACEHOLDER", "GENERIC_GREETING"]);
  });
});

describe("what “Send anyway” may override", () => {
  it("never an unfilled placeholder; every other error, yes", () => {
    expect([...OUTREACH_NOT_OVERRIDABLE]).toEqual(["UNFILLED_PLACEHOLDER"]);
    expect(OUTREACH_FINDING_CODES.filter((c) => !OUTREACH_NOT_OVERRIDABLE.has(c))).not.toContain("UNFILLED_PLACEHOLDER");
  });

  it("splits a result's errors into blocking and overridable, leaving warnings out of both", () => {
    const result = lint(withParagraph("Timing:", "").replace("Hi Sarah,", "Hi {{first_name}},"));
    expect(result.findings.map((f) => f.code)).toEqual(["UNFILLED_PLACEHOLDER", "GENERIC_GREETING", "NO_TIMELINE"]);
    expect(blockingErrors(result).map((f) => f.code)).toEqual(["UNFILLED_PLACEHOLDER"]);
    expect(overridableErrors(result).map((f) => f.code)).toEqual(["GENERIC_GREETING"]);
    const clean = lint(GOOD_BODY);
    expect([blockingErrors(clean), overridableErrors(clean)]).toEqual([[], []]);
  });

  it("unfilledPlaceholders lists subject then body, each once; describePlaceholders names them", () => {
    const found = unfilledPlaceholders("For [first name]", "Hi [first name], see {{recent_post_url}} and {{recent_post_url}}");
    expect(found).toEqual(["[first name]", "{{recent_post_url}}"]);
    expect(unfilledPlaceholders("Paid reel?", GOOD_BODY)).toEqual([]);
    expect(describePlaceholders(["{{recent_post_url}}"])).toBe("the placeholder “{{recent_post_url}}”");
    expect(describePlaceholders(["{a}", "{b}", "{c}", "{d}"])).toBe("the placeholders “{a}”, “{b}”, “{c}” and 1 more");
  });
});

describe("GENERIC_GREETING", () => {
  it.each(["Hi there,", "Dear influencer,", "Hey babe,", "Hello!", "Hey lovely, hope you're well."])("flags %s", (greeting) => {
    const result = lint(GOOD_BODY.replace("Hi Sarah,", greeting));
    expect(result.findings.map((f) => f.code)).toEqual(["GENERIC_GREETING"]);
    expect(result.findings[0]?.message).toContain("Hi Sarah,");
  });

  it("flags an opening with no greeting and no name", () => {
    const result = lint(GOOD_BODY.replace("Hi Sarah,\n\n", ""));
    expect(result.findings.map((f) => f.code)).toEqual(["GENERIC_GREETING"]);
    expect(result.findings[0]?.message).toMatch(/greeting them by name/);
  });

  it.each(["Hey @sarahglows!", "Hi sarahglows,", "Hi Sarah Lee,", "Hi, Sarah!", "Dear Sarah", "hi sarah", "Sarah —"])(
    "accepts %s",
    (greeting) => {
      expect(codes(GOOD_BODY.replace("Hi Sarah,", greeting))).toEqual([]);
    },
  );

  it("accepts a greeting to the handle when the name is unknown", () => {
    const body = GOOD_BODY.replace("Hi Sarah,", "Hi @sarah.glows!");
    expect(codes(body, { influencer: { ...influencer, name: "", handle: "sarah.glows" } })).toEqual([]);
  });

  it("ignores accents and honorifics in the name", () => {
    const body = GOOD_BODY.replace("Hi Sarah,", "Hi Zoe,");
    expect(codes(body, { influencer: { ...influencer, name: "Dr. Zoë Martin" } })).toEqual([]);
  });

  it("does not accept a name that only appears later in the message", () => {
    const body = GOOD_BODY.replace("Hi Sarah,", "Hi there,").replace("Sam\n", "Sarah, hope to hear from you!\n");
    expect(codes(body)).toContain("GENERIC_GREETING");
  });
});

const PRAISE = "Your reel about morning skincare routines stopped me mid-scroll";

describe("NO_SPECIFIC_APPRECIATION", () => {
  it.each([
    ["love your content", "Love your content! You're so inspiring."],
    ["love your feed", "I love your feed, your posts are amazing."],
    ["generic praise with a URL to some other site", "Love your content! I read about you on https://example.com/top-creators."],
    ["a named post with no reason", "I loved your latest reel because it was amazing."],
    ["a named post with a topic but no reason", "Your video on budget day trips from Lisbon was great."],
    ["one title word only", "I love your skincare stuff."],
    ["a niche rather than a post", "I'm obsessed with your posts about skincare because they're so honest."],
  ])("flags %s", (_label, praise) => {
    const result = lint(withParagraph(PRAISE, praise));
    expect(result.findings.map((f) => f.code)).toEqual(["NO_SPECIFIC_APPRECIATION"]);
    expect(result.findings[0]?.message).toMatch(/^Mention a specific post of theirs and what you liked about it/);
    expect(result.findings[0]?.message).toContain("My 5-minute morning skincare routine for oily skin");
  });

  it.each([
    ["the recent post's URL, formatted differently", "Love your content — instagram.com/p/C8xYzAbC is my favourite."],
    ["two distinctive words of the title", "I tried your morning routine for oily skin and it works."],
    ["the title quoted", "“My 5-minute morning skincare routine for oily skin” was great."],
  ])("accepts %s", (_label, praise) => {
    expect(codes(withParagraph(PRAISE, praise))).toEqual([]);
  });

  it.each([
    [
      "a video on a named topic with a reason",
      "Your video on budget day trips from Lisbon was brilliant — the way you priced every train ticket made it so practical.",
    ],
    [
      "the reel you posted about …, with the reason in the next sentence",
      "I keep thinking about the reel you posted about thrifting vintage denim. Loved how you styled one jacket three ways.",
    ],
    [
      "your <topic> tutorial, because …",
      "Your hooded-eye liner tutorial was the first one that worked for me, because you showed it on camera.",
    ],
  ])("accepts a specific post named without a URL: %s", (_label, praise) => {
    const noRecent = { ...influencer, recentPost: undefined };
    expect(codes(withParagraph(PRAISE, praise), { influencer: noRecent })).toEqual([]);
  });

  it("matches a YouTube video whether linked as youtu.be or youtube.com/watch", () => {
    const youtuber = { ...influencer, platform: "youtube", recentPost: { url: "https://youtu.be/AbC123xyz" } };
    const praise = "Love your channel — https://www.youtube.com/watch?v=AbC123xyz&t=42s is my favourite.";
    expect(codes(withParagraph(PRAISE, praise), { influencer: youtuber })).toEqual([]);
    expect(codes(withParagraph(PRAISE, "Love your channel!"), { influencer: youtuber })).toEqual(["NO_SPECIFIC_APPRECIATION"]);
  });

  it("does not count title words in a sentence about the brand", () => {
    const body = withParagraph(PRAISE, "Our morning skincare routine for oily skin launches soon. Love your content!");
    expect(codes(body)).toEqual(["NO_SPECIFIC_APPRECIATION"]);
  });

  it("gives a generic example when there is no recent post", () => {
    const result = lint(withParagraph(PRAISE, "Love your content!"), { influencer: { ...influencer, recentPost: undefined } });
    expect(result.findings[0]?.message).toContain("e.g. “your reel about morning skincare routines");
  });
});

const INTRO = "I'm Sam, I look after partnerships at Glow Labs";

describe("NO_BRAND_INTRO", () => {
  it("flags a message that never names the brand", () => {
    const result = lint(withParagraph(INTRO, "Have a look at us: glowlabs.com and instagram.com/glowlabs."));
    expect(result.findings.map((f) => f.code)).toEqual(["NO_BRAND_INTRO"]);
    expect(result.findings[0]?.message).toContain("never names Glow Labs");
  });

  it("flags a brand named without an introduction", () => {
    const result = lint(withParagraph(INTRO, "Glow Labs would love to hear from you (glowlabs.com)."));
    expect(result.findings.map((f) => f.code)).toEqual(["NO_BRAND_INTRO"]);
    expect(result.findings[0]?.message).toMatch(/^Say who you are and what Glow Labs is/);
  });

  it.each([
    "I'm Sam from Glow Labs (glowlabs.com).",
    "My name is Sam and I'm writing from GlowLabs — glowlabs.com.",
    "I work with Glow Labs on creator partnerships: glowlabs.com.",
    "I run Glow Labs, glowlabs.com.",
    "Glow Labs is a vegan skincare brand — glowlabs.com.",
    "We're Glow-Labs, a tiny team making mineral SPF (glowlabs.com).",
    "At Glow Labs, we make mineral SPF: glowlabs.com.",
  ])("accepts %s", (intro) => {
    expect(codes(withParagraph(INTRO, intro))).toEqual([]);
  });

  it("accepts a signature with a role at the brand", () => {
    const body = withParagraph(INTRO, "See glowlabs.com.").replace(/Sam$/, "Sam\nPartnerships lead, Glow Labs");
    expect(codes(body)).toEqual([]);
  });
});

describe("NO_BRAND_LINKS", () => {
  const intro = (links: string) => `I'm Sam from Glow Labs, a vegan skincare brand${links}.`;

  it("flags a message with no link and no handle", () => {
    const result = lint(withParagraph(INTRO, intro("")));
    expect(result.findings.map((f) => f.code)).toEqual(["NO_BRAND_LINKS"]);
    expect(result.findings[0]?.message).toContain("https://glowlabs.com");
  });

  it.each([
    ["one of the brand's links", " (https://glowlabs.com)"],
    ["another page on the brand's site", " (www.glowlabs.com/spf?ref=dm)"],
    ["the brand's instagram profile", " (https://www.instagram.com/glowlabs/)"],
    ["the brand's @handle", " (@glowlabs)"],
  ])("accepts %s", (_label, links) => {
    expect(codes(withParagraph(INTRO, intro(links)))).toEqual([]);
  });

  it.each([
    ["a profile of someone else on the same platform", " (instagram.com/otherbrand)"],
    ["an e-mail address", " (sam@glowlabs.com)"],
    ["the influencer's own post", " (instagram.com/p/C8xYzAbC)"],
  ])("does not accept %s", (_label, links) => {
    expect(codes(withParagraph(INTRO, intro(links)))).toContain("NO_BRAND_LINKS");
  });

  it("accepts a site whose domain carries the brand name when no links are configured", () => {
    const body = withParagraph(INTRO, intro(" (glowlabs.co.uk)"));
    expect(codes(body, { brand: { name: "Glow Labs", links: [] } })).toEqual([]);
  });
});

const ASK = "We'd love you to create one Instagram reel";

describe("NO_CLEAR_ASK", () => {
  it("flags a message with no proposal, naming both halves", () => {
    const result = lint(withParagraph(ASK, "Let's collab!"));
    expect(result.findings.map((f) => f.code)).toEqual(["NO_CLEAR_ASK"]);
    expect(result.findings[0]?.message).toMatch(/what you'd like them to make.*and what you offer/);
  });

  it("flags a deliverable with no compensation", () => {
    const result = lint(withParagraph(ASK, "We'd love you to create one reel about our new SPF."));
    expect(result.findings.map((f) => f.code)).toEqual(["NO_CLEAR_ASK"]);
    expect(result.findings[0]?.message).toContain("what you offer in return");
    expect(result.findings[0]?.message).not.toContain("what you'd like them to make");
  });

  it.each([
    ["a fee with no deliverable", "We'd pay $350 for a collab."],
    ["a 'paid' collaboration with no amount and no deliverable", "This would be a paid collaboration."],
  ])("flags %s", (_label, ask) => {
    expect(codes(withParagraph(ASK, ask))).toEqual(["NO_CLEAR_ASK"]);
  });

  it("does not count a discount for followers as compensation", () => {
    expect(codes(withParagraph(ASK, "Would you make a reel? Your followers get 20% off."))).toEqual(["NO_CLEAR_ASK"]);
  });

  it.each([
    ["product in exchange", "Would you film a TikTok review of our SPF? In exchange we'd send you the full set."],
    ["a commission", "We're looking for 2 stories; you'd earn 15% commission on every sale through your code."],
    ["a fee in pounds", "Could you make one YouTube video? Our budget is £400."],
    ["a free product", "We'd love a blog post about it, with free products for you to keep."],
  ])("accepts %s", (_label, ask) => {
    expect(codes(withParagraph(ASK, ask))).toEqual([]);
  });
});

describe("NO_TIMELINE (warning)", () => {
  it("warns when nothing says when", () => {
    const result = lint(withParagraph("Timing:", ""));
    expect(result.findings).toEqual([expect.objectContaining({ code: "NO_TIMELINE", severity: "warning" })]);
  });

  it.each(["Content live by 14/06.", "Drafts within two weeks.", "We launch on 3 May.", "Deadline is Friday.", "Posting next month."])(
    "accepts %s",
    (timing) => {
      expect(codes(withParagraph("Timing:", timing))).toEqual([]);
    },
  );

  it("does not read 'may' the verb or 'due to' as a date", () => {
    expect(codes(withParagraph("Timing:", "You may say no, due to other plans."))).toEqual(["NO_TIMELINE"]);
  });
});

describe("TOO_LONG and SUBJECT_TOO_LONG (warnings)", () => {
  it("warns when the body is over 200 words", () => {
    const filler = Array.from({ length: 30 }, () => "We are big fans.").join(" ");
    const result = lint(`${GOOD_BODY}\n\n${filler}`);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([["TOO_LONG", "warning"]]);
    expect(result.score).toBe(95);
  });

  it("warns when the body is over 1,200 characters even under 200 words", () => {
    const long = `${GOOD_BODY}\n\nP.S. ${"Extraordinarily ".repeat(50)}`;
    expect(codes(long)).toEqual(["TOO_LONG"]);
  });

  it("warns at 61 subject characters, not at 60, and not for an empty subject (a DM)", () => {
    expect(codes(GOOD_BODY, { subject: "x".repeat(61) })).toEqual(["SUBJECT_TOO_LONG"]);
    expect(codes(GOOD_BODY, { subject: "x".repeat(60) })).toEqual([]);
    expect(codes(GOOD_BODY, { subject: "" })).toEqual([]);
  });
});

describe("score", () => {
  it("floors at 0 for a message that gets everything wrong", () => {
    const result = lint("Hi there! Love your content. Let's collab!", { subject: "Collab with [Brand]?" });
    expect(result.findings.map((f) => f.code)).toEqual([
      "UNFILLED_PLACEHOLDER",
      "GENERIC_GREETING",
      "NO_SPECIFIC_APPRECIATION",
      "NO_BRAND_INTRO",
      "NO_BRAND_LINKS",
      "NO_CLEAR_ASK",
      "NO_TIMELINE",
    ]);
    expect(result.findings.slice(0, 6).every((f) => f.severity === "error")).toBe(true);
    expect(result.score).toBe(0);
  });

  it("takes the six errors' weights to exactly 100", () => {
    const errors = [
      "UNFILLED_PLACEHOLDER",
      "GENERIC_GREETING",
      "NO_SPECIFIC_APPRECIATION",
      "NO_BRAND_INTRO",
      "NO_BRAND_LINKS",
      "NO_CLEAR_ASK",
    ] as const;
    expect(errors.reduce((sum, c) => sum + OUTREACH_FINDING_WEIGHTS[c], 0)).toBe(100);
  });

  it("gives an empty body every error but the placeholder one, plus NO_TIMELINE", () => {
    const result = lint("");
    expect(result.findings.map((f) => f.code)).toEqual([
      "GENERIC_GREETING",
      "NO_SPECIFIC_APPRECIATION",
      "NO_BRAND_INTRO",
      "NO_BRAND_LINKS",
      "NO_CLEAR_ASK",
      "NO_TIMELINE",
    ]);
    expect(result.score).toBe(15);
  });
});

describe("lintOutreachInputSchema", () => {
  it("fills defaults for a DM with a bare influencer", () => {
    const parsed = lintOutreachInputSchema.parse({ body: "Hi", influencer: {}, brand: { name: "Glow Labs" } });
    expect(parsed).toEqual({ subject: "", body: "Hi", influencer: { name: "", handle: "" }, brand: { name: "Glow Labs", links: [] } });
  });
});
