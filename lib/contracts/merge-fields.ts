/**
 * The vocabulary of contract templates without zod: the clause conditions, the merge fields a clause
 * may use and the check for unknown ones. Pure and dependency-free, so the browser's template editor
 * and live preview use it without pulling in the schema library; template.ts re-exports it.
 */
/** When a clause is part of the contract. */
export const CLAUSE_CONDITIONS = [
  "always",
  "cash_fee",
  "product",
  "usage",
  "spark_ads",
  "exclusivity",
  "approval",
  "kill_fee",
  "disclosure",
  "morality",
  "minor",
  "special_terms",
] as const;
export type ClauseCondition = (typeof CLAUSE_CONDITIONS)[number];

/** Merge fields a clause may use, with what each becomes (see render.ts for the exact text). */
export const MERGE_FIELDS = {
  "brand.legalName": "The brand's legal name",
  "brand.address": "The brand's address",
  "influencer.legalName": "The creator's legal name",
  "influencer.email": "The creator's email",
  "influencer.country": "The creator's country",
  "guardian.name": "The parent or guardian of a minor creator",
  deliverables: "The deliverables, one per line",
  fee: "The cash fee with its currency",
  product: "The product given",
  productValue: "The product's value",
  paymentNetDays: "Net days for payment",
  paymentSchedule: "The payment milestones, one per line",
  "usage.grants": "The usage granted (organic, paid, Spark Ads)",
  "usage.duration": "How long the usage licence lasts",
  "usage.territories": "Where the licence applies",
  "exclusivity.category": "The exclusive category",
  "exclusivity.duration": "How long exclusivity lasts",
  approvalRounds: "Rounds of changes the brand may ask for",
  approvalTurnaround: "Days the brand has to review a draft",
  killFeePercent: "The kill fee in percent",
  disclosure: "The disclosure wording for the jurisdiction",
  ip: "Who owns the content and the licence granted",
  terminationNotice: "Notice period for termination",
  governingLaw: "The governing law",
  specialTerms: "Anything else agreed",
} as const;
export type MergeField = keyof typeof MERGE_FIELDS;

export const MERGE_FIELD_PATTERN = /\{\{\s*([A-Za-z.]+)\s*\}\}/g;

/** The merge-field names in a text that MERGE_FIELDS doesn't know, in order of first use. */
export function unknownMergeFields(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(MERGE_FIELD_PATTERN)) {
    const name = match[1] ?? "";
    if (!(name in MERGE_FIELDS) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}
