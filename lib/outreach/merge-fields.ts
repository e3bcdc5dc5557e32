/**
 * Merge fields for outreach templates: the list, and rendering `{{field}}` placeholders.
 *
 * Pure module. Merge fields are not personalization on their own (README "Domain rules": Outreach): the two fields
 * marked `personal` carry what the sender must write for each influencer (which recent post, and
 * what was good about it). A field that is unknown or has no value is left in the text as
 * `{{field}}`, so `lintOutreachMessage` reports it as UNFILLED_PLACEHOLDER and nothing half-filled
 * goes out.
 */

export interface MergeField {
  key: string;
  label: string;
  /** True when the value must be written by hand for each influencer, not pulled from a profile. */
  personal: boolean;
  example: string;
}

export const MERGE_FIELDS = [
  { key: "first_name", label: "First name", personal: false, example: "Sarah" },
  { key: "name", label: "Full name", personal: false, example: "Sarah Lee" },
  { key: "handle", label: "Handle", personal: false, example: "@sarahglows" },
  { key: "platform", label: "Platform", personal: false, example: "Instagram" },
  { key: "recent_post_url", label: "Recent post link", personal: true, example: "https://www.instagram.com/p/C8xYz/" },
  { key: "recent_post_note", label: "What you liked about it", personal: true, example: "the way you layered SPF over your serum" },
  { key: "brand", label: "Brand", personal: false, example: "Glow Labs" },
  { key: "brand_links", label: "Brand links", personal: false, example: "glowlabs.com, instagram.com/glowlabs" },
  { key: "offer", label: "Offer", personal: false, example: "$300 plus the full SPF set" },
  { key: "deliverables", label: "Deliverables", personal: false, example: "one reel and two stories" },
  { key: "timeline", label: "Timeline", personal: false, example: "live between 3 and 14 June" },
  { key: "sender_name", label: "Your name", personal: false, example: "Sam" },
  { key: "sender_role", label: "Your role", personal: false, example: "partnerships lead" },
] as const satisfies readonly MergeField[];

export type MergeFieldKey = (typeof MERGE_FIELDS)[number]["key"];

export type MergeValue = string | readonly string[] | null | undefined;
export type MergeValues = Partial<Record<MergeFieldKey, MergeValue>> & Record<string, MergeValue>;

export interface RenderedTemplate {
  text: string;
  /** Field keys left as `{{key}}`, unique, in order of first appearance. */
  unfilled: string[];
}

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"]);

/**
 * The first name to greet someone by: the first word that has a letter, after an optional
 * honorific ("Dr. Mia Wong" → "Mia"), with emoji and punctuation trimmed from its ends
 * ("✨Sarah Lee" → "Sarah"; "Sarah-Jane Lee" → "Sarah-Jane"). Anything after a comma is ignored
 * ("Sarah Lee, MD" → "Sarah"), so "Lee, Sarah" gives "Lee". A leading "@" is dropped. "" when
 * there is no name.
 */
export function firstNameOf(name: string): string {
  const beforeComma = name.split(",")[0] ?? "";
  const tokens = beforeComma
    .trim()
    .replace(/^@/, "")
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((t) => /\p{L}/u.test(t));
  const [first, second] = tokens;
  if (first !== undefined && second !== undefined && HONORIFICS.has(first.toLowerCase())) return second;
  if (first !== undefined && HONORIFICS.has(first.toLowerCase()) && second === undefined) return "";
  return first ?? "";
}

function valueOf(values: MergeValues, key: string): string {
  const raw = values[key];
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw.trim();
  return raw
    .map((v) => v.trim())
    .filter(Boolean)
    .join(", ");
}

/**
 * Replaces `{{ key }}` (spaces inside the braces allowed; keys are case-insensitive) with its
 * value, in one pass — a value containing `{{…}}` is not expanded again. Lists are joined with
 * ", ". `first_name` falls back to `firstNameOf(values.name)` when not given. Unknown keys and
 * blank values stay in the text, normalised to `{{key}}`, and are listed in `unfilled`.
 */
export function renderTemplate(template: string, values: MergeValues): RenderedTemplate {
  const unfilled: string[] = [];
  const text = template.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_match, rawKey: string) => {
    const key = rawKey.toLowerCase();
    let value = valueOf(values, key);
    if (value === "" && key === "first_name") value = firstNameOf(valueOf(values, "name"));
    if (value !== "") return value;
    if (!unfilled.includes(key)) unfilled.push(key);
    return `{{${key}}}`;
  });
  return { text, unfilled };
}
