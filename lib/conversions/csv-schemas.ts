// Inputs of the orders-CSV actions: the file's text as read in the browser, the column mapping and
// an optional currency for files without a currency column.
import { z } from "zod";

import { ORDER_FIELDS } from "./order-fields";
import { ORDER_CSV_MAX_BYTES } from "./schemas";

const csvText = z
  .string()
  .min(1, "Choose a CSV file.")
  .max(ORDER_CSV_MAX_BYTES, `The file is larger than ${ORDER_CSV_MAX_BYTES / 1024} KB; split it into smaller files.`);

export const previewOrderCsvSchema = z.object({ csv: csvText });

export const importOrderCsvSchema = z.object({
  csv: csvText,
  mapping: z.record(z.string().max(200), z.enum(ORDER_FIELDS).nullable()),
  defaultCurrency: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v.toUpperCase()))
    .refine((v) => v === null || /^[A-Z]{3}$/.test(v), "Enter a three-letter currency code such as USD.")
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});
