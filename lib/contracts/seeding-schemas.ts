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

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, and XK (Kosovo: user-assigned, but the code
 * carriers and the EU use). Intl also names withdrawn and reserved codes (DD "Germany", YU and CS
 * "Serbia", UK "United Kingdom" beside GB) and places that are no ISO country (AC, IC, EA), so the
 * list read from Intl alone offered 16 countries a second time, under codes carriers don't take.
 */
const COUNTRY_CODES = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
    "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
    "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
    "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK"
  ).split(" "),
);

/** The English name of an ISO 3166-1 alpha-2 country code (upper case), or null for any other string. */
export function countryName(code: string): string | null {
  if (!COUNTRY_CODES.has(code)) return null;
  const name = REGION_NAMES.of(code);
  return name && name !== code ? name : null;
}

let countries: { code: string; name: string }[] | undefined;
/** Every country, each once, sorted by name: the address form's choices. */
export function countryOptions(): { code: string; name: string }[] {
  countries ??= [...COUNTRY_CODES]
    .flatMap((code) => {
      const name = countryName(code);
      return name ? [{ code, name }] : [];
    })
    .sort((x, y) => x.name.localeCompare(y.name));
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
