/**
 * How complete a brief is: a weighted checklist (README "Domain rules": Briefs; seed guide mistakes 2 and 7).
 *
 * Pure module. Each check in `BRIEF_CHECKS` passes or fails as a whole; the score is the sum of the
 * weights of the checks that pass (the weights sum to 100, so a complete brief scores exactly 100
 * and an empty one 0). Filling in a missing or vague field never lowers the score, because each
 * check looks at its own field only (the three per-deliverable checks look at the deliverables).
 */
import type { Brief, BriefField } from "./schema";

export type BriefCheckId =
  | "goals"
  | "targetAudience"
  | "keyMessages"
  | "deliverables"
  | "deliverablePlatforms"
  | "deliverableCounts"
  | "deliverableDueDates"
  | "timeline"
  | "paymentTerms"
  | "disclosureRequirements"
  | "dos"
  | "donts"
  | "creativeFreedom"
  | "links";

export interface BriefCheck {
  id: BriefCheckId;
  field: BriefField;
  weight: number;
  /** The rule, in words, for the UI and for reviewers. */
  rule: string;
}

/** Minimum word counts below which a text field is "too vague" (a word holds a letter or digit). */
export const BRIEF_MIN_WORDS = {
  goals: 4,
  targetAudience: 3,
  timeline: 3,
  paymentTerms: 3,
  disclosureRequirements: 3,
  creativeFreedom: 3,
  /** Each key message, do or don't. */
  listItem: 2,
} as const;

export const BRIEF_CHECKS: readonly BriefCheck[] = [
  { id: "goals", field: "goals", weight: 12, rule: "Campaign goals: at least 4 words, not a placeholder." },
  { id: "targetAudience", field: "targetAudience", weight: 10, rule: "Target audience: at least 3 words, not a placeholder." },
  { id: "keyMessages", field: "keyMessages", weight: 10, rule: "At least one key message of 2+ words." },
  { id: "deliverables", field: "deliverables", weight: 8, rule: "At least one deliverable." },
  { id: "deliverablePlatforms", field: "deliverables", weight: 5, rule: "Every deliverable has a platform (fails when there are none)." },
  {
    id: "deliverableCounts",
    field: "deliverables",
    weight: 4,
    rule: "Every deliverable has a count of 1 or more (fails when there are none).",
  },
  { id: "deliverableDueDates", field: "deliverables", weight: 6, rule: "Every deliverable has a due date (fails when there are none)." },
  { id: "timeline", field: "timeline", weight: 8, rule: "Timeline: at least 3 words, not a placeholder." },
  { id: "paymentTerms", field: "paymentTerms", weight: 10, rule: "Payment terms: at least 3 words, not a placeholder." },
  {
    id: "disclosureRequirements",
    field: "disclosureRequirements",
    weight: 10,
    rule: "Disclosure requirements: at least 3 words and name a label (#ad, Ad, sponsored, paid partnership, #BrandPartner).",
  },
  { id: "dos", field: "dos", weight: 4, rule: "At least one do of 2+ words." },
  { id: "donts", field: "donts", weight: 4, rule: "At least one don't of 2+ words." },
  {
    id: "creativeFreedom",
    field: "creativeFreedom",
    weight: 6,
    rule: "Creative freedom: at least 3 words and not a rigid script (mistake 2).",
  },
  { id: "links", field: "links", weight: 3, rule: "At least one link with a valid http(s) address." },
];

export interface BriefFinding {
  check: BriefCheckId;
  /** Path of the field to fix, e.g. "paymentTerms" or "deliverables.1.platform" (0-based index). */
  field: string;
  message: string;
}

export interface BriefScore {
  /** Integer 0–100. */
  score: number;
  missing: BriefFinding[];
}

/** Whole values that say nothing ("TBD", "n/a", "have fun" — mistake 7). Compared lower-cased, trimmed of punctuation. */
const PLACEHOLDER_VALUES = new Set([
  "tbd",
  "tbc",
  "tba",
  "n/a",
  "na",
  "none",
  "nothing",
  "todo",
  "to do",
  "x",
  "xx",
  "xxx",
  "-",
  "--",
  "?",
  "...",
  "etc",
  "have fun",
  "whatever",
  "anything",
  "see above",
  "same as above",
  "lorem ipsum",
]);
/** Words that mark a value as not settled anywhere they appear. */
const UNSETTLED = /\b(tbd|tbc|tba|to be (decided|determined|confirmed|agreed|announced)|lorem ipsum)\b/i;

export type TextQuality = "empty" | "vague" | "ok";

/** Word count: whitespace-separated tokens holding at least one letter or digit. */
export function countWords(value: string): number {
  return value.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * "empty" when blank; "vague" when it is a placeholder (TBD, tbc, n/a, "have fun"…), contains
 * TBD/TBC/TBA anywhere, or has fewer than `minWords` words; otherwise "ok".
 */
export function textQuality(value: string, minWords: number): TextQuality {
  const trimmed = value.trim();
  if (trimmed === "") return "empty";
  const bare = trimmed.toLowerCase().replace(/^[\s.!?,;:]+|[\s.!,;:]+$/g, "");
  if (PLACEHOLDER_VALUES.has(bare) || PLACEHOLDER_VALUES.has(trimmed.toLowerCase())) return "vague";
  if (UNSETTLED.test(trimmed)) return "vague";
  return countWords(trimmed) < minWords ? "vague" : "ok";
}

function listQuality(items: readonly string[]): TextQuality {
  const filled = items.filter((i) => i.trim() !== "");
  if (filled.length === 0) return "empty";
  return filled.some((i) => textQuality(i, BRIEF_MIN_WORDS.listItem) === "ok") ? "ok" : "vague";
}

/** A disclosure text must name an accepted label; bare #partner/#ambassador do not count (FTC "Disclosures 101"). */
const DISCLOSURE_TERM = /(#ad\b|\bad\b|\bads\b|\badvert(isement)?\b|#?\bsponsored\b|\bpaid partnership\b|#\w+(partner|ambassador)\b)/i;

/** Phrases that turn the creative-freedom field into a rigid script (mistake 2). */
const RIGID_SCRIPT =
  /\b(no (creative )?freedom|word[- ]for[- ]word|verbatim|exact(ly)? (as )?(the |our )?script|(read|follow|stick to) (out )?(the|our|this) script|no deviations?|no changes allowed)\b/i;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

interface TextRule {
  id: "goals" | "targetAudience" | "timeline" | "paymentTerms";
  minWords: number;
  label: string;
  hint: string;
}

const TEXT_RULES: readonly TextRule[] = [
  {
    id: "goals",
    minWords: BRIEF_MIN_WORDS.goals,
    label: "Campaign goals",
    hint: "say what the campaign should achieve, e.g. awareness of the new SPF line or 200 sales with code GLOW15.",
  },
  {
    id: "targetAudience",
    minWords: BRIEF_MIN_WORDS.targetAudience,
    label: "Target audience",
    hint: "describe who should see it, e.g. women 25–34 into clean skincare.",
  },
  {
    id: "timeline",
    minWords: BRIEF_MIN_WORDS.timeline,
    label: "Timeline",
    hint: "give the key dates: drafts due, approval, go-live window.",
  },
  {
    id: "paymentTerms",
    minWords: BRIEF_MIN_WORDS.paymentTerms,
    label: "Payment terms",
    hint: "say the fee and/or product, and when you pay (e.g. $300 within 30 days of going live).",
  },
];

/**
 * Scores a brief against `BRIEF_CHECKS` and lists what is missing, in checklist order.
 * Vague text counts as missing, with a "too vague" message. With no deliverables the three
 * per-deliverable checks fail too but are reported once, as "No deliverables". Deliverable numbers
 * in messages are 1-based ("Deliverable 2 has no platform"); `field` paths are 0-based.
 */
export function scoreBrief(brief: Brief): BriefScore {
  const missing: BriefFinding[] = [];
  const failed = new Set<BriefCheckId>();
  const fail = (check: BriefCheckId, field: string, message: string) => {
    failed.add(check);
    missing.push({ check, field, message });
  };

  for (const rule of TEXT_RULES.slice(0, 2)) checkText(rule, brief, fail);

  const keyMessages = listQuality(brief.keyMessages);
  if (keyMessages === "empty")
    fail("keyMessages", "keyMessages", "Key messages missing — list the one to three things the content must get across.");
  else if (keyMessages === "vague")
    fail(
      "keyMessages",
      "keyMessages",
      'Key messages are too vague — write each as a short sentence, e.g. "fragrance-free and safe for sensitive skin".',
    );

  const deliverables = brief.deliverables;
  if (deliverables.length === 0) {
    fail("deliverables", "deliverables", "No deliverables — add at least one, with its type, platform, count and due date.");
    failed.add("deliverablePlatforms").add("deliverableCounts").add("deliverableDueDates");
  } else {
    deliverables.forEach((d, i) => {
      if (d.platform === null) fail("deliverablePlatforms", `deliverables.${i}.platform`, `Deliverable ${i + 1} has no platform.`);
    });
    deliverables.forEach((d, i) => {
      if (!(d.count >= 1))
        fail("deliverableCounts", `deliverables.${i}.count`, `Deliverable ${i + 1} has no count — say how many (1 or more).`);
    });
    if (deliverables.every((d) => d.dueDate === null)) {
      fail("deliverableDueDates", "deliverables", "No due dates — give each deliverable the date it should go live.");
    } else {
      deliverables.forEach((d, i) => {
        if (d.dueDate === null) fail("deliverableDueDates", `deliverables.${i}.dueDate`, `Deliverable ${i + 1} has no due date.`);
      });
    }
  }

  for (const rule of TEXT_RULES.slice(2)) checkText(rule, brief, fail);

  const disclosure = textQuality(brief.disclosureRequirements, BRIEF_MIN_WORDS.disclosureRequirements);
  if (disclosure === "empty") {
    fail(
      "disclosureRequirements",
      "disclosureRequirements",
      "No disclosure requirement — tell the creator how to label the content (e.g. start the caption with #ad).",
    );
  } else if (disclosure === "vague") {
    fail(
      "disclosureRequirements",
      "disclosureRequirements",
      "Disclosure requirement is too vague — say which label to use and where (e.g. #ad at the start of the caption).",
    );
  } else if (!DISCLOSURE_TERM.test(brief.disclosureRequirements)) {
    fail(
      "disclosureRequirements",
      "disclosureRequirements",
      'Disclosure requirement names no label — ask for #ad, #sponsored or "Paid partnership with <brand>" at the start of the caption.',
    );
  }

  for (const [id, label, example] of [
    ["dos", "Do's", 'e.g. "show the texture on your skin"'],
    ["donts", "Don'ts", 'e.g. "don\'t call it a cure for acne"'],
  ] as const) {
    const quality = listQuality(brief[id]);
    if (quality === "empty") fail(id, id, `${label} missing — add at least one, ${example}.`);
    else if (quality === "vague") fail(id, id, `${label} are too vague — write each as a short instruction, ${example}.`);
  }

  const freedom = textQuality(brief.creativeFreedom, BRIEF_MIN_WORDS.creativeFreedom);
  if (freedom === "empty") {
    fail(
      "creativeFreedom",
      "creativeFreedom",
      "Creative freedom not described — say what the creator decides (tone, format, their own words). Don't force a rigid script.",
    );
  } else if (freedom === "vague") {
    fail(
      "creativeFreedom",
      "creativeFreedom",
      "Creative freedom is too vague — say what the creator decides (tone, format, their own words).",
    );
  } else if (RIGID_SCRIPT.test(brief.creativeFreedom)) {
    fail(
      "creativeFreedom",
      "creativeFreedom",
      "Creative freedom reads like a rigid script — let the creator say it in their own words; keep only the must-say points.",
    );
  }

  if (!brief.links.some((l) => isHttpUrl(l.url))) {
    fail("links", "links", "No links — add the product page, your brand profiles or a mood board.");
  }

  const score = BRIEF_CHECKS.reduce((sum, c) => (failed.has(c.id) ? sum : sum + c.weight), 0);
  return { score, missing };
}

function checkText(rule: TextRule, brief: Brief, fail: (check: BriefCheckId, field: string, message: string) => void): void {
  const quality = textQuality(brief[rule.id], rule.minWords);
  if (quality === "empty") fail(rule.id, rule.id, `${rule.label} missing — ${rule.hint}`);
  else if (quality === "vague") fail(rule.id, rule.id, `${rule.label} too vague — ${rule.hint}`);
}
