"use server";

// Creator payments and product shipments, from the collaboration page. Business rules live in
// lib/contracts/payments.ts and lib/contracts/seeding.ts.
import { workspaceAction } from "@/lib/auth/workspace-action";
import { reversePaymentRecord } from "@/lib/contracts/payment-corrections";
import { recordPayment } from "@/lib/contracts/payments";
import { recordShipment } from "@/lib/contracts/seeding";
import { recordPaymentSchema, recordShipmentSchema, reversePaymentRecordSchema } from "@/lib/contracts/seeding-schemas";

export const recordPaymentAction = workspaceAction("contracts.write", recordPaymentSchema, (input, ctx) =>
  recordPayment({ workspaceId: ctx.workspace.id, actorId: ctx.user.id, input }),
);

export const reversePaymentRecordAction = workspaceAction("contracts.write", reversePaymentRecordSchema, (input, ctx) =>
  reversePaymentRecord({ workspaceId: ctx.workspace.id, actorId: ctx.user.id, input }),
);

export const recordShipmentAction = workspaceAction("campaigns.write", recordShipmentSchema, (input, ctx) =>
  recordShipment({ workspaceId: ctx.workspace.id, actorId: ctx.user.id, input }),
);
