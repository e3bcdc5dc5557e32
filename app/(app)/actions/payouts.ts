"use server";

// Creator payouts through Stripe Connect (lib/billing/connect.ts, payouts.ts): turning them on for
// the workspace (billing.manage, as the rest of billing) and paying a scheduled payment with one
// click (payments.send: owners and admins by default — it moves the workspace's money at once, while
// members may only record payments made elsewhere).
import { workspaceAction } from "@/lib/auth/workspace-action";
import { setPayoutsEnabled } from "@/lib/billing/connect";
import { payCreatorPayment } from "@/lib/billing/payouts";
import { payCreatorPaymentSchema, setPayoutsSchema } from "@/lib/billing/schemas";

export const setPayoutsEnabledAction = workspaceAction("billing.manage", setPayoutsSchema, (input, { workspace, user }) =>
  setPayoutsEnabled({ workspaceId: workspace.id, actorId: user.id, enabled: input.enabled }),
);

export const payCreatorPaymentAction = workspaceAction("payments.send", payCreatorPaymentSchema, (input, { workspace, user }) =>
  payCreatorPayment({ workspaceId: workspace.id, actorId: user.id, paymentId: input.paymentId }),
);
