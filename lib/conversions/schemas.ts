// Inputs of the conversions actions and routes, shared by forms, actions and services.
import { z } from "zod";

const id = z.string().trim().min(1).max(64);

export const STORE_KINDS = ["shopify", "woocommerce"] as const;
export const STORE_KIND_LABELS: Record<"shopify" | "woocommerce" | "csv", string> = {
  shopify: "Shopify",
  woocommerce: "WooCommerce",
  csv: "CSV upload",
};

export const connectStoreSchema = z.object({
  kind: z.enum(STORE_KINDS, { error: "Choose Shopify or WooCommerce." }),
  name: z.string().trim().min(1, "Give the store a name.").max(80, "At most 80 characters."),
  shopDomain: z
    .string()
    .trim()
    .max(253)
    .transform((v) =>
      v
        .replace(/^https?:\/\//i, "")
        .replace(/\/.*$/, "")
        .toLowerCase(),
    )
    .refine((v) => v === "" || /^[a-z0-9.-]+\.[a-z]{2,}$/.test(v), "Enter a domain such as mystore.myshopify.com.")
    .transform((v) => (v === "" ? null : v))
    .optional()
    .default(""),
  // The signing secret: Shopify's webhook signing secret, WooCommerce's webhook "Secret".
  secret: z.string().trim().min(8, "Paste the webhook signing secret (at least 8 characters).").max(500),
});
export type ConnectStoreInput = z.output<typeof connectStoreSchema>;

export const connectionIdSchema = z.object({ connectionId: id });

export const ATTRIBUTED_BY = ["click", "code", "none"] as const;
export const ATTRIBUTED_BY_LABELS: Record<(typeof ATTRIBUTED_BY)[number], string> = {
  click: "Link click",
  code: "Discount code",
  none: "Unattributed",
};

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The Conversions page's filters, from the URL (anything unreadable is dropped, not an error). */
export const conversionFiltersSchema = z.object({
  campaign: id.optional().catch(undefined),
  influencer: id.optional().catch(undefined),
  by: z.enum(ATTRIBUTED_BY).optional().catch(undefined),
  from: day,
  to: day,
  cursor: z.string().trim().max(200).optional().catch(undefined),
});
export type ConversionFilters = z.output<typeof conversionFiltersSchema>;

// The file travels in a server action (Next's 1 MB body limit): about 8 000 orders per upload.
export const ORDER_CSV_MAX_BYTES = 900 * 1024;
export const ORDER_CSV_MAX_ROWS = 10_000;
