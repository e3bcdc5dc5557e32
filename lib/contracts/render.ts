/**
 * Renders a contract: terms + template → numbered sections of plain text.
 *
 * Pure and deterministic: the same terms and template always give the same text (money and dates are
 * formatted here, not by Intl, so the runtime's locale data cannot change a frozen contract's hash).
 * A value that is not agreed yet renders as "[not agreed]" so the gap is visible in a draft;
 * checkContract says which of those stop the contract from being sent. Unknown merge fields (only
 * possible in a template that bypassed its schema) are left as written.
 */
import { DELIVERABLE_TYPE_LABELS, PLATFORM_LABELS } from "@/lib/vocabulary";

import { MERGE_FIELD_PATTERN, type ClauseCondition, type MergeField } from "./merge-fields";
import { dateParts } from "./schedule";
import type { ContractTerms } from "./schema";
import type { ContractTemplateContent } from "./template";

export interface RenderedSection {
  /** 1-based position in the rendered contract. */
  number: number;
  key: string;
  title: string;
  text: string;
}

export const NOT_AGREED = "[not agreed]";

/** ISO 4217 currencies whose minor unit isn't 1/100. */
const ZERO_DECIMALS = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "ISK",
  "JPY",
  "KMF",
  "KRW",
  "PYG",
  "RWF",
  "UGX",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);
const THREE_DECIMALS = new Set(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]);

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "USD 1,250.00" from 125000 minor units; JPY 1250 → "JPY 1,250"; KWD 1250 → "KWD 1.250". */
export function formatMinor(amountMinor: number, currency: string): string {
  const decimals = ZERO_DECIMALS.has(currency) ? 0 : THREE_DECIMALS.has(currency) ? 3 : 2;
  const sign = amountMinor < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(amountMinor))).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : "";
  return `${currency} ${sign}${group(whole)}${fraction}`;
}

/** "1 day", "30 days"; null → NOT_AGREED. */
function daysText(n: number | null): string {
  if (n === null) return NOT_AGREED;
  return n === 1 ? "1 day" : `${n} days`;
}

/** "2026-03-01" → "1 March 2026" (UTC calendar date, English month names). */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export function formatDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

function deliverablesText(terms: ContractTerms): string {
  const lines = terms.deliverables
    .filter((d) => d.count > 0)
    .map((d) => {
      const what = `${d.count} × ${DELIVERABLE_TYPE_LABELS[d.type]}`;
      const where = d.platform ? ` on ${PLATFORM_LABELS[d.platform]}` : "";
      const due = d.dueDate ? `, by ${formatDate(d.dueDate)}` : `, by ${NOT_AGREED}`;
      const stays = d.liveDays !== null ? `, kept online for at least ${daysText(d.liveDays)}` : "";
      return `- ${what}${where}${due}${stays}`;
    });
  return lines.length > 0 ? lines.join("\n") : `- ${NOT_AGREED}`;
}

function milestoneText(when: string): string {
  if (when === "signing") return "on signing";
  if (when === "live") return "when the content goes live";
  return `on ${formatDate(when)}`;
}

function scheduleText(terms: ContractTerms): string {
  const fee = terms.feeMinor ?? 0;
  const milestones = terms.paymentMilestones.length > 0 ? terms.paymentMilestones : [{ percent: 100, when: "live" as const }];
  return milestones
    .map((m) => `- ${m.percent} % (${formatMinor(Math.floor((fee * m.percent) / 100), terms.currency)}) ${milestoneText(m.when)}`)
    .join("\n");
}

function usageGrants(terms: ContractTerms): string {
  const grants: string[] = [];
  if (terms.usage.organic) grants.push("reposting on the Brand's own channels");
  if (terms.usage.paid) grants.push("paid amplification and whitelisting");
  if (terms.usage.sparkAds) grants.push("TikTok Spark Ads");
  return grants.length > 0 ? grants.join(", ") : "none";
}

/** Disclosure duty in the campaign's jurisdiction: FTC 16 CFR 255 (US), the CAP Code and CMA guidance (UK). */
function disclosureText(terms: ContractTerms): string {
  const brand = terms.parties.brand.legalName || "the Brand";
  if (terms.jurisdiction === "UK") {
    return `Every piece of content is an advertisement under the UK CAP Code and CMA guidance. The Creator will label it clearly and upfront with "#ad" or "Ad", visible before anyone clicks "more"; "Sponsored", "Gifted", "in collaboration with" or "thanks to ${brand}" alone are not enough. The Creator will only make product claims the Brand has approved.`;
  }
  return `The Creator will disclose the material connection with ${brand} clearly and conspicuously, as the FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising (16 CFR Part 255) require: "#ad", "#sponsored" or "Paid partnership with ${brand}" at the start of the caption, said aloud and shown on screen in videos, and repeated in livestreams. The Creator will only make product claims the Brand has approved and will say so when filters change how the product looks.`;
}

function ipText(terms: ContractTerms): string {
  if (terms.ipOwnership === "brand_owns") {
    return "On full payment, the Creator assigns the copyright in the content made under this agreement to the Brand. The Creator may keep the content on their own channels.";
  }
  return "The Creator keeps the copyright in the content. The Brand's use of it is limited to the usage rights in this agreement.";
}

function mergeValues(terms: ContractTerms): Record<MergeField, string> {
  const orNot = (s: string | null | undefined) => (s && s.trim() !== "" ? s.trim() : NOT_AGREED);
  const money = (n: number | null) => (n === null ? NOT_AGREED : formatMinor(n, terms.currency));
  return {
    "brand.legalName": orNot(terms.parties.brand.legalName),
    "brand.address": orNot(terms.parties.brand.address),
    "influencer.legalName": orNot(terms.parties.influencer.legalName),
    "influencer.email": orNot(terms.parties.influencer.email),
    "influencer.country": orNot(terms.parties.influencer.country),
    "guardian.name": orNot(terms.guardianName),
    deliverables: deliverablesText(terms),
    fee: money(terms.feeMinor),
    product: orNot(terms.product),
    productValue: money(terms.productValueMinor),
    paymentNetDays: terms.paymentNetDays === 0 ? "on receipt of an invoice" : `within ${daysText(terms.paymentNetDays)}`,
    paymentSchedule: scheduleText(terms),
    "usage.grants": usageGrants(terms),
    "usage.duration": daysText(terms.usage.durationDays),
    "usage.territories": terms.usage.territories.length > 0 ? terms.usage.territories.join(", ") : NOT_AGREED,
    "exclusivity.category": orNot(terms.exclusivity?.category),
    "exclusivity.duration": daysText(terms.exclusivity?.durationDays ?? null),
    approvalRounds: terms.approvalRounds === null ? NOT_AGREED : terms.approvalRounds === 1 ? "1 round" : `${terms.approvalRounds} rounds`,
    approvalTurnaround: daysText(terms.approvalTurnaroundDays),
    killFeePercent: terms.killFeePercent === null ? NOT_AGREED : `${terms.killFeePercent} %`,
    disclosure: disclosureText(terms),
    ip: ipText(terms),
    terminationNotice: daysText(terms.terminationNoticeDays),
    governingLaw: terms.governingLaw.trim() !== "" ? `the law of ${terms.governingLaw.trim()}` : NOT_AGREED,
    specialTerms: orNot(terms.specialTerms),
  };
}

/** Whether a clause with this condition belongs in a contract with these terms. */
export function clauseApplies(condition: ClauseCondition, terms: ContractTerms): boolean {
  switch (condition) {
    case "always":
      return true;
    case "cash_fee":
      return (terms.feeMinor ?? 0) > 0;
    case "product":
      return (terms.product ?? "").trim() !== "";
    case "usage":
      return terms.usage.organic || terms.usage.paid || terms.usage.sparkAds;
    case "spark_ads":
      return terms.usage.sparkAds;
    case "exclusivity":
      return terms.exclusivity !== null;
    case "approval":
      return (terms.approvalRounds ?? 0) > 0;
    case "kill_fee":
      return (terms.killFeePercent ?? 0) > 0;
    case "disclosure":
      return terms.disclosureClause;
    case "morality":
      return terms.moralityClause;
    case "minor":
      return terms.influencerIsMinor;
    case "special_terms":
      return (terms.specialTerms ?? "").trim() !== "";
  }
}

export function renderContract(terms: ContractTerms, template: ContractTemplateContent): RenderedSection[] {
  const values = mergeValues(terms);
  return template.clauses
    .filter((clause) => clauseApplies(clause.include, terms))
    .map((clause, i) => ({
      number: i + 1,
      key: clause.key,
      title: clause.title,
      text: clause.body.replace(MERGE_FIELD_PATTERN, (whole, name: string) => (name in values ? values[name as MergeField] : whole)),
    }));
}

/** The whole contract as one plain text: "1. Parties\n<text>\n\n2. …". */
export function contractPlainText(sections: readonly RenderedSection[]): string {
  return sections.map((s) => `${s.number}. ${s.title}\n${s.text}`).join("\n\n");
}
