// Upgrading and managing a subscription: the workspace's Stripe customer (created once), a Checkout
// session in subscription mode, and a Customer Portal session (card, invoices, plan change, cancel).
// Tax and promotion codes are Stripe's business: Checkout offers promotion codes, nothing more here.
import type { z } from "zod";

import { db } from "../db";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { billingConfig, type BillingConfig } from "./config";
import type { upgradeSchema } from "./schemas";
import { stripeClient } from "./stripe";

function requireBilling(): BillingConfig {
  const config = billingConfig();
  if (!config) throw new AppError("NOT_FOUND", "Billing is not enabled on this installation.");
  return config;
}

/**
 * The workspace's Stripe customer id, created on first use. The idempotency key makes two racing
 * first uses get the same customer from Stripe; the unique column keeps one per workspace here.
 */
export async function ensureCustomer(workspace: { id: string; name: string }, email: string): Promise<string> {
  const config = requireBilling();
  const existing = await db.workspaceBilling.findUnique({ where: { workspaceId: workspace.id }, select: { stripeCustomerId: true } });
  if (existing?.stripeCustomerId) return existing.stripeCustomerId;
  const customer = await stripeClient(config).customers.create(
    { name: workspace.name, email, metadata: { workspaceId: workspace.id } },
    { idempotencyKey: `workspace-customer-${workspace.id}` },
  );
  await db.workspaceBilling.upsert({
    where: { workspaceId: workspace.id },
    create: { workspaceId: workspace.id, stripeCustomerId: customer.id },
    update: { stripeCustomerId: customer.id },
  });
  const again = await db.workspaceBilling.findUniqueOrThrow({ where: { workspaceId: workspace.id }, select: { stripeCustomerId: true } });
  return again.stripeCustomerId ?? customer.id;
}

export type UpgradeInput = z.output<typeof upgradeSchema>;

/** A Checkout session URL for upgrading to `plan`. Refused while a subscription is live: that is the portal's job. */
export async function startCheckout(opts: {
  workspace: { id: string; slug: string; name: string };
  user: { email: string };
  input: UpgradeInput;
}): Promise<{ url: string }> {
  const config = requireBilling();
  const { workspace, input } = opts;
  const price = config.prices[input.plan][input.interval];
  if (!price) throw new AppError("BAD_REQUEST", `The ${input.plan} plan is not offered ${input.interval}.`);
  const current = await db.workspaceBilling.findUnique({ where: { workspaceId: workspace.id }, select: { status: true } });
  if (current && ["active", "trialing", "past_due", "unpaid"].includes(current.status)) {
    throw new AppError("CONFLICT", "This workspace already has a subscription: change the plan in the customer portal.");
  }
  const customer = await ensureCustomer(workspace, opts.user.email);
  const back = `${appUrl()}/w/${workspace.slug}/settings/billing`;
  const session = await stripeClient(config).checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: workspace.id,
    line_items: [{ price, quantity: 1 }],
    allow_promotion_codes: true,
    subscription_data: {
      metadata: { workspaceId: workspace.id },
      ...(config.trialDays > 0 ? { trial_period_days: config.trialDays } : {}),
    },
    metadata: { workspaceId: workspace.id },
    success_url: `${back}?checkout=success`,
    cancel_url: `${back}?checkout=canceled`,
  });
  if (!session.url) throw new AppError("CONFLICT", "Stripe did not return a checkout page. Please try again.");
  return { url: session.url };
}

/** A Customer Portal session URL. Needs a customer: one exists after the first checkout. */
export async function openPortal(opts: { workspace: { id: string; slug: string } }): Promise<{ url: string }> {
  const config = requireBilling();
  const row = await db.workspaceBilling.findUnique({ where: { workspaceId: opts.workspace.id }, select: { stripeCustomerId: true } });
  if (!row?.stripeCustomerId) throw new AppError("CONFLICT", "This workspace has no billing account yet: choose a plan first.");
  const session = await stripeClient(config).billingPortal.sessions.create({
    customer: row.stripeCustomerId,
    return_url: `${appUrl()}/w/${opts.workspace.slug}/settings/billing`,
  });
  return { url: session.url };
}
