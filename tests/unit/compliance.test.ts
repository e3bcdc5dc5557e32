import { describe, expect, it } from "vitest";

import {
  BURIED_MIN_OTHER_TAGS,
  checkDisclosure,
  FINDING_CODES,
  FINDING_SEVERITY,
  LIVESTREAM_REPEAT_MINUTES_DEFAULT,
  MORE_CUT_DEFAULTS,
  resolveFormat,
  VIDEO_DISCLOSURE_DEADLINE_SECONDS,
  type DisclosureInput,
  type Finding,
  type FindingCode,
  type TranscriptCue,
} from "@/lib/compliance";
import { checkDisclosureInputSchema } from "@/lib/compliance/schema";

const FILLER =
  "Spent the whole weekend testing this serum on my combination skin and the texture is lovely, it sinks in fast and layers well under sunscreen. ";

function run(input: Partial<DisclosureInput> & { text: string }) {
  return checkDisclosure({ platform: "instagram", ...input });
}
function codes(input: Partial<DisclosureInput> & { text: string }): FindingCode[] {
  return run(input).findings.map((f) => f.code);
}
function only(input: Partial<DisclosureInput> & { text: string }, code: FindingCode): Finding {
  const found = run(input).findings.filter((f) => f.code === code);
  expect(found, JSON.stringify(run(input).findings)).toHaveLength(1);
  return found[0] as Finding;
}
function spanText(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}
const CAPTION_CODES: FindingCode[] = [
  "MISSING_DISCLOSURE",
  "VAGUE_DISCLOSURE",
  "DISCLOSURE_NOT_UPFRONT",
  "DISCLOSURE_BURIED",
  "PLATFORM_LABEL_ONLY",
];
/** Applying a caption fix must leave no caption finding. */
function expectFixWorks(input: Partial<DisclosureInput> & { text: string }, f: Finding) {
  expect(f.fix).toBeTypeOf("string");
  const again = codes({ ...input, text: f.fix ?? "" });
  for (const c of CAPTION_CODES) expect(again, `fix: ${f.fix}`).not.toContain(c);
}
const cues = (...pairs: [number, string][]): TranscriptCue[] => pairs.map(([start, text]) => ({ start, text }));

describe("API surface", () => {
  it("exports the vocabularies and one severity per code", () => {
    expect(FINDING_CODES).toHaveLength(12);
    for (const code of FINDING_CODES) expect(["error", "warning"]).toContain(FINDING_SEVERITY[code]);
    expect(FINDING_SEVERITY.DESCRIPTION_DISCLOSURE_MISSING).toBe("warning");
    expect(FINDING_SEVERITY.TRANSCRIPT_NOT_PROVIDED).toBe("warning");
    expect(MORE_CUT_DEFAULTS).toEqual({
      instagram: 125,
      tiktok: 125,
      pinterest: 125,
      youtube: 180,
      facebook: 400,
      twitter: "all",
      twitch: 140,
      blog: "first-paragraph",
    });
    expect(VIDEO_DISCLOSURE_DEADLINE_SECONDS).toBe(30);
    expect(LIVESTREAM_REPEAT_MINUTES_DEFAULT).toBe(30);
    expect(BURIED_MIN_OTHER_TAGS).toBe(3);
  });

  it("resolves the default format", () => {
    expect(resolveFormat({ platform: "youtube" })).toBe("video");
    expect(resolveFormat({ platform: "twitch" })).toBe("live");
    expect(resolveFormat({ platform: "blog" })).toBe("blog");
    expect(resolveFormat({ platform: "instagram" })).toBe("post");
    expect(resolveFormat({ platform: "tiktok", transcript: cues([0, "hi"]) })).toBe("video");
    expect(resolveFormat({ platform: "youtube", format: "post" })).toBe("post");
  });

  it("orders errors before warnings and is deterministic", () => {
    const input: DisclosureInput = { text: "Loving it", platform: "youtube" };
    const r = checkDisclosure(input);
    expect(r.findings.map((f) => f.code)).toEqual(["MISSING_DISCLOSURE", "TRANSCRIPT_NOT_PROVIDED"]);
    expect(checkDisclosure(input)).toEqual(r);
  });
});

describe("what counts as a disclosure (word boundaries, case, negation)", () => {
  const disclosures = [
    "#ad new serum",
    "#AD new serum",
    "#Ad new serum",
    "Ad: new serum",
    "AD | new serum",
    "Ad - new serum",
    "Ad — new serum",
    "[Ad] new serum",
    "(ad) new serum",
    "{AD} new serum",
    "Loving it (ad)",
    "new serum | ad",
    "Loving these. AD: gifted",
    "Ad",
    "✨AD✨ new serum",
    "AD new serum",
    "Ad Loving this serum",
    "Advertisement: new serum",
    "Advertising | new serum",
    "#advertisement",
    "Sponsored",
    "#sponsored",
    "This post is sponsored by Glowly",
    "sponsored by Glowly",
    "Paid partnership with Glowly",
    "#paidpartnership",
    "#GlowlyPartner",
    "#glowlyambassador",
    "#GlowlySponsored",
    "I'm working with Glowly",
    "I am partnering with @glowly",
    "In partnership with Glowly",
    "I'm a proud Glowly ambassador",
    "Glowly sent me this",
    "@glowly sent me this",
    "I got this for free from Glowly",
    "Gifted: new serum",
    "#gifted",
    "gifted by Glowly",
    "These were gifted to me",
    "Thanks to Glowly for sponsoring",
    "thanks Glowly for the free serum",
    "#contest",
    "#sweepstakes",
    "this is an ad for Glowly",
    "It's a paid ad",
    "affiliate links below",
    "I earn a small commission",
    "today's sponsor is Glowly",
    "brought to you by Glowly",
    "I was paid to post this",
    "Not gonna lie, this is sponsored",
  ];
  it.each(disclosures)("US accepts %j", (text) => {
    expect(run({ text, brand: "Glowly" }).compliant).toBe(true);
  });

  const nonDisclosures = [
    "#adidas drop",
    "#adventure time",
    "#ads everywhere",
    "headline news",
    "my ad-blocker works",
    "ADHD life",
    "not bad",
    "bad day",
    "Ad hoc plans",
    "ad nauseam",
    "an ad for this serum",
    "I saw an ad",
    "Ad campaigns are everywhere",
    "AD 1066",
    "built in 1200 AD",
    "ad love",
    "#ad-free weekend",
    "nike.com/ad",
    "@ad_agency",
    "This is not an ad",
    "NOT AN AD: just love it",
    "not sponsored",
    "This isn't a sponsored post",
    "non-sponsored",
    "unsponsored",
    "#notsponsored",
    "#notanad",
    "no one sponsored this",
    "a gifted athlete",
    "Mom sent me this",
    "I'm working with my team",
    "Thanks for watching!",
    "#travelpartner",
    "#sponsor",
    "Advertising Week was fun",
    "It's ad season again",
    "It's an ad campaign I love",
    "I paid for this myself",
    "reading",
    "shadow",
    "madam",
  ];
  it.each(nonDisclosures)("does not accept %j", (text) => {
    expect(run({ text }).compliant).toBe(false);
  });

  it("matches brands case-insensitively and by normalised name", () => {
    expect(run({ text: "#nikepartner run", brand: "NIKE" }).compliant).toBe(true);
    expect(run({ text: "#LOrealParisPartner", brand: "L'Oréal Paris" }).compliant).toBe(true);
    expect(run({ text: "#LOrealPartner", brand: "L'Oréal Paris" }).compliant).toBe(true);
    expect(run({ text: "#HMPartner", brand: "H&M" }).compliant).toBe(true);
    expect(run({ text: "i'm working with nike", brand: "Nike" }).compliant).toBe(true);
    expect(run({ text: "#NikePartner", brand: "  " }).compliant).toBe(true);
  });
});

describe("MISSING_DISCLOSURE", () => {
  it("fires with no span and a #ad fix (US), Ad: fix (UK), sentence fix (blog)", () => {
    const text = "  Loving my new serum";
    const us = only({ text }, "MISSING_DISCLOSURE");
    expect(us.severity).toBe("error");
    expect(us.start).toBeUndefined();
    expect(us.fix).toBe("#ad Loving my new serum");
    expect(us.message).toMatch(/no disclosure/);
    expectFixWorks({ text }, us);
    expect(only({ text, jurisdiction: "UK" }, "MISSING_DISCLOSURE").fix).toBe("Ad: Loving my new serum");
    const blog = only({ text: "My month with the serum.", platform: "blog", brand: "Glowly" }, "MISSING_DISCLOSURE");
    expect(blog.fix).toBe("Sponsored by Glowly.\n\nMy month with the serum.");
    expectFixWorks({ text: "x", platform: "blog", brand: "Glowly" }, blog);
  });

  it("fires for empty and whitespace-only text", () => {
    expect(codes({ text: "" })).toEqual(["MISSING_DISCLOSURE"]);
    expect(only({ text: "   \n " }, "MISSING_DISCLOSURE").fix).toBe("#ad");
  });
});

describe("VAGUE_DISCLOSURE", () => {
  it("points at each vague term and the fix removes vague tags", () => {
    const text = "Loving this serum #spon #collab";
    const found = run({ text }).findings;
    expect(found.map((f) => f.code)).toEqual(["VAGUE_DISCLOSURE", "VAGUE_DISCLOSURE"]);
    expect(found.map((f) => spanText(text, f))).toEqual(["#spon", "#collab"]);
    expect(found[0]?.fix).toBe("#ad Loving this serum");
    expect(codes({ text })).not.toContain("MISSING_DISCLOSURE");
    expectFixWorks({ text }, found[0] as Finding);
  });

  it("covers phrases: thanks [brand], in collaboration with", () => {
    const thanks = only({ text: "Thanks Glowly! Obsessed", brand: "Glowly" }, "VAGUE_DISCLOSURE");
    expect(spanText("Thanks Glowly! Obsessed", thanks)).toBe("Thanks Glowly");
    const collab = "Made in collaboration with Glowly";
    expect(spanText(collab, only({ text: collab }, "VAGUE_DISCLOSURE"))).toBe("in collaboration with");
  });

  it("treats a partner tag naming another brand as vague", () => {
    const f = only({ text: "#NikePartner new runners", brand: "Adidas" }, "VAGUE_DISCLOSURE");
    expect(f.message).toMatch(/another brand/);
    expect(f.fix).toBe("#ad new runners");
  });

  it("UK: only Ad/#ad/Advert/Advertisement/Advertising suffice", () => {
    for (const text of [
      "Sponsored: new serum",
      "#sponsored new serum",
      "#gifted",
      "Gifted by Glowly",
      "Affiliate links below",
      "Paid partnership with Glowly",
      "#GlowlyPartner",
      "I'm working with Glowly",
      "#contest",
    ]) {
      expect(codes({ text, brand: "Glowly", jurisdiction: "UK" }), text).toEqual(["VAGUE_DISCLOSURE"]);
    }
    for (const text of ["Ad: new", "#ad new", "Advert | new", "Advertisement: new", "Advertising: new", "this is an ad"]) {
      expect(run({ text, jurisdiction: "UK" }).compliant, text).toBe(true);
    }
    const f = only({ text: "Sponsored: new serum", jurisdiction: "UK" }, "VAGUE_DISCLOSURE");
    expect(f.fix).toBe("Ad: new serum");
    expect(f.message).toMatch(/UK/);
    expectFixWorks({ text: "Sponsored: new serum", jurisdiction: "UK" }, f);
  });

  it("is not reported when an acceptable disclosure is also present", () => {
    expect(run({ text: "#ad #spon love it" }).findings).toEqual([]);
  });
});

describe("DISCLOSURE_NOT_UPFRONT", () => {
  it("fires after the platform cut, with the span on the disclosure and a move-to-front fix", () => {
    const text = `${FILLER}#ad`;
    const f = only({ text }, "DISCLOSURE_NOT_UPFRONT");
    expect(spanText(text, f)).toBe("#ad");
    expect(f.fix).toBe(`#ad ${FILLER.trim()}`);
    expect(f.message).toMatch(/125 characters/);
    expectFixWorks({ text }, f);
  });

  it("counts a disclosure ending exactly at the cut as upfront (code points, not UTF-16 units)", () => {
    const at = (n: number) => `${"x".repeat(n - 4)} #ad`;
    expect(at(125)).toHaveLength(125);
    expect(run({ text: at(125) }).compliant).toBe(true);
    expect(codes({ text: at(126) })).toEqual(["DISCLOSURE_NOT_UPFRONT"]);
    const emoji = `${"🙂".repeat(121)} #ad`;
    expect(run({ text: emoji }).compliant).toBe(true);
    expect(run({ text: `${"x".repeat(200)} #ad`, options: { moreCutChars: 300 } }).compliant).toBe(true);
    expect(codes({ text: `${"x".repeat(50)} #ad`, options: { moreCutChars: 20 } })).toEqual(["DISCLOSURE_NOT_UPFRONT"]);
  });

  it("uses each platform's cut", () => {
    const late = (n: number) => `${"x".repeat(n)} #ad`;
    expect(run({ text: late(170), platform: "youtube", format: "post" }).compliant).toBe(true);
    expect(run({ text: late(180), platform: "youtube", format: "post" }).compliant).toBe(false);
    expect(run({ text: late(390), platform: "facebook" }).compliant).toBe(true);
    expect(run({ text: late(400), platform: "facebook" }).compliant).toBe(false);
    expect(run({ text: late(130), platform: "twitch", format: "post" }).compliant).toBe(true);
    expect(run({ text: late(140), platform: "twitch", format: "post" }).compliant).toBe(false);
    expect(run({ text: late(2000), platform: "twitter" }).compliant).toBe(true);
    expect(run({ text: late(500), format: "story" }).compliant).toBe(true);
    for (const platform of ["tiktok", "pinterest"] as const) expect(run({ text: late(125), platform }).compliant).toBe(false);
  });

  it("blog: the first paragraph (headings skipped) is upfront", () => {
    const ok = "# Title\n\n## Subtitle\n\nThis post is sponsored by Glowly and here is why.\n\nMore text.";
    expect(run({ text: ok, platform: "blog" }).compliant).toBe(true);
    const late = "I used it for a month.\n\nThis post is sponsored by Glowly.";
    const f = only({ text: late, platform: "blog", brand: "Glowly" }, "DISCLOSURE_NOT_UPFRONT");
    expect(spanText(late, f)).toBe("sponsored");
    expect(f.message).toMatch(/first paragraph/);
    expect(f.fix?.startsWith("Sponsored by Glowly.\n\n")).toBe(true);
    expect(run({ text: "Intro line\nSponsored by Glowly", platform: "blog" }).compliant).toBe(false);
  });

  it("optionally limits the preview to a number of lines", () => {
    const text = "one\ntwo\nthree\nfour #ad";
    expect(run({ text }).compliant).toBe(true);
    expect(codes({ text, options: { moreCutLines: 3 } })).toEqual(["DISCLOSURE_NOT_UPFRONT"]);
  });
});

describe("DISCLOSURE_BURIED", () => {
  it("fires with three other tags in the cluster, not with two", () => {
    const three = "Glow ✨ #skincare #glow #serum #ad";
    const f = only({ text: three }, "DISCLOSURE_BURIED");
    expect(spanText(three, f)).toBe("#ad");
    expect(f.message).toMatch(/3 other hashtags/);
    expect(f.fix).toBe("#ad Glow ✨ #skincare #glow #serum");
    expectFixWorks({ text: three }, f);
    expect(run({ text: "Glow ✨ #skincare #glow #ad" }).compliant).toBe(true);
  });

  it("counts tags across newlines and commas as one cluster, text breaks the cluster", () => {
    expect(codes({ text: "Glow\n#a, #b\n#c · #ad" })).toEqual(["DISCLOSURE_BURIED"]);
    expect(run({ text: "Glow #a #b and #c #ad" }).compliant).toBe(true);
  });

  it("a tag at the very start is never buried; a clear disclosure elsewhere wins", () => {
    expect(run({ text: "#ad #skincare #glow #serum #routine Glow" }).compliant).toBe(true);
    expect(run({ text: "Ad: Glow #skincare #glow #serum #ad" }).compliant).toBe(true);
  });

  it("late and buried report both", () => {
    const text = `${FILLER}#a #b #c #ad`;
    expect(codes({ text, platform: "tiktok" })).toEqual(["DISCLOSURE_NOT_UPFRONT", "DISCLOSURE_BURIED"]);
  });
});

describe("PLATFORM_LABEL_ONLY", () => {
  it("replaces MISSING_DISCLOSURE when the label is on", () => {
    const f = only({ text: "Love this serum", paidPartnershipLabel: true }, "PLATFORM_LABEL_ONLY");
    expect(codes({ text: "Love this serum", paidPartnershipLabel: true })).toEqual(["PLATFORM_LABEL_ONLY"]);
    expect(f.fix).toBe("#ad Love this serum");
    expect(f.message).toMatch(/label alone/);
  });

  it("sits beside VAGUE_DISCLOSURE; absent when the caption discloses", () => {
    expect(codes({ text: "Love it #spon", paidPartnershipLabel: true })).toEqual(["VAGUE_DISCLOSURE", "PLATFORM_LABEL_ONLY"]);
    expect(run({ text: "#ad Love it", paidPartnershipLabel: true }).compliant).toBe(true);
  });

  it("does not apply to a video whose transcript carries the disclosure", () => {
    const r = run({
      text: "Love it",
      platform: "youtube",
      paidPartnershipLabel: true,
      transcript: cues([1, "this video is sponsored by Glowly"]),
    });
    expect(r.compliant).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(["DESCRIPTION_DISCLOSURE_MISSING"]);
  });
});

describe("spoken disclosure (video and live)", () => {
  const video = (transcript: TranscriptCue[], extra: Partial<DisclosureInput> = {}) =>
    run({ text: "#ad review", platform: "youtube", format: "video", brand: "Glowly", transcript, ...extra });

  it("VIDEO_DISCLOSURE_MISSING when nothing is said, naming vague phrases", () => {
    expect(video(cues([1, "hi"], [5, "let's go"])).findings.map((f) => f.code)).toEqual(["VIDEO_DISCLOSURE_MISSING"]);
    const vague = video(cues([1, "big thanks to Glowly"])).findings[0];
    expect(vague?.code).toBe("VIDEO_DISCLOSURE_MISSING");
    expect(vague?.message).toMatch(/thanks to Glowly/);
    expect(vague?.fix).toMatch(/This video is sponsored by Glowly/);
    expect(vague?.start).toBeUndefined();
  });

  it("VIDEO_DISCLOSURE_LATE after 30 s; exactly 30 s is on time; configurable", () => {
    expect(video(cues([30, "this video is sponsored by Glowly"])).compliant).toBe(true);
    const late = video(cues([0, "hi"], [30.5, "this video is sponsored by Glowly"]));
    expect(late.findings.map((f) => f.code)).toEqual(["VIDEO_DISCLOSURE_LATE"]);
    expect(late.findings[0]?.message).toMatch(/0:30/);
    expect(video(cues([50, "sponsored by Glowly"]), { options: { videoDisclosureSeconds: 60 } }).compliant).toBe(true);
  });

  it("finds a phrase split across cues, at the time of the cue where it starts", () => {
    expect(video(cues([10, "this video is"], [14, "sponsored by Glowly"])).compliant).toBe(true);
    expect(video(cues([10, "paid"], [40, "partnership with Glowly"])).findings.map((f) => f.code)).toEqual([]);
    expect(video(cues([29, "thanks to Glowly for"], [33, "sponsoring this video"])).compliant).toBe(true);
  });

  it("ignores cue order and unusable cues", () => {
    expect(
      video([
        { start: 40, text: "bye" },
        { start: 3, text: "sponsored by Glowly" },
        { start: Number.NaN, text: "x" },
      ]).compliant,
    ).toBe(true);
  });

  it("DESCRIPTION_DISCLOSURE_MISSING is a warning when the video speaks it", () => {
    const r = run({ text: "review #spon", platform: "youtube", transcript: cues([2, "this video is sponsored by Glowly"]) });
    expect(r.compliant).toBe(true);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([["DESCRIPTION_DISCLOSURE_MISSING", "warning"]]);
    expect(r.findings[0]?.fix).toBe("#ad review");
    const late = run({ text: `${FILLER}${FILLER}#ad`, platform: "youtube", transcript: cues([2, "sponsored by Glowly"]) });
    expect(late.findings.map((f) => f.code)).toEqual(["DESCRIPTION_DISCLOSURE_MISSING"]);
  });

  it("TRANSCRIPT_NOT_PROVIDED is a warning; the caption rules still apply", () => {
    expect(run({ text: "#ad review", platform: "youtube" }).findings.map((f) => [f.code, f.severity])).toEqual([
      ["TRANSCRIPT_NOT_PROVIDED", "warning"],
    ]);
    expect(run({ text: "#ad review", platform: "youtube", transcript: [] }).findings.map((f) => f.code)).toEqual([
      "TRANSCRIPT_NOT_PROVIDED",
    ]);
    expect(codes({ text: "review", format: "live" })).toEqual(["MISSING_DISCLOSURE", "TRANSCRIPT_NOT_PROVIDED"]);
    expect(run({ text: "#ad review", format: "reel" }).findings).toEqual([]);
  });

  it("UK speech needs the word ad/advert/advertisement", () => {
    const uk = (text: string) => video(cues([2, text]), { jurisdiction: "UK", text: "Ad: review" });
    expect(uk("this video is an ad for Glowly").compliant).toBe(true);
    expect(uk("this video is an advertisement").compliant).toBe(true);
    expect(uk("hashtag ad").compliant).toBe(true);
    expect(uk("this video is sponsored by Glowly").findings.map((f) => f.code)).toEqual(["VIDEO_DISCLOSURE_MISSING"]);
    expect(uk("this video is sponsored by Glowly").findings[0]?.fix).toMatch(/is an ad for Glowly/);
  });
});

describe("LIVESTREAM_DISCLOSURE_NOT_REPEATED", () => {
  const live = (transcript: TranscriptCue[], extra: Partial<DisclosureInput> = {}) =>
    run({ text: "Ad: stream", platform: "twitch", transcript, ...extra });
  const say = "this stream is sponsored by Glowly";

  it("allows a gap of exactly 30 minutes, flags 30 minutes and a second", () => {
    expect(live(cues([5, say], [1805, say], [3605, "bye"])).compliant).toBe(true);
    const r = live(cues([5, say], [1806, say], [2000, "bye"]));
    expect(r.findings.map((f) => f.code)).toEqual(["LIVESTREAM_DISCLOSURE_NOT_REPEATED"]);
    expect(r.findings[0]?.message).toMatch(/0:05 and 30:06/);
  });

  it("counts the stretch from the last disclosure to the end (cue end time), one finding per gap", () => {
    const r = live([
      { start: 5, end: 8, text: say },
      { start: 1700, end: 1900, text: "chat" },
    ]);
    expect(r.findings.map((f) => f.code)).toEqual(["LIVESTREAM_DISCLOSURE_NOT_REPEATED"]);
    expect(r.findings[0]?.message).toMatch(/end of the stream/);
    const two = live(cues([5, say], [2000, say], [4000, "bye"]));
    expect(two.findings.filter((f) => f.code === "LIVESTREAM_DISCLOSURE_NOT_REPEATED")).toHaveLength(2);
  });

  it("is configurable, applies only to live, and not when nothing is said", () => {
    expect(live(cues([5, say], [3000, "bye"]), { options: { livestreamRepeatMinutes: 60 } }).compliant).toBe(true);
    expect(run({ text: "#ad", platform: "youtube", format: "video", transcript: cues([5, say], [7200, "bye"]) }).compliant).toBe(true);
    expect(live(cues([5, "hi"], [7200, "bye"])).findings.map((f) => f.code)).toEqual(["VIDEO_DISCLOSURE_MISSING"]);
    expect(live(cues([2000, say], [2100, "bye"])).findings.map((f) => f.code)).toEqual(["VIDEO_DISCLOSURE_LATE"]);
  });
});

describe("UNSUBSTANTIATED_CLAIM", () => {
  it.each([
    ["#ad This cream cures eczema!", "cures eczema"],
    ["#ad Guaranteed glow", "Guaranteed"],
    ["#ad It's clinically proven", "clinically proven"],
    ["#ad 100% effective on spots", "100% effective"],
    ["#ad 100 % effective on spots", "100 % effective"],
    ["#ad a miracle in a bottle", "miracle"],
    ["#ad overnight results, wow", "overnight results"],
    ["#ad I lost 10 lbs in 2 weeks", "lost 10 lbs in 2 weeks"],
    ["#ad dropped 5kg", "dropped 5kg"],
    ["#ad it burns belly fat", "burns belly fat"],
    ["#ad FDA approved formula", "FDA approved"],
    ["#ad it heals acne", "heals acne"],
  ])("%j → span %j", (text, claim) => {
    const f = only({ text }, "UNSUBSTANTIATED_CLAIM");
    expect(spanText(text, f)).toBe(claim);
    expect(f.fix).toMatch(/approved claims/);
  });

  it("does not flag look-alikes", () => {
    for (const text of [
      "#ad money-back guarantee",
      "#ad cured ham and melon",
      "#ad my manicure",
      "#ad secure checkout",
      "#ad it works for me",
    ]) {
      expect(run({ text }).findings, text).toEqual([]);
    }
  });

  it("respects approved claims by case-insensitive containment, both ways", () => {
    const text = "#ad Clinically proven to reduce redness!";
    expect(run({ text, approvedClaims: ["clinically PROVEN"] }).compliant).toBe(true);
    expect(run({ text, approvedClaims: ["Clinically proven to reduce redness in 4 weeks"] }).compliant).toBe(true);
    expect(
      run({ text: "#ad Clinically-proven to reduce redness", approvedClaims: ["clinically proven to reduce redness"] }).compliant,
    ).toBe(true);
    expect(codes({ text: "#ad clinically proven to cure acne", approvedClaims: ["clinically proven to reduce redness"] })).toEqual([
      "UNSUBSTANTIATED_CLAIM",
      "UNSUBSTANTIATED_CLAIM",
    ]);
  });

  it("checks spoken claims too, without a span", () => {
    const r = run({ text: "#ad", platform: "youtube", transcript: cues([1, "sponsored by Glowly"], [75, "it cures acne"]) });
    const f = r.findings.find((x) => x.code === "UNSUBSTANTIATED_CLAIM");
    expect(f?.message).toMatch(/1:15/);
    expect(f?.start).toBeUndefined();
  });
});

describe("UNDISCLOSED_EDITING", () => {
  it("fires only when editing is on and not disclosed", () => {
    const f = only({ text: "#ad glow check", usesFilterOrEditing: true }, "UNDISCLOSED_EDITING");
    expect(f.fix).toBe("#ad #filtered glow check");
    expect(only({ text: "glow check", usesFilterOrEditing: true }, "UNDISCLOSED_EDITING").fix).toBe("#filtered glow check");
    expect(codes({ text: "#ad glow check" })).toEqual([]);
  });

  it.each([
    "#filtered",
    "#Edited",
    "filter used",
    "I used a filter",
    "photo edited",
    "retouched",
    "photoshopped",
    "digitally enhanced",
    "#retouched",
  ])("accepts %j", (note) => {
    expect(run({ text: `#ad glow ${note}`, usesFilterOrEditing: true }).compliant).toBe(true);
  });

  it.each(["#nofilter", "no filter", "not edited", "unedited", "#unedited", "without filters"])("rejects %j", (note) => {
    expect(codes({ text: `#ad glow ${note}`, usesFilterOrEditing: true })).toEqual(["UNDISCLOSED_EDITING"]);
  });

  it("accepts a spoken editing disclosure", () => {
    const transcript = cues([1, "sponsored by Glowly, and yes I used a filter"]);
    expect(run({ text: "#ad", platform: "youtube", transcript, usesFilterOrEditing: true }).compliant).toBe(true);
  });
});

describe("checkDisclosureInputSchema", () => {
  it("accepts a full input and rejects bad values", () => {
    const ok = checkDisclosureInputSchema.parse({
      text: "#ad hi",
      platform: "youtube",
      format: "video",
      brand: " Glowly ",
      jurisdiction: "UK",
      transcript: [{ start: 0, end: 2, text: "this video is an ad for Glowly" }],
      approvedClaims: ["x"],
      options: { livestreamRepeatMinutes: 20, moreCutChars: 100 },
      extra: "stripped",
    });
    expect(ok.brand).toBe("Glowly");
    expect("extra" in ok).toBe(false);
    expect(checkDisclosure(ok).compliant).toBe(true);
    expect(checkDisclosureInputSchema.safeParse({ text: "x", platform: "myspace" }).success).toBe(false);
    expect(
      checkDisclosureInputSchema.safeParse({ text: "x", platform: "blog", transcript: [{ start: 5, end: 1, text: "x" }] }).success,
    ).toBe(false);
    expect(checkDisclosureInputSchema.safeParse({ text: "x", platform: "blog", transcript: [{ start: -1, text: "x" }] }).success).toBe(
      false,
    );
    expect(checkDisclosureInputSchema.safeParse({ text: "x", platform: "blog", jurisdiction: "EU" }).success).toBe(false);
    expect(checkDisclosureInputSchema.safeParse({ text: "x", platform: "blog", options: { moreCutChars: 0 } }).success).toBe(false);
  });
});
