// The billing switch. Billing is on only when STRIPE_SECRET_KEY is set (lib/env.ts then requires the
// webhook secret and the price ids); off, every workspace is unlimited, no billing UI renders and
// nothing calls Stripe. Read at call time, so a test can switch it for one file.
import { env } from "../env";
import type { PlanPrices } from "./plans";

export type BillingConfig = {
  secretKey: string;
  webhookSecret: string;
  /** The Connect endpoint's own signing secret, when it has one. */
  connectWebhookSecret?: string;
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
    connectWebhookSecret: env.STRIPE_CONNECT_WEBHOOK_SECRET,
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
