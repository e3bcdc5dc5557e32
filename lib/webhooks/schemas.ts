// Inputs of Settings → Webhooks, shared by the form, the actions and the services.
import { z } from "zod";

import { WEBHOOK_EVENT_TYPES } from "./events";

export const MAX_URL_LENGTH = 2048;

const url = z.string().trim().min(1, "Enter the URL that receives the events").max(MAX_URL_LENGTH);
const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Unknown event type" }))
  .min(1, "Choose at least one event")
  .transform((v) => [...new Set(v)]);
const description = z.string().trim().max(200, "At most 200 characters").default("");

export const createWebhookEndpointSchema = z.object({ url, description, events });
export type CreateWebhookEndpointInput = z.output<typeof createWebhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ endpointId: z.string().min(1).max(64) });

export const updateWebhookEndpointSchema = z.object({
  endpointId: z.string().min(1).max(64),
  url,
  description,
  events,
  enabled: z.boolean(),
});
export type UpdateWebhookEndpointInput = z.output<typeof updateWebhookEndpointSchema>;

export const redeliverSchema = z.object({ deliveryId: z.string().min(1).max(64) });
