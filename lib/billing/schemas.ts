// Inputs of the billing actions.
import { z } from "zod";

export const upgradeSchema = z.object({ plan: z.enum(["pro", "agency"]), interval: z.enum(["monthly", "yearly"]) });
export const openPortalSchema = z.object({});
