// Input schemas of tracking links, campaign defaults, the destination allowlist and discount codes.
import { z } from "zod";

const id = z.string().trim().min(1).max(64);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
const utmValue = optionalText(100);
const expiry = z
  .string()
  .trim()
  .optional()
  .nullable()
  .transform((v, ctx) => {
    if (!v) return null;
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: "custom", message: "Enter a date and time." });
      return z.NEVER;
    }
    return d;
  });

export const createLinkSchema = z.object({
  collaborationId: id,
  deliverableId: optionalText(64),
  destinationUrl: optionalText(2048),
  utmSource: utmValue,
  utmMedium: utmValue,
  utmCampaign: utmValue,
  utmContent: utmValue,
  expiresAt: expiry,
  fallbackUrl: optionalText(2048),
});
export type CreateLinkInput = z.output<typeof createLinkSchema>;

export const linkIdSchema = z.object({ linkId: id });
export const setLinkPausedSchema = z.object({ linkId: id, paused: z.boolean() });
export const setLinkExpirySchema = z.object({ linkId: id, expiresAt: expiry, fallbackUrl: optionalText(2048) });

export const trackingDefaultsSchema = z.object({
  campaignId: id,
  destinationUrl: optionalText(2048),
  utmSource: z.string().trim().max(100).default("{platform}"),
  utmMedium: z.string().trim().max(100).default("influencer"),
  utmCampaign: z.string().trim().max(100).default("{campaign}"),
  utmContent: z.string().trim().max(100).default("{handle}"),
});

export const allowedDomainsSchema = z.object({
  domains: z
    .string()
    .max(4000)
    .transform((s) =>
      s
        .split(/[\s,]+/)
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
    ),
});

export const DISCOUNT_CODE = /^[A-Za-z0-9_-]{3,32}$/;
export const createDiscountCodeSchema = z
  .object({
    collaborationId: id,
    code: z
      .string()
      .trim()
      .optional()
      .nullable()
      .transform((v) => v || null)
      .refine((v) => v === null || DISCOUNT_CODE.test(v), "Use 3–32 letters, digits, - or _."),
    pattern: optionalText(40),
    description: optionalText(200),
    cap: z.coerce.number().int().min(1).max(10_000_000).optional().nullable(),
  })
  .refine((v) => v.code || v.pattern, { message: "Enter a code or a pattern to generate one from.", path: ["code"] });
export type CreateDiscountCodeInput = z.output<typeof createDiscountCodeSchema>;

export const discountCodeIdSchema = z.object({ discountCodeId: id });
