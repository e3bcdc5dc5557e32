// Creator payouts through Stripe Connect Express: the workspace's switch and the creator's
// onboarding (README "Billing" → "Creator payouts").
//
// On only when billing is configured AND an owner turned payouts on for the workspace; otherwise
// payments are recorded by hand (lib/contracts/payments.ts) and nothing here calls Stripe.
// One Express account per creator (influencer) per workspace, created with an idempotency key made
// of both ids, so two racing first clicks get the same account from Stripe; the unique
// (workspaceId, influencerId) keeps one row. The account's flags are Stripe's: re-read from Stripe
// when the creator comes back from onboarding and on the `account.updated` Connect webhook.
import type Stripe from "stripe";

import type { Prisma } from "../db";
import { db } from "../db";
import { appUrl } from "../env";
import { AppError } from "../errors";
import type { PortalContext } from "../portal/gate";
import { recordAudit } from "../workspaces/audit";
import { billingConfig, type BillingConfig } from "./config";
import { onboardingState, type OnboardingState } from "./payout-state";
import { stripeClient } from "./stripe";

type Reader = Pick<Prisma.TransactionClient, "workspaceBilling">;

/** True when billing is configured and the workspace turned payouts on. */
export async function payoutsActive(client: Reader, workspaceId: string): Promise<boolean> {
  if (!billingConfig()) return false;
  const row = await client.workspaceBilling.findUnique({ where: { workspaceId }, select: { payoutsEnabled: true } });
  return row?.payoutsEnabled ?? false;
}

function requireConnect(): BillingConfig {
  const config = billingConfig();
  if (!config) throw new AppError("NOT_FOUND", "Billing is not enabled on this installation.");
  return config;
}

/** Turns creator payouts on or off for the workspace (billing must be on). Audited. */
export async function setPayoutsEnabled(opts: { workspaceId: string; actorId: string; enabled: boolean }): Promise<{ enabled: boolean }> {
  requireConnect();
  const { workspaceId, enabled } = opts;
  return db.$transaction(async (tx) => {
    const before = await tx.workspaceBilling.findUnique({ where: { workspaceId }, select: { payoutsEnabled: true } });
    if ((before?.payoutsEnabled ?? false) === enabled) return { enabled };
    await tx.workspaceBilling.upsert({
      where: { workspaceId },
      create: { workspaceId, payoutsEnabled: enabled },
      update: { payoutsEnabled: enabled },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: enabled ? "billing.payouts_enabled" : "billing.payouts_disabled",
      targetType: "workspace",
      targetId: workspaceId,
    });
    return { enabled };
  });
}

const ACCOUNT_SELECT = {
  stripeAccountId: true,
  detailsSubmitted: true,
  payoutsEnabled: true,
  requirementsDue: true,
  refreshedAt: true,
} as const satisfies Prisma.CreatorPayoutAccountSelect;

export type PayoutAccountView = {
  state: OnboardingState;
  requirementsDue: string[];
  refreshedAt: Date | null;
};

function accountView(a: Prisma.CreatorPayoutAccountGetPayload<{ select: typeof ACCOUNT_SELECT }> | null): PayoutAccountView {
  return {
    state: onboardingState(a),
    requirementsDue: a?.requirementsDue ?? [],
    refreshedAt: a?.refreshedAt ?? null,
  };
}

/** The creator's onboarding, for the portal: null when payouts are off (the portal shows nothing then). */
export async function portalPayoutAccount(ctx: PortalContext): Promise<PayoutAccountView | null> {
  if (!(await payoutsActive(db, ctx.workspaceId))) return null;
  const a = await db.creatorPayoutAccount.findUnique({
    where: { workspaceId_influencerId: { workspaceId: ctx.workspaceId, influencerId: ctx.influencerId } },
    select: ACCOUNT_SELECT,
  });
  return accountView(a);
}

/** The creator's onboarding state as the marketer sees it (null: payouts off). */
export async function influencerPayoutAccount(workspaceId: string, influencerId: string): Promise<PayoutAccountView | null> {
  if (!(await payoutsActive(db, workspaceId))) return null;
  const a = await db.creatorPayoutAccount.findUnique({
    where: { workspaceId_influencerId: { workspaceId, influencerId } },
    select: ACCOUNT_SELECT,
  });
  return accountView(a);
}

function portalPayoutsUrl(token: string, step: "return" | "refresh"): string {
  return `${appUrl()}/i/${encodeURIComponent(token)}/payouts?step=${step}`;
}

/** The creator's Express account id, created at Stripe on first use. */
async function ensureAccount(config: BillingConfig, ctx: PortalContext): Promise<string> {
  const { workspaceId, influencerId } = ctx;
  const existing = await db.creatorPayoutAccount.findUnique({
    where: { workspaceId_influencerId: { workspaceId, influencerId } },
    select: { stripeAccountId: true },
  });
  if (existing) return existing.stripeAccountId;
  const influencer = await db.influencer.findUnique({
    where: { workspaceId_id: { workspaceId, id: influencerId } },
    select: { email: true, country: true },
  });
  if (!influencer) throw new AppError("NOT_FOUND", "Creator not found.");
  const account = await stripeClient(config).accounts.create(
    {
      type: "express",
      ...(influencer.email ? { email: influencer.email } : {}),
      ...(influencer.country && /^[A-Z]{2}$/.test(influencer.country) ? { country: influencer.country } : {}),
      capabilities: { transfers: { requested: true } },
      metadata: { workspaceId, influencerId },
    },
    { idempotencyKey: `creator-account-${workspaceId}-${influencerId}` },
  );
  // A racing first click got the same account (same idempotency key): the upsert is a no-op then.
  const row = await db.creatorPayoutAccount.upsert({
    where: { workspaceId_influencerId: { workspaceId, influencerId } },
    create: { workspaceId, influencerId, stripeAccountId: account.id },
    update: {},
    select: { stripeAccountId: true },
  });
  await writeAccountFlags(workspaceId, account);
  return row.stripeAccountId;
}

/**
 * An Account Link for the creator's onboarding at Stripe (the account is made on first use). The
 * link is single-use and short-lived: its return and refresh URLs come back to the portal, which
 * re-reads the account (return) or makes a fresh link (refresh).
 */
export async function startOnboarding(ctx: PortalContext, token: string): Promise<{ url: string }> {
  const config = requireConnect();
  if (!(await payoutsActive(db, ctx.workspaceId)))
    throw new AppError("NOT_FOUND", "Payouts through Stripe are not turned on for this collaboration.");
  const account = await ensureAccount(config, ctx);
  const link = await stripeClient(config).accountLinks.create({
    account,
    type: "account_onboarding",
    return_url: portalPayoutsUrl(token, "return"),
    refresh_url: portalPayoutsUrl(token, "refresh"),
  });
  return { url: link.url };
}

async function writeAccountFlags(workspaceId: string, account: Stripe.Account, now = new Date()): Promise<number> {
  const res = await db.creatorPayoutAccount.updateMany({
    where: { workspaceId, stripeAccountId: account.id },
    data: {
      detailsSubmitted: account.details_submitted ?? false,
      payoutsEnabled: account.payouts_enabled ?? false,
      chargesEnabled: account.charges_enabled ?? false,
      requirementsDue: (account.requirements?.currently_due ?? []).slice(0, 50),
      refreshedAt: now,
    },
  });
  return res.count;
}

/** Re-reads the creator's account from Stripe (back from onboarding). Nothing to do without an account or with payouts off. */
export async function refreshPortalAccount(ctx: PortalContext): Promise<PayoutAccountView | null> {
  const config = billingConfig();
  if (!config || !(await payoutsActive(db, ctx.workspaceId))) return null;
  const row = await db.creatorPayoutAccount.findUnique({
    where: { workspaceId_influencerId: { workspaceId: ctx.workspaceId, influencerId: ctx.influencerId } },
    select: { stripeAccountId: true },
  });
  if (row) await writeAccountFlags(ctx.workspaceId, await stripeClient(config).accounts.retrieve(row.stripeAccountId));
  return portalPayoutAccount(ctx);
}

/**
 * `account.updated` (Connect webhook): re-reads the account from Stripe and writes its flags on the
 * row that holds it. The event names only the account, so the row is found across workspaces by
 * Stripe's account id — deliberately unscoped, hence the name. Returns the job's outcome.
 */
export async function unsafeApplyAccountUpdated(config: BillingConfig, accountId: string): Promise<string> {
  const rows = await db.creatorPayoutAccount.findMany({ where: { stripeAccountId: accountId }, select: { workspaceId: true } });
  if (rows.length === 0) return `ignored: unknown account ${accountId.slice(0, 60)}`;
  const account = await stripeClient(config).accounts.retrieve(accountId);
  for (const r of rows) await writeAccountFlags(r.workspaceId, account);
  return `applied: account ${onboardingState({ detailsSubmitted: account.details_submitted ?? false, payoutsEnabled: account.payouts_enabled ?? false })}`;
}

/** Whether the workspace turned payouts on (the billing page's switch). */
export function workspacePayoutsEnabled(workspaceId: string): Promise<boolean> {
  return payoutsActive(db, workspaceId);
}
