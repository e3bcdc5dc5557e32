/**
 * Comment quality: is a comment only emoji, a generic phrase a bot could post under any photo, or
 * something a person wrote about this post? Used on a sample of an account's comments.
 */

export type CommentClass = "emoji_only" | "generic" | "genuine";

/**
 * Whole-comment phrases that say nothing about the post. A comment is generic when, after
 * normalisation (lower case, emoji and punctuation removed, repeated letters squeezed so "niceee"
 * and "sooo" match), it consists only of these phrases and {@link COMMENT_FILLER_WORDS}: "nice pic",
 * "Wow amazing!!", "so beautiful love it 😍". English only; extend the list for other languages.
 */
export const GENERIC_COMMENT_PHRASES: readonly string[] = [
  "nice",
  "nice pic",
  "nice picture",
  "nice photo",
  "nice shot",
  "nice post",
  "nice one",
  "nice feed",
  "nice content",
  "great",
  "great post",
  "great pic",
  "great photo",
  "great shot",
  "great content",
  "great job",
  "great work",
  "love it",
  "love this",
  "love",
  "loved it",
  "love your feed",
  "love your content",
  "love your posts",
  "love your page",
  "amazing",
  "awesome",
  "cool",
  "wow",
  "beautiful",
  "gorgeous",
  "stunning",
  "lovely",
  "perfect",
  "superb",
  "fantastic",
  "incredible",
  "cute",
  "pretty",
  "fire",
  "lit",
  "goals",
  "first",
  "yes",
  "omg",
  "keep it up",
  "keep going",
  "well done",
  "good job",
  "good work",
  "looks great",
  "looks good",
  "looking good",
  "so good",
  "amazing shot",
  "amazing pic",
  "amazing post",
  "beautiful pic",
  "beautiful photo",
  "beautiful picture",
  "great feed",
  "awesome post",
  "awesome pic",
  "cool pic",
  "cool post",
];

/** Words that may surround generic phrases without making a comment specific ("wow so nice bro"). */
export const COMMENT_FILLER_WORDS: readonly string[] = [
  "so",
  "very",
  "really",
  "such",
  "a",
  "the",
  "this",
  "that",
  "is",
  "its",
  "what",
  "bro",
  "dear",
  "sis",
  "girl",
  "man",
  "oh",
  "and",
  "just",
  "absolutely",
  "totally",
  "too",
  "pic",
];

/**
 * Spam phrases: a comment containing any of them anywhere is generic ("Great shot! Check my page
 * 🙏", "DM for collab"). Matched as whole words after the same normalisation.
 */
export const SPAM_COMMENT_PATTERNS: readonly string[] = [
  "follow me",
  "follow back",
  "follow for follow",
  "f4f",
  "l4l",
  "like for like",
  "sub4sub",
  "check my page",
  "check out my page",
  "check my profile",
  "check out my profile",
  "check my bio",
  "visit my page",
  "link in my bio",
  "dm for collab",
  "dm for collaboration",
  "dm us",
  "dm me",
  "send us a dm",
  "send me a dm",
  "promote it on",
  "collab with us",
  "brand ambassador",
  "ambassador wanted",
];

/** Emoji pieces: pictographs, skin tones, flags (regional indicators), ZWJ, variation selectors, keycaps, tags. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u200d\ufe0e\ufe0f\u20e3\u{E0020}-\u{E007F}]/gu;
const HAS_EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;
/** Text emoticons: ":)", ";-)", ":D", "<3", "^^", "xD". */
const EMOTICON = /(?:[:;=8][-']?[)(\][dDpPoO3*]|<3+|\^\^|\bx+D+\b)/g;

/** Lower case, emoji → space, punctuation and symbols → space, apostrophes dropped, letter runs squeezed. */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(EMOJI, " ")
    .replace(/['’]/g, "")
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/(\p{L})\1+/gu, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const PHRASES: readonly string[][] = GENERIC_COMMENT_PHRASES.map((p) => normalise(p).split(" "));
const FILLERS: ReadonlySet<string> = new Set(COMMENT_FILLER_WORDS.map(normalise));
const SPAM: readonly RegExp[] = SPAM_COMMENT_PATTERNS.map((p) => new RegExp(`(?:^| )${normalise(p)}(?: |$)`));

/** True when the words are a sequence of generic phrases and fillers with at least one phrase (dynamic programming over word positions). */
function onlyGenericPhrases(words: readonly string[]): boolean {
  // reach[i]: 0 = words[0..i) cannot be covered, 1 = covered by fillers only, 2 = covered using a phrase.
  const reach = new Array<number>(words.length + 1).fill(0);
  reach[0] = 1;
  for (let i = 0; i < words.length; i++) {
    const here = reach[i] ?? 0;
    if (here === 0) continue;
    if (FILLERS.has(words[i] ?? "")) reach[i + 1] = Math.max(reach[i + 1] ?? 0, here);
    for (const phrase of PHRASES) {
      if (phrase.every((word, k) => words[i + k] === word)) {
        reach[i + phrase.length] = 2;
      }
    }
  }
  return reach[words.length] === 2;
}

/**
 * Classifies one comment.
 * - `emoji_only`: at least one emoji or emoticon and nothing else but whitespace and punctuation
 *   ("🔥🔥", "😍😍😍!!", "❤️ :)", "👏🏽"). Digits or letters make it not emoji-only ("100 🔥").
 * - `generic`: contains a spam phrase ({@link SPAM_COMMENT_PATTERNS}); or consists only of generic
 *   phrases and fillers ({@link GENERIC_COMMENT_PHRASES}); or has no content at all ("", "!!!").
 * - `genuine`: anything else, i.e. at least one word that is about something ("Which shade is this?").
 */
export function classifyComment(text: string): CommentClass {
  const withoutEmoticons = text.replace(EMOTICON, " ");
  const emojiPresent = HAS_EMOJI.test(text) || withoutEmoticons !== text;
  const rest = withoutEmoticons.replace(EMOJI, "").replace(/[\s\p{P}]/gu, "");
  if (emojiPresent && rest === "") return "emoji_only";

  const normalised = normalise(text);
  if (normalised === "") return "generic";
  if (SPAM.some((pattern) => pattern.test(normalised))) return "generic";
  return onlyGenericPhrases(normalised.split(" ")) ? "generic" : "genuine";
}

export interface CommentSummary {
  total: number;
  emojiOnly: number;
  generic: number;
  genuine: number;
  /** (emojiOnly + generic) ÷ total, 0–1; null for an empty sample. */
  lowQualityShare: number | null;
  /** Up to three distinct low-quality comments, as written, for the reason text. */
  examples: string[];
}

/** Counts the classes in a sample. Empty sample → zeros and a null share. */
export function summarizeComments(sample: readonly string[]): CommentSummary {
  const summary: CommentSummary = { total: sample.length, emojiOnly: 0, generic: 0, genuine: 0, lowQualityShare: null, examples: [] };
  for (const comment of sample) {
    const kind = classifyComment(comment);
    if (kind === "emoji_only") summary.emojiOnly++;
    else if (kind === "generic") summary.generic++;
    else summary.genuine++;
    const example = comment.trim();
    if (kind !== "genuine" && example !== "" && summary.examples.length < 3 && !summary.examples.includes(example)) {
      summary.examples.push(example.length > 40 ? `${example.slice(0, 39)}…` : example);
    }
  }
  if (sample.length > 0) summary.lowQualityShare = (summary.emojiOnly + summary.generic) / sample.length;
  return summary;
}
