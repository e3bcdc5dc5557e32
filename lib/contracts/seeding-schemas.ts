/**
 * Inputs of creator payments and product seeding: recording and reversing a payment, the creator's shipping
 * address, a shipment. Pure module (zod and Intl only).
 */
import { z } from "zod";

const isoDate = z.iso.date("Enter a date such as 2026-07-01");

export const recordPaymentSchema = z.object({
  paymentId: z.string().min(1).max(64),
  /** In currency units as typed ("150" or "150.50"); the service converts it with the payment's currency. */
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,3})?$/, "Enter an amount such as 150 or 150.50")
    .refine((v) => Number(v) > 0, "Enter an amount greater than 0"),
  paidOn: isoDate,
  reference: z.string().trim().max(200, "Keep the reference under 200 characters").default(""),
});
export type RecordPaymentInput = z.output<typeof recordPaymentSchema>;

/** Reversing a recorded payment (a wrong amount, the wrong milestone, a bounced transfer): why is required. */
export const reversePaymentRecordSchema = z.object({
  recordId: z.string().min(1).max(64),
  reason: z
    .string()
    .trim()
    .min(3, "Say why this payment is reversed (at least 3 characters)")
    .max(500, "Keep the reason under 500 characters"),
});
export type ReversePaymentRecordInput = z.output<typeof reversePaymentRecordSchema>;

const REGION_NAMES = new Intl.DisplayNames(["en"], { type: "region" });
// Codes Intl names that are not places a parcel can go to.
const NOT_COUNTRIES = new Set([
  "EU",
  "EZ",
  "UN",
  "ZZ",
  "QO",
  "XA",
  "XB",
  "AA",
  "QM",
  "QN",
  "QP",
  "QQ",
  "QR",
  "QS",
  "QT",
  "QU",
  "QV",
  "QW",
  "QX",
  "QY",
  "QZ",
]);

/** The English name of an ISO 3166-1 alpha-2 code, or null when it names no country. */
export function countryName(code: string): string | null {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return null;
  try {
    const name = REGION_NAMES.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

let countries: { code: string; name: string }[] | undefined;
/** Every country Intl knows, sorted by name: the address form's choices. */
export function countryOptions(): { code: string; name: string }[] {
  if (!countries) {
    const out: { code: string; name: string }[] = [];
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = countryName(code);
        if (name) out.push({ code, name });
      }
    countries = out.sort((x, y) => x.name.localeCompare(y.name));
  }
  return countries;
}

// Postcode shapes for the countries we see most; elsewhere letters, digits, spaces and dashes.
const POSTCODES: Record<string, { re: RegExp; example: string }> = {
  US: { re: /^\d{5}(-\d{4})?$/, example: "94103 or 94103-1234" },
  GB: { re: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, example: "SW1A 1AA" },
  CA: { re: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, example: "K1A 0B1" },
  DE: { re: /^\d{5}$/, example: "10115" },
  FR: { re: /^\d{5}$/, example: "75001" },
  AU: { re: /^\d{4}$/, example: "2000" },
  NL: { re: /^\d{4} ?[A-Z]{2}$/i, example: "1012 AB" },
};
// Countries where addresses have no postcode.
const NO_POSTCODE = new Set(["AE", "AG", "AO", "BS", "BZ", "FJ", "GH", "HK", "IE", "JM", "MO", "QA", "ZW"]);

const line = (label: string, max: number) => z.string().trim().max(max, `Keep ${label} under ${max} characters`);

export const shippingAddressSchema = z
  .object({
    recipientName: line("the name", 200).min(1, "Enter the name to ship to"),
    addressLine1: line("the address", 200).min(1, "Enter the street address"),
    addressLine2: line("the address", 200).default(""),
    city: line("the city", 100).min(1, "Enter the city"),
    region: line("the region", 100).default(""),
    postcode: line("the postcode", 20).default(""),
    country: z
      .string()
      .trim()
      .transform((c) => c.toUpperCase())
      .refine((c) => countryName(c) !== null, "Choose a country"),
  })
  .superRefine((a, ctx) => {
    if (NO_POSTCODE.has(a.country)) return;
    if (!a.postcode) {
      ctx.addIssue({ code: "custom", path: ["postcode"], message: "Enter the postcode" });
      return;
    }
    const rule = POSTCODES[a.country];
    if (rule && !rule.re.test(a.postcode))
      ctx.addIssue({ code: "custom", path: ["postcode"], message: `Enter a postcode such as ${rule.example}` });
    else if (!rule && !/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(a.postcode))
      ctx.addIssue({ code: "custom", path: ["postcode"], message: "Use letters, digits, spaces and dashes only" });
  });
export type ShippingAddress = z.output<typeof shippingAddressSchema>;

export const recordShipmentSchema = z.object({
  collaborationId: z.string().min(1).max(64),
  carrier: line("the carrier", 100).min(1, "Enter the carrier"),
  trackingNumber: line("the tracking number", 100)
    .min(1, "Enter the tracking number")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "Use letters, digits, spaces and dashes only"),
  shippedOn: isoDate,
});
export type RecordShipmentInput = z.output<typeof recordShipmentSchema>;
