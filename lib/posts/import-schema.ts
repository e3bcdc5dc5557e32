// Input of the metrics import form: the campaign, the file's text and the column mapping chosen.
import { z } from "zod";

import { METRIC_IMPORT_FIELDS } from "./import-rows";

/** The form reads the file in the browser; larger files go through `npm run import:metrics`. */
export const MAX_METRIC_IMPORT_CHARS = 2_000_000;

export const metricImportSchema = z.object({
  campaignId: z.string().trim().min(1).max(64),
  text: z.string().min(1, "Choose a CSV file.").max(MAX_METRIC_IMPORT_CHARS, "The file is larger than 2 MB; use npm run import:metrics."),
  mapping: z.record(z.string().max(200), z.enum(METRIC_IMPORT_FIELDS).nullable()).optional(),
});
