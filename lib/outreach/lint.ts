/**
 * The outreach linter: checks a first message to an influencer against the seed's advice
 * (README "Domain rules": Outreach) before it is sent, and says how to fix each problem.
 *
 * Pure module. One finding per code at most. Score = 100 − the sum of `OUTREACH_FINDING_WEIGHTS`
 * for the findings, floored at 0; a message with no findings scores 100. The six errors are what
 * makes a first message generic; the warnings are about reading comfort and timing. A sender may
 * override the errors with a recorded reason ("Send anyway"), except UNFILLED_PLACEHOLDER: a literal
 * `{{recent_post_url}}` in someone's inbox is never what the sender meant.
 * Detection rules (and their decisions on edge cases) are documented in ./rules.ts.
 */
import type { LintOutreachInput } from "./lint-schema";
import { firstNameOf } from "./merge-fields";
import {
  checkGreeting,
  findPlaceholders,
  hasBrandIntro,
  hasBrandLink,
  hasCompensation,
  hasDeliverableAsk,
  hasSpecificAppreciation,
  hasTimeline,
} from "./rules";
import { words } from "./text";

export type { LintOutreachInput } from "./lint-schema";

export const OUTREACH_FINDING_CODES = [
  "UNFILLED_PLACEHOLDER",
  "GENERIC_GREETING",
  "NO_SPECIFIC_APPRECIATION",
  "NO_BRAND_INTRO",
  "NO_BRAND_LINKS",
  "NO_CLEAR_ASK",
  "NO_TIMELINE",
  "TOO_LONG",
  "SUBJECT_TOO_LONG",
] as const;
export type OutreachFindingCode = (typeof OUTREACH_FINDING_CODES)[number];
export type OutreachSeverity = "error" | "warning";

export const OUTREACH_FINDING_SEVERITY: Record<OutreachFindingCode, OutreachSeverity> = {
  UNFILLED_PLACEHOLDER: "error",
  GENERIC_GREETING: "error",
  NO_SPECIFIC_APPRECIATION: "error",
  NO_BRAND_INTRO: "error",
  NO_BRAND_LINKS: "error",
  NO_CLEAR_ASK: "error",
  NO_TIMELINE: "warning",
  TOO_LONG: "warning",
  SUBJECT_TOO_LONG: "warning",
};

/** Findings that "Send anyway" can't override: the message must be fixed. */
export const OUTREACH_NOT_OVERRIDABLE: ReadonlySet<OutreachFindingCode> = new Set(["UNFILLED_PLACEHOLDER"]);

/** What each finding is called where a person reads it (the code is for the API and tests). */
export const OUTREACH_FINDING_TITLES: Record<OutreachFindingCode, string> = {
  UNFILLED_PLACEHOLDER: "Unfilled placeholder",
  GENERIC_GREETING: "Generic greeting",
  NO_SPECIFIC_APPRECIATION: "No specific appreciation",
  NO_BRAND_INTRO: "No brand introduction",
  NO_BRAND_LINKS: "No brand links",
  NO_CLEAR_ASK: "No clear ask",
  NO_TIMELINE: "No timeline",
  TOO_LONG: "Too long for a phone",
  SUBJECT_TOO_LONG: "Subject too long",
};

/** Points taken off the score of 100 per finding. All six errors together take 100. */
export const OUTREACH_FINDING_WEIGHTS: Record<OutreachFindingCode, number> = {
  UNFILLED_PLACEHOLDER: 20,
  GENERIC_GREETING: 15,
  NO_SPECIFIC_APPRECIATION: 20,
  NO_BRAND_INTRO: 15,
  NO_BRAND_LINKS: 10,
  NO_CLEAR_ASK: 20,
  NO_TIMELINE: 5,
  TOO_LONG: 5,
  SUBJECT_TOO_LONG: 3,
};

/**
 * What reads well on a phone: a body up to 200 words and 1,200 characters, a subject up to 60
 * characters (longer subjects are cut off in most mail apps). Over either body limit: TOO_LONG.
 */
export const OUTREACH_LIMITS = { bodyWords: 200, bodyChars: 1_200, subjectChars: 60 } as const;

export interface OutreachFinding {
  code: OutreachFindingCode;
  severity: OutreachSeverity;
  message: string;
}

export interface OutreachLintResult {
  /** Integer 0–100. */
  score: number;
  findings: OutreachFinding[];
}

const CONTENT_NOUN_BY_PLATFORM: Record<string, string> = {
  instagram: "post",
  tiktok: "video",
  youtube: "video",
  twitter: "post",
  facebook: "post",
  twitch: "stream",
  pinterest: "pin",
  blog: "blog post",
};

function quoteList(items: readonly string[]): string {
  const shown = items.slice(0, 3).map((i) => `“${i}”`);
  return items.length > 3 ? `${shown.join(", ")} and ${items.length - 3} more` : shown.join(", ");
}

/** Template leftovers in the subject, then the body, each listed once (see `findPlaceholders` in ./rules.ts). [] when none. */
export function unfilledPlaceholders(subject: string, body: string): string[] {
  return [...new Set([...findPlaceholders(subject), ...findPlaceholders(body)])];
}

/** "the placeholder “{{x}}”" or "the placeholders “{{x}}”, “[y]”" (at most three quoted, then "and N more"). */
export function describePlaceholders(placeholders: readonly string[]): string {
  return `the placeholder${placeholders.length > 1 ? "s" : ""} ${quoteList(placeholders)}`;
}

/** The error findings a recorded reason can override; a message with any other error can't be sent as it is. */
export function overridableErrors(result: OutreachLintResult): OutreachFinding[] {
  return result.findings.filter((f) => f.severity === "error" && !OUTREACH_NOT_OVERRIDABLE.has(f.code));
}

/** The error findings no reason can override (today: UNFILLED_PLACEHOLDER). */
export function blockingErrors(result: OutreachLintResult): OutreachFinding[] {
  return result.findings.filter((f) => f.severity === "error" && OUTREACH_NOT_OVERRIDABLE.has(f.code));
}

/**
 * Lints an outreach message. Findings come in `OUTREACH_FINDING_CODES` order:
 * - UNFILLED_PLACEHOLDER (error, never overridable): template leftovers in subject or body
 *   (`{{…}}`, `[first name]`; markdown links `[text](url)` are fine).
 * - GENERIC_GREETING (error): the opening does not contain their first name, full name or handle.
 * - NO_SPECIFIC_APPRECIATION (error): no reference to the recent post (URL or title words) and no
 *   named piece of their content with a reason.
 * - NO_BRAND_INTRO (error): the brand is not named, or sender/brand are not introduced.
 * - NO_BRAND_LINKS (error): no link to the brand's site or profiles, and no brand @handle.
 * - NO_CLEAR_ASK (error): no deliverable asked for, or no compensation (amount, product, commission %).
 * - NO_TIMELINE (warning): nothing says when.
 * - TOO_LONG (warning): body over `OUTREACH_LIMITS`. SUBJECT_TOO_LONG (warning): subject over 60.
 * An empty subject (a DM) is not a finding.
 */
export function lintOutreachMessage(input: LintOutreachInput): OutreachLintResult {
  const { subject, body, influencer, brand } = input;
  const findings: OutreachFinding[] = [];
  const add = (code: OutreachFindingCode, message: string) => findings.push({ code, severity: OUTREACH_FINDING_SEVERITY[code], message });

  const first = firstNameOf(influencer.name);
  const handle = influencer.handle.trim() ? `@${influencer.handle.trim().replace(/^@/, "")}` : "";
  const callThem = first || handle || "them";
  const brandName = brand.name.trim() || "your brand";

  const placeholders = unfilledPlaceholders(subject, body);
  if (placeholders.length > 0) {
    add("UNFILLED_PLACEHOLDER", `Fill in or remove ${describePlaceholders(placeholders)} before sending.`);
  }

  const greeting = checkGreeting(body, influencer.name, influencer.handle);
  if (!greeting.ok) {
    const suggestion = `“Hi ${callThem},”`;
    add(
      "GENERIC_GREETING",
      greeting.startsWithGreeting
        ? `Greet them by name — ${suggestion} rather than “${greeting.opening.trim()}”.`
        : `Open by greeting them by name, e.g. ${suggestion}`,
    );
  }

  if (!hasSpecificAppreciation(body, influencer.recentPost)) {
    const title = influencer.recentPost?.title?.trim();
    const noun = CONTENT_NOUN_BY_PLATFORM[influencer.platform?.toLowerCase() ?? ""] ?? "post";
    const example = title
      ? `e.g. their ${noun} “${title}” and why it stood out to you`
      : `e.g. “your reel about morning skincare routines — the way you layered SPF…”`;
    add(
      "NO_SPECIFIC_APPRECIATION",
      `Mention a specific post of theirs and what you liked about it — ${example}. Praise like “love your content” could be sent to anyone.`,
    );
  }

  const intro = hasBrandIntro(body, brand.name);
  if (!intro.ok) {
    add(
      "NO_BRAND_INTRO",
      intro.brandNamed
        ? `Say who you are and what ${brandName} is — e.g. “I'm Sam, I look after partnerships at ${brandName}, a … brand.”`
        : `Introduce yourself and ${brandName} — the message never names ${brandName}. E.g. “I'm Sam from ${brandName}, a … brand.”`,
    );
  }

  if (!hasBrandLink(body, brand.name, brand.links)) {
    const example = brand.links[0]?.trim();
    add("NO_BRAND_LINKS", `Link to ${brandName}'s website or profiles so they can check you out${example ? ` — e.g. ${example}` : ""}.`);
  }

  const deliverable = hasDeliverableAsk(body);
  const compensation = hasCompensation(body);
  if (!deliverable || !compensation) {
    const missing = [
      deliverable ? null : "what you'd like them to make (e.g. one Instagram reel and two stories)",
      compensation ? null : "what you offer in return (e.g. a $300 fee plus the product, or 15% commission)",
    ].filter(Boolean);
    add("NO_CLEAR_ASK", `Make a concrete proposal: say ${missing.join(" and ")}.`);
  }

  if (!hasTimeline(body)) {
    add("NO_TIMELINE", "Say when — e.g. “content live between 3 and 14 June” or “drafts within two weeks”.");
  }

  const wordCount = words(body).length;
  if (wordCount > OUTREACH_LIMITS.bodyWords || body.trim().length > OUTREACH_LIMITS.bodyChars) {
    add(
      "TOO_LONG",
      `At ${wordCount} words this is long for a phone screen — aim for under ${OUTREACH_LIMITS.bodyWords} words; the details can go in the brief.`,
    );
  }
  if (subject.trim().length > OUTREACH_LIMITS.subjectChars) {
    add(
      "SUBJECT_TOO_LONG",
      `Shorten the subject to ${OUTREACH_LIMITS.subjectChars} characters or fewer (it has ${subject.trim().length}); mail apps cut it off.`,
    );
  }

  const penalty = findings.reduce((sum, f) => sum + OUTREACH_FINDING_WEIGHTS[f.code], 0);
  return { score: Math.max(0, 100 - penalty), findings };
}
