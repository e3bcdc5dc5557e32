// The billing switch. Billing is on only when STRIPE_SECRET_KEY is set (lib/env.ts then requires the
// webhook secret and the price ids); off, every workspace is unlimited, no billing UI renders and
// nothing calls Stripe. Read at call time, so a test can switch it for one file.
import Stripe from "stripe";

import { env } from "../env";
import type { PlanPrices } from "./plans";

export type BillingConfig = {
  secretKey: string;
  webhookSecret: string;
  prices: PlanPrices;
  trialDays: number;
  graceDays: number;
  apiUrl?: string;
};

export function billingConfig(): BillingConfig | null {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET || !env.STRIPE_PRICE_PRO_MONTHLY || !env.STRIPE_PRICE_AGENCY_MONTHLY)
    return null;
  return {
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    prices: {
      pro: { monthly: env.STRIPE_PRICE_PRO_MONTHLY, yearly: env.STRIPE_PRICE_PRO_YEARLY },
      agency: { monthly: env.STRIPE_PRICE_AGENCY_MONTHLY, yearly: env.STRIPE_PRICE_AGENCY_YEARLY },
    },
    trialDays: env.STRIPE_TRIAL_DAYS,
    graceDays: env.BILLING_GRACE_DAYS,
    apiUrl: env.STRIPE_API_URL,
  };
}

export function billingEnabled(): boolean {
  return billingConfig() !== null;
}

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
