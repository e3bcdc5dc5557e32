/**
 * Contract templates: clauses with merge fields, their zod schema, and the default template that
 * ships with every workspace (an admin edits its clauses and adds their own).
 *
 * Pure module. A clause is `{ key, title, body, include }`: `body` is plain text with merge fields
 * `{{name}}` (the list is MERGE_FIELDS; an unknown name is refused when the template is saved), and
 * `include` says when the clause applies (a kill-fee clause only with a kill fee, a guardian clause
 * only for a minor). The wording follows the structure of the ISBA influencer templates (README
 * "Domain rules": contracts) and the disclosure rules of FTC 16 CFR 255 and the CAP Code.
 */
import { z } from "zod";

import { CLAUSE_CONDITIONS, unknownMergeFields } from "./merge-fields";

export { CLAUSE_CONDITIONS, MERGE_FIELD_PATTERN, MERGE_FIELDS, unknownMergeFields } from "./merge-fields";
export type { ClauseCondition, MergeField } from "./merge-fields";

export const contractClauseSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, "Use lower-case letters, digits and _ for a clause key"),
    title: z.string().trim().min(1, "Give the clause a title").max(120),
    body: z.string().trim().min(1, "The clause has no text").max(10_000),
    include: z.enum(CLAUSE_CONDITIONS).default("always"),
  })
  .superRefine((clause, ctx) => {
    const unknown = unknownMergeFields(clause.body);
    if (unknown.length > 0) {
      ctx.addIssue({ code: "custom", path: ["body"], message: `Unknown merge field: ${unknown.map((u) => `{{${u}}}`).join(", ")}` });
    }
  });
export type ContractClause = z.infer<typeof contractClauseSchema>;

export const contractTemplateSchema = z.object({
  clauses: z
    .array(contractClauseSchema)
    .min(1, "A template needs at least one clause")
    .max(60)
    .refine((clauses) => new Set(clauses.map((c) => c.key)).size === clauses.length, "Two clauses have the same key"),
});
export type ContractTemplateContent = z.infer<typeof contractTemplateSchema>;

/** The template every workspace starts with. */
export const DEFAULT_CONTRACT_TEMPLATE: ContractTemplateContent = {
  clauses: [
    {
      key: "parties",
      title: "Parties",
      include: "always",
      body: 'This agreement is between {{brand.legalName}}, {{brand.address}} (the "Brand"), and {{influencer.legalName}} ({{influencer.email}}, {{influencer.country}}) (the "Creator").',
    },
    {
      key: "guardian",
      title: "Parent or guardian",
      include: "minor",
      body: "The Creator is under the age of majority. {{guardian.name}}, as the Creator's parent or legal guardian, agrees to this agreement on the Creator's behalf and is responsible for the Creator's obligations under it.",
    },
    {
      key: "deliverables",
      title: "Deliverables",
      include: "always",
      body: "The Creator will create and publish the following content by the dates given:\n{{deliverables}}\nThe content is the Creator's own work, made in the Creator's own style.",
    },
    {
      key: "approval",
      title: "Content approval",
      include: "approval",
      body: "The Creator will share each piece of content before publishing it. The Brand may ask for up to {{approvalRounds}} of changes and will reply within {{approvalTurnaround}} of receiving a draft; without a reply in that time the draft counts as approved. Changes are limited to accuracy, brand safety and legal requirements.",
    },
    {
      key: "fee",
      title: "Fee and payment",
      include: "cash_fee",
      body: "The Brand will pay the Creator {{fee}}. Payment is due {{paymentNetDays}} after each milestone:\n{{paymentSchedule}}",
    },
    {
      key: "product",
      title: "Product",
      include: "product",
      body: "The Brand will send the Creator {{product}} (value {{productValue}}) free of charge. The Creator may keep it.",
    },
    {
      key: "usage",
      title: "Usage rights",
      include: "usage",
      body: "The Creator grants the Brand a non-exclusive licence to use the content as follows: {{usage.grants}}, for {{usage.duration}} from publication, in {{usage.territories}}. After that the Brand will not start new uses of the content.",
    },
    {
      key: "spark_ads",
      title: "Spark Ads authorisation",
      include: "spark_ads",
      body: "On request, the Creator will generate a TikTok Spark Ads authorisation code for the published content, valid for the usage period above, and will not revoke it before it ends.",
    },
    {
      key: "exclusivity",
      title: "Exclusivity",
      include: "exclusivity",
      body: "For {{exclusivity.duration}} from the first publication, the Creator will not promote competing products in the category {{exclusivity.category}}.",
    },
    {
      key: "disclosure",
      title: "Advertising disclosure",
      include: "disclosure",
      body: "{{disclosure}}",
    },
    {
      key: "ip",
      title: "Intellectual property",
      include: "always",
      body: "{{ip}}",
    },
    {
      key: "kill_fee",
      title: "Cancellation (kill fee)",
      include: "kill_fee",
      body: "If the Brand cancels this agreement for reasons other than the Creator's breach, the Brand will pay the Creator {{killFeePercent}} of the fee, plus any part of the fee already due for content published.",
    },
    {
      key: "morality",
      title: "Conduct",
      include: "morality",
      body: "Either party may end this agreement with immediate effect if the other acts in a way that brings it into serious public disrepute. The Creator confirms that their audience is genuine and not bought (no fake followers or engagement).",
    },
    {
      key: "termination",
      title: "Termination",
      include: "always",
      body: "Either party may end this agreement with {{terminationNotice}} written notice. Content already published and paid for stays licensed as agreed above.",
    },
    {
      key: "special_terms",
      title: "Other terms",
      include: "special_terms",
      body: "{{specialTerms}}",
    },
    {
      key: "governing_law",
      title: "Governing law",
      include: "always",
      body: "This agreement is governed by {{governingLaw}}.",
    },
  ],
};
