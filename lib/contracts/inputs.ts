/**
 * The zod input schemas of the brand-side contract actions (generate, save terms, send).. Terms are read
 * with contractTermsSchema, so a bad value comes back as a field error keyed "terms.<path>".
 */
import { z } from "zod";

import { contractTermsSchema } from "./schema";

const id = z.string().trim().min(1).max(40);

export const generateContractSchema = z.object({ collaborationId: id });
export const contractIdSchema = z.object({ contractId: id });
export const saveContractTermsSchema = z.object({
  contractId: id,
  terms: contractTermsSchema,
});
