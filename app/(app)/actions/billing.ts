"use server";

// Server actions for billing: open Stripe Checkout or the Customer Portal (billing.manage only).
import { workspaceAction } from "@/lib/auth/workspace-action";
import { openPortal, startCheckout } from "@/lib/billing/checkout";
import { openPortalSchema, upgradeSchema } from "@/lib/billing/schemas";

export const startCheckoutAction = workspaceAction("billing.manage", upgradeSchema, async (input, { workspace, user }) =>
  startCheckout({ workspace, user, input }),
);

export const openPortalAction = workspaceAction("billing.manage", openPortalSchema, async (_input, { workspace }) =>
  openPortal({ workspace }),
);
