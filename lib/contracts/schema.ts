/**
 * Contract terms as data: the zod schema and inferred types of what a contract agrees.
 *
 * Pure module (no Prisma, Next, I/O or clock). The flat fields that `checkContract` reads keep the
 * names of the readiness shape (currency, feeMinor, product, agreedFeeMinor, deliverables,
 * paymentNetDays, paymentMilestones, usage, exclusivity, approvalRounds, killFeePercent,
 * disclosureClause, jurisdiction, influencerIsMinor, guardianName); the rest (parties, product value,
 * territories, turnaround, morality, IP, termination, governing law) extends it for the rendered text
 * and for the work that reads signed terms later (payment schedule, usage-rights reminders, product
 * seeding). Terms are saved while still being written, so the schema accepts gaps (nulls, empty
 * lists) and `checkContract` says what is missing; it refuses only values that are wrong in any
 * contract (negative money, a percent over 100, an unknown platform).
 */
import { z } from "zod";

import { DELIVERABLE_TYPES, PLATFORMS } from "@/lib/vocabulary";

export const JURISDICTIONS = ["US", "UK"] as const;
export type ContractJurisdiction = (typeof JURISDICTIONS)[number];

/** Who owns the content once it is made (README "Domain rules": contracts, the ISBA templates' two options). */
export const IP_OWNERSHIP = ["creator_licenses", "brand_owns"] as const;
export type IpOwnership = (typeof IP_OWNERSHIP)[number];

/** Money in integer minor units (cents); never negative. 10^12 keeps it far inside a safe integer. */
const minor = z.number().int().min(0).max(1e12);
const days = z.number().int().min(0).max(3_650);
const name = z.string().trim().max(200);
const optionalText = z.string().trim().max(2_000).nullable().default(null);

/** A calendar date "YYYY-MM-DD" (real dates only); "" and missing become null. */
const isoDate = z.iso.date();
const dueDate = z.union([z.literal("").transform(() => null), isoDate, z.null()]).default(null);

export const contractDeliverableSchema = z.object({
  type: z.enum(DELIVERABLE_TYPES),
  platform: z.enum(PLATFORMS).nullable().default(null),
  count: z.number().int().min(0).max(1_000).default(1),
  dueDate,
  /** How long the post stays up, in days; null = not agreed. */
  liveDays: days.nullable().default(null),
});
export type ContractDeliverable = z.infer<typeof contractDeliverableSchema>;

/** When a payment milestone falls due (before the net days): at signing, when the content goes live, or on a date. */
export const milestoneWhenSchema = z.union([z.literal("signing"), z.literal("live"), isoDate]);
export type MilestoneWhen = z.infer<typeof milestoneWhenSchema>;

export const paymentMilestoneSchema = z.object({
  /** Whole percent of the cash fee, 1–100; all milestones together must make 100 (checkContract). */
  percent: z.number().int().min(1).max(100),
  when: milestoneWhenSchema,
});
export type PaymentMilestone = z.infer<typeof paymentMilestoneSchema>;

export const usageSchema = z.object({
  /** The brand may repost the content on its own accounts. */
  organic: z.boolean().default(false),
  /** Paid amplification / whitelisting (ads run from the brand's or the creator's handle). */
  paid: z.boolean().default(false),
  /** TikTok Spark Ads authorisation (a code for 7–365 days, README "Domain rules": contracts). */
  sparkAds: z.boolean().default(false),
  /** How long the usage licence lasts, from the content going live; null = not agreed. */
  durationDays: days.nullable().default(null),
  /** Where the licence applies, e.g. "Worldwide", "United States"; [] = not stated. */
  territories: z.array(name).max(50).default([]),
});
export type ContractUsage = z.infer<typeof usageSchema>;

export const exclusivitySchema = z.object({
  category: name.default(""),
  durationDays: days.nullable().default(null),
});
export type ContractExclusivity = z.infer<typeof exclusivitySchema>;

export const partiesSchema = z.object({
  brand: z.object({ legalName: name.default(""), address: z.string().trim().max(500).default("") }).default({ legalName: "", address: "" }),
  influencer: z
    .object({ legalName: name.default(""), email: z.string().trim().max(320).default(""), country: name.default("") })
    .default({ legalName: "", email: "", country: "" }),
});
export type ContractParties = z.infer<typeof partiesSchema>;

export const contractTermsSchema = z.object({
  parties: partiesSchema.default({ brand: { legalName: "", address: "" }, influencer: { legalName: "", email: "", country: "" } }),
  /** ISO 4217 code, upper case. */
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, "Use a three-letter currency code such as USD")
    .transform((c) => c.toUpperCase())
    .default("USD"),
  /** The cash fee in this contract; null or 0 = no cash. */
  feeMinor: minor.nullable().default(null),
  /** The fee agreed on the collaboration, copied when the contract is generated; null = none recorded. */
  agreedFeeMinor: minor.nullable().default(null),
  /** The product given, in words; null = none. */
  product: z.string().trim().max(500).nullable().default(null),
  productValueMinor: minor.nullable().default(null),
  deliverables: z.array(contractDeliverableSchema).max(50).default([]),
  paymentNetDays: days.nullable().default(null),
  /** [] = the whole fee at once, when the content goes live. */
  paymentMilestones: z.array(paymentMilestoneSchema).max(12).default([]),
  usage: usageSchema.default({ organic: false, paid: false, sparkAds: false, durationDays: null, territories: [] }),
  exclusivity: exclusivitySchema.nullable().default(null),
  approvalRounds: z.number().int().min(0).max(20).nullable().default(null),
  approvalTurnaroundDays: days.nullable().default(null),
  killFeePercent: z.number().int().min(0).max(100).nullable().default(null),
  disclosureClause: z.boolean().default(true),
  jurisdiction: z.enum(JURISDICTIONS).default("US"),
  influencerIsMinor: z.boolean().default(false),
  guardianName: name.nullable().default(null),
  guardianEmail: z.string().trim().max(320).nullable().default(null),
  moralityClause: z.boolean().default(true),
  ipOwnership: z.enum(IP_OWNERSHIP).default("creator_licenses"),
  terminationNoticeDays: days.nullable().default(null),
  governingLaw: z.string().trim().max(200).default(""),
  /** Anything else agreed, rendered as its own section; null = none. */
  specialTerms: optionalText,
});
export type ContractTerms = z.infer<typeof contractTermsSchema>;
/** What a form or an API sends: every field optional, defaults filled in by the schema. */
export type ContractTermsInput = z.input<typeof contractTermsSchema>;

/** Empty terms, as a new contract starts before anything is copied from the collaboration. */
export function emptyContractTerms(): ContractTerms {
  return contractTermsSchema.parse({});
}
