// The Stripe client, for the services that call Stripe (checkout.ts, webhooks.ts). Kept apart from
// config.ts so the services that only check limits don't load the SDK.
import Stripe from "stripe";

import type { BillingConfig } from "./config";

const globalForStripe = globalThis as unknown as { __stripe?: { key: string; client: Stripe } };

/** The Stripe client for the current configuration (one per key and API base). Only called with billing on. */
export function stripeClient(config: BillingConfig): Stripe {
  const key = `${config.secretKey}\u0000${config.apiUrl ?? ""}`;
  if (globalForStripe.__stripe?.key === key) return globalForStripe.__stripe.client;
  const base = config.apiUrl ? new URL(config.apiUrl) : null;
  const client = new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === "https:" ? "443" : "80"),
          protocol: base.protocol === "https:" ? "https" : "http",
        }
      : {}),
  });
  globalForStripe.__stripe = { key, client };
  return client;
}
