// Inputs of the billing actions.
import { z } from "zod";

export const upgradeSchema = z.object({ plan: z.enum(["pro", "agency"]), interval: z.enum(["monthly", "yearly"]) });
export const openPortalSchema = z.object({});
export const setPayoutsSchema = z.object({ enabled: z.boolean() });
export const payCreatorPaymentSchema = z.object({ paymentId: z.string().trim().min(1).max(64) });
