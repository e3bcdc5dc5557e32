import { describe, expect, it } from "vitest";

import { classifyComment, GENERIC_COMMENT_PHRASES, SPAM_COMMENT_PATTERNS, summarizeComments } from "@/lib/vetting";

describe("classifyComment", () => {
  it.each(["🔥🔥", "😍😍😍", "❤️", "👏🏽👏🏽", "🇫🇷", "👩‍🍳", "😍 😍 !!", "🙌...", ":)", "<3", "❤️ :D", "xD"])("%j is emoji_only", (text) => {
    expect(classifyComment(text)).toBe("emoji_only");
  });

  it.each([
    "nice pic",
    "Nice pic!!",
    "NICE PIC 😍",
    "niceee piccc",
    "great post",
    "love it",
    "Love this ❤️",
    "wow amazing",
    "so beautiful love it 😍",
    "Wow, so nice bro!",
    "awesome",
    "Cool!",
    "keep it up 💪",
    "first",
    "follow me",
    "Great shot! Check my page 🙏",
    "DM for collab",
    "dm for collab 💰",
    "Promote it on @shoutoutpage",
    "f4f?",
    "",
    "   ",
    "!!!",
  ])("%j is generic", (text) => {
    expect(classifyComment(text)).toBe("generic");
  });

  it.each([
    "Which shade is this? 😍",
    "Made this last night and my kids loved it",
    "nice pic of the lake in Annecy",
    "100 🔥",
    "The second photo is my favourite",
    "love the colour of that jacket",
    "where did you buy it?",
    "Trop beau 😍",
  ])("%j is genuine", (text) => {
    expect(classifyComment(text)).toBe("genuine");
  });

  it("treats every listed phrase and spam pattern as generic on its own", () => {
    for (const phrase of [...GENERIC_COMMENT_PHRASES, ...SPAM_COMMENT_PATTERNS]) {
      expect(classifyComment(phrase), phrase).toBe("generic");
    }
  });

  it("matches spam patterns as whole words only", () => {
    expect(classifyComment("dm me")).toBe("generic");
    expect(classifyComment("adm meeting notes went well")).toBe("genuine");
  });

  it("handles long comments in linear time (no pathological backtracking)", () => {
    const long = "nice ".repeat(5_000) + "question?";
    expect(classifyComment(long)).toBe("genuine");
  });
});

describe("summarizeComments", () => {
  it("counts classes, computes the low-quality share and keeps up to three distinct examples", () => {
    expect(summarizeComments(["🔥🔥", "nice pic", "🔥🔥", "Where is this?", "great post", "follow me"])).toEqual({
      total: 6,
      emojiOnly: 2,
      generic: 3,
      genuine: 1,
      lowQualityShare: 5 / 6,
      examples: ["🔥🔥", "nice pic", "great post"],
    });
  });

  it("returns a null share for an empty sample", () => {
    expect(summarizeComments([])).toEqual({ total: 0, emojiOnly: 0, generic: 0, genuine: 0, lowQualityShare: null, examples: [] });
  });

  it("shortens long examples", () => {
    const spam = `Check my page ${"x".repeat(60)}`;
    expect(summarizeComments([spam]).examples[0]).toHaveLength(40);
  });
});
