/**
 * Contract readiness: what stops a contract from being sent (errors) and what is worth a second look
 * (warnings). Pure module; runs in the browser for the editor's live findings and on the server
 * before "Send for signature".
 *
 * `checkContract(terms)` returns `{ ready, findings }`; `ready` is true when no finding is an error.
 * Findings come in a fixed order (the order of the rules below, deliverables by index), so the
 * result is deterministic. Rules (README "Domain rules": contracts; the seed article "skipping the
 * contract" mistake — deliverables, payment terms and usage rights, stated clearly):
 *
 * Errors
 * - NO_DELIVERABLES        no deliverable, or every deliverable has count 0.
 * - DELIVERABLE_NO_DUE_DATE one per deliverable without a due date (field `deliverables[i].dueDate`).
 * - NO_COMPENSATION        no cash fee (null or 0) and no product (null or blank).
 * - NO_PAYMENT_TERMS       a cash fee (> 0) with paymentNetDays null. Net 0 (on receipt) is a term.
 *                          A product-only deal needs no payment terms.
 * - FEE_MISMATCH           agreedFeeMinor is known and differs from the fee (a null fee counts as 0).
 * - MILESTONES_NOT_100     milestones given and their percents do not add up to exactly 100
 *                          (99 and 101 are errors; [] means the whole fee at once).
 * - PAID_USAGE_NO_TERM     paid usage or Spark Ads granted with no duration (null or 0 days).
 * - NO_DISCLOSURE_CLAUSE   the disclosure obligation is left out (FTC 16 CFR 255 / the CAP Code).
 * - EXCLUSIVITY_NO_END     exclusivity with no duration (null or 0 days).
 * - MINOR_NO_GUARDIAN      the influencer is a minor and no guardian is named (blank counts as none).
 *
 * Warnings
 * - SLOW_PAYMENT           a cash fee paid later than net-30 (31 and more; net-30 is the norm).
 * - NO_KILL_FEE            a cash fee and no kill fee (null or 0 %).
 * - NO_APPROVAL_ROUNDS     approval rounds not agreed (null or 0).
 */
import type { ContractDeliverable, ContractJurisdiction, PaymentMilestone } from "./schema";

export const CONTRACT_ERROR_CODES = [
  "NO_DELIVERABLES",
  "DELIVERABLE_NO_DUE_DATE",
  "NO_COMPENSATION",
  "NO_PAYMENT_TERMS",
  "FEE_MISMATCH",
  "MILESTONES_NOT_100",
  "PAID_USAGE_NO_TERM",
  "NO_DISCLOSURE_CLAUSE",
  "EXCLUSIVITY_NO_END",
  "MINOR_NO_GUARDIAN",
] as const;
export const CONTRACT_WARNING_CODES = ["SLOW_PAYMENT", "NO_KILL_FEE", "NO_APPROVAL_ROUNDS"] as const;
export type ContractFindingCode = (typeof CONTRACT_ERROR_CODES)[number] | (typeof CONTRACT_WARNING_CODES)[number];

export interface ContractFinding {
  code: ContractFindingCode;
  severity: "error" | "warning";
  /** The terms field the finding is about, as a path: "feeMinor", "deliverables[2].dueDate", "usage.durationDays". */
  field: string;
  message: string;
}

export interface ContractCheck {
  ready: boolean;
  findings: ContractFinding[];
}

/** The part of the terms the check reads: the readiness shape (ContractTerms is a superset). */
export interface ContractCheckInput {
  currency: string;
  feeMinor: number | null;
  product: string | null;
  agreedFeeMinor: number | null;
  deliverables: readonly Pick<ContractDeliverable, "type" | "platform" | "count" | "dueDate">[];
  paymentNetDays: number | null;
  paymentMilestones: readonly Pick<PaymentMilestone, "percent" | "when">[];
  usage: { organic: boolean; paid: boolean; sparkAds: boolean; durationDays: number | null };
  exclusivity: { category: string; durationDays: number | null } | null;
  approvalRounds: number | null;
  killFeePercent: number | null;
  disclosureClause: boolean;
  jurisdiction: ContractJurisdiction;
  influencerIsMinor: boolean;
  guardianName: string | null;
}

/** Net days above this are SLOW_PAYMENT (net-30 is the norm, README "Domain rules": contracts). */
export const NORMAL_NET_DAYS = 30;

function positive(n: number | null | undefined): n is number {
  return typeof n === "number" && n > 0;
}

export function checkContract(terms: ContractCheckInput): ContractCheck {
  const findings: ContractFinding[] = [];
  const error = (code: ContractFindingCode, field: string, message: string) => findings.push({ code, severity: "error", field, message });
  const warning = (code: ContractFindingCode, field: string, message: string) =>
    findings.push({ code, severity: "warning", field, message });

  const hasFee = positive(terms.feeMinor);
  const hasProduct = (terms.product ?? "").trim() !== "";

  if (terms.deliverables.every((d) => d.count <= 0)) {
    error("NO_DELIVERABLES", "deliverables", "Add at least one deliverable: what the creator will post, where and how many.");
  }
  terms.deliverables.forEach((d, i) => {
    if (d.count > 0 && !d.dueDate) {
      error("DELIVERABLE_NO_DUE_DATE", `deliverables[${i}].dueDate`, `Deliverable ${i + 1} has no due date.`);
    }
  });

  if (!hasFee && !hasProduct) {
    error("NO_COMPENSATION", "feeMinor", "State what the creator gets: a cash fee, a product, or both.");
  }
  if (hasFee && terms.paymentNetDays === null) {
    error("NO_PAYMENT_TERMS", "paymentNetDays", "A cash fee needs payment terms: within how many days it is paid.");
  }
  if (terms.agreedFeeMinor !== null && (terms.feeMinor ?? 0) !== terms.agreedFeeMinor) {
    error("FEE_MISMATCH", "feeMinor", "The fee differs from the fee agreed on the collaboration.");
  }
  if (terms.paymentMilestones.length > 0) {
    const total = terms.paymentMilestones.reduce((sum, m) => sum + m.percent, 0);
    if (total !== 100) {
      error("MILESTONES_NOT_100", "paymentMilestones", `The payment milestones add up to ${total} %, not 100 %.`);
    }
  }
  if ((terms.usage.paid || terms.usage.sparkAds) && !positive(terms.usage.durationDays)) {
    error(
      "PAID_USAGE_NO_TERM",
      "usage.durationDays",
      "Paid usage and Spark Ads need a duration: for how many days the brand may use the content.",
    );
  }
  if (!terms.disclosureClause) {
    const rule = terms.jurisdiction === "UK" ? "the ASA/CMA rules" : "the FTC Endorsement Guides";
    error("NO_DISCLOSURE_CLAUSE", "disclosureClause", `Keep the disclosure clause: ${rule} require sponsored posts to be labelled.`);
  }
  if (terms.exclusivity && !positive(terms.exclusivity.durationDays)) {
    error("EXCLUSIVITY_NO_END", "exclusivity.durationDays", "Exclusivity needs an end: for how many days it lasts.");
  }
  if (terms.influencerIsMinor && (terms.guardianName ?? "").trim() === "") {
    error("MINOR_NO_GUARDIAN", "guardianName", "The creator is a minor: name the parent or guardian who signs with them.");
  }

  if (hasFee && terms.paymentNetDays !== null && terms.paymentNetDays > NORMAL_NET_DAYS) {
    warning("SLOW_PAYMENT", "paymentNetDays", `Net-${terms.paymentNetDays} is slower than the usual net-30; creators notice late payment.`);
  }
  if (hasFee && !positive(terms.killFeePercent)) {
    warning("NO_KILL_FEE", "killFeePercent", "No kill fee: say what the creator is paid if the brand cancels.");
  }
  if (!positive(terms.approvalRounds)) {
    warning("NO_APPROVAL_ROUNDS", "approvalRounds", "Agree how many rounds of changes the brand may ask for.");
  }

  return { ready: findings.every((f) => f.severity !== "error"), findings };
}
