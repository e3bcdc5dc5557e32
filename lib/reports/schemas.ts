// Input schemas of client reports and their share links, shared by the forms and the actions.
import { z } from "zod";

import { REPORT_MODES, REPORT_SECTIONS, SHARE_LINK_EXPIRY_DAYS } from "./labels";

export {
  REPORT_MODES,
  REPORT_SECTIONS,
  SHARE_LINK_EXPIRY_DAYS,
  REPORT_MODE_LABELS,
  REPORT_SECTION_LABELS,
  type ReportMode,
  type ReportSection,
} from "./labels";

const id = z.string().trim().min(1).max(64);
const optionalId = z.union([z.literal("").transform(() => null), id, z.null()]).default(null);
const optionalDay = z.union([z.literal("").transform(() => null), z.iso.date({ error: "Use a real date" }), z.null()]).default(null);

export const createReportSchema = z
  .object({
    title: z.string().trim().min(2, "Give the report a title (2+ characters)").max(120, "Keep it under 120 characters"),
    campaignId: optionalId,
    from: optionalDay,
    to: optionalDay,
    sections: z
      .array(z.enum(REPORT_SECTIONS, { error: "Unknown section" }))
      .min(1, "Pick at least one section")
      .max(REPORT_SECTIONS.length)
      .transform((s) => REPORT_SECTIONS.filter((x) => s.includes(x))),
    comment: z.string().trim().max(5000, "Keep the comment under 5,000 characters").default(""),
    mode: z.enum(REPORT_MODES, { error: "Pick live or frozen" }),
  })
  .superRefine((v, ctx) => {
    if (!v.campaignId && (!v.from || !v.to))
      ctx.addIssue({
        code: "custom",
        path: [v.from ? "to" : "from"],
        message: "A report on the whole workspace needs a start and an end date",
      });
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
  });
export type CreateReportInput = z.output<typeof createReportSchema>;

export const reportIdSchema = z.object({ reportId: id });

export const createShareLinkSchema = z.object({
  reportId: id,
  expiresInDays: z.coerce
    .number({ error: "Pick an expiry" })
    .int()
    .refine((n) => (SHARE_LINK_EXPIRY_DAYS as readonly number[]).includes(n), "Pick an expiry"),
});
export type CreateShareLinkInput = z.output<typeof createShareLinkSchema>;

export const shareLinkIdSchema = z.object({ linkId: id });
