/**
 * Correcting a recorded creator payment, append-only: a record is never edited or deleted; a
 * reversing entry with the negated amount and a reason cancels it (PaymentRecord.reversesId), and
 * the right payment, if any, is recorded again with recordPayment. The payment's state is computed
 * from the sum of its records (payment-state.ts), so it recomputes by itself. Every reversal is in
 * the workspace's audit log.
 *
 * Refused: a record of another workspace (not found), a reversal itself (record the payment again
 * instead), a Stripe Connect transfer's record (reversed at Stripe, recorded from its webhook), and a
 * record already reversed — also when two people reverse it at once (the payment
 * row is locked, and a record's reversal is unique).
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatMinorUnits } from "@/lib/metrics";
import { zonedDay } from "@/lib/time-zone";

import { isStripeTransferRecord, outstandingMinor } from "./payment-state";
import type { ReversePaymentRecordInput } from "./seeding-schemas";

export async function reversePaymentRecord(opts: { workspaceId: string; actorId: string; input: ReversePaymentRecordInput; now?: Date }) {
  const { workspaceId, input } = opts;
  return db.$transaction(async (tx) => {
    const record = await tx.paymentRecord.findUnique({
      where: { workspaceId_id: { workspaceId, id: input.recordId } },
      select: { paymentId: true },
    });
    if (!record) throw new AppError("NOT_FOUND", "Payment record not found.");
    // The payment row's lock orders this against recordPayment and another reversal.
    await tx.$queryRaw`SELECT "id" FROM "CreatorPayment" WHERE "workspaceId" = ${workspaceId} AND "id" = ${record.paymentId} FOR UPDATE`;
    const original = await tx.paymentRecord.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId, id: input.recordId } },
      select: {
        amountMinor: true,
        currency: true,
        paidOn: true,
        reference: true,
        reversesId: true,
        reversedBy: { select: { createdAt: true } },
      },
    });
    if (original.reversesId) {
      throw new AppError("UNPROCESSABLE", "This entry is itself a reversal and can't be reversed. Record the payment again instead.");
    }
    if (original.reversedBy) {
      throw new AppError("CONFLICT", `This payment was already reversed on ${original.reversedBy.createdAt.toISOString().slice(0, 10)}.`);
    }
    const sentThrough = await tx.creatorPayment.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId, id: record.paymentId } },
      select: { transferId: true },
    });
    if (isStripeTransferRecord(original.reference, sentThrough.transferId)) {
      throw new AppError(
        "UNPROCESSABLE",
        "This payment was sent through Stripe, so it can only be taken back there: reverse the transfer in Stripe's dashboard, and the schedule shows it owed again when Stripe reports the reversal.",
      );
    }
    const w = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { timeZone: true } });
    const today = zonedDay(opts.now ?? new Date(), w.timeZone);
    const reversal = await tx.paymentRecord.create({
      data: {
        workspaceId,
        paymentId: record.paymentId,
        amountMinor: -original.amountMinor,
        currency: original.currency,
        paidOn: new Date(`${today}T00:00:00Z`),
        reference: original.reference,
        reversesId: input.recordId,
        reason: input.reason,
        recordedById: opts.actorId,
      },
      select: { id: true },
    });
    const amountMinor = Number(original.amountMinor);
    await tx.auditLog.create({
      data: {
        workspaceId,
        actorId: opts.actorId,
        action: "payment.reversed",
        targetType: "creator_payment",
        targetId: record.paymentId,
        metadata: {
          recordId: input.recordId,
          reversalId: reversal.id,
          amountMinor,
          currency: original.currency,
          paidOn: original.paidOn.toISOString().slice(0, 10),
          reason: input.reason,
        },
      },
    });
    const payment = await tx.creatorPayment.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId, id: record.paymentId } },
      select: { amountMinor: true, records: { select: { amountMinor: true } } },
    });
    const paidMinor = payment.records.reduce((sum, r) => sum + Number(r.amountMinor), 0);
    return {
      id: reversal.id,
      reversed: formatMinorUnits(amountMinor, original.currency),
      paidMinor,
      outstandingMinor: outstandingMinor({ amountMinor: Number(payment.amountMinor), paidMinor }),
    };
  });
}
