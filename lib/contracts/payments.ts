/**
 * Creator payments: the schedule made from a completed contract's frozen terms, due dates filled in
 * when the content goes live, payments recorded against it, and the lists the app and the portal
 * show. Every query carries the workspace. States are computed on read, in the workspace's time zone
 * (payment-state.ts).
 *
 * Rules: a schedule is made once per completed contract (idempotent); its amounts add up to the fee
 * exactly (schedule.ts: the last milestone takes the rounding remainder); a "live" milestone's due
 * date is the go-live date + net days, unknown until then; partial payments add up, and a payment
 * larger than what is still owed is refused.
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { formatMinorUnits, fromMinorUnits, toMinorUnits } from "@/lib/metrics";
import { addDays, zonedDay } from "@/lib/time-zone";

import { comparePayments, milestoneLabel, outstandingMinor, paymentState, totalsByCurrency, type PaymentState } from "./payment-state";
import { paymentSchedule } from "./schedule";
import { contractTermsSchema } from "./schema";
import type { RecordPaymentInput } from "./seeding-schemas";

type Tx = Prisma.TransactionClient;

async function workspaceTimeZone(tx: Tx, workspaceId: string): Promise<string> {
  const w = await tx.workspace.findUnique({ where: { id: workspaceId }, select: { timeZone: true } });
  if (!w) throw new AppError("NOT_FOUND", "Workspace not found.");
  return w.timeZone;
}

/** When the collaboration first went live (its status change to "live"), or null. */
async function liveSince(tx: Tx, workspaceId: string, collaborationId: string): Promise<Date | null> {
  const change = await tx.statusChange.findFirst({
    where: { workspaceId, collaborationId, toStatus: "live" },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return change?.createdAt ?? null;
}

/**
 * Makes the payment schedule (and, when the deal includes a product, the product-seeding record) of
 * a contract that has just been completed, from its signed version's terms. The signing date is the
 * completion date in the workspace's time zone; a "live" milestone gets its due date now if the
 * collaboration is already live. Does nothing for a contract that is not completed or already has
 * its schedule. Returns the number of payments made.
 */
export async function createPaymentScheduleForCompletedContract(tx: Tx, ref: { workspaceId: string; contractId: string }): Promise<number> {
  const { workspaceId, contractId } = ref;
  const contract = await tx.contract.findUnique({
    where: { workspaceId_id: { workspaceId, id: contractId } },
    select: { collaborationId: true, state: true, currentVersion: true, completedAt: true },
  });
  if (!contract || contract.state !== "completed") return 0;
  const existing = await tx.creatorPayment.count({ where: { workspaceId, contractId } });
  if (existing > 0) return 0;
  const version = await tx.contractVersion.findUnique({
    where: { workspaceId_contractId_version: { workspaceId, contractId, version: contract.currentVersion } },
    select: { terms: true },
  });
  if (!version) return 0;
  const terms = contractTermsSchema.parse(version.terms);
  const timeZone = await workspaceTimeZone(tx, workspaceId);
  const live = await liveSince(tx, workspaceId, contract.collaborationId);
  const schedule = paymentSchedule(terms, {
    signedAt: zonedDay(contract.completedAt ?? new Date(), timeZone),
    liveAt: live ? zonedDay(live, timeZone) : null,
  });
  const net = terms.paymentNetDays ?? 0;
  if (schedule.length > 0) {
    await tx.creatorPayment.createMany({
      data: schedule.map((p) => ({
        workspaceId,
        collaborationId: contract.collaborationId,
        contractId,
        position: p.index,
        label: milestoneLabel(p.percent, p.when, net),
        percent: p.percent,
        milestone: p.when,
        netDays: net,
        amountMinor: BigInt(p.amountMinor),
        currency: p.currency,
        dueDate: p.dueDate ? new Date(`${p.dueDate}T00:00:00Z`) : null,
      })),
    });
  }
  if (terms.product) {
    const seeding = {
      product: terms.product,
      valueMinor: terms.productValueMinor === null ? null : BigInt(terms.productValueMinor),
      currency: terms.currency,
    };
    await tx.productSeeding.upsert({
      where: { workspaceId_collaborationId: { workspaceId, collaborationId: contract.collaborationId } },
      create: { workspaceId, collaborationId: contract.collaborationId, ...seeding },
      update: seeding,
    });
  }
  return schedule.length;
}

/**
 * The collaboration went live at `liveAt`: every "live" milestone still without a due date gets
 * go-live date (workspace time zone) + its net days. Called where going live is recorded
 * (lib/collaborations/transition.ts).
 */
export async function fillLiveDueDates(tx: Tx, opts: { workspaceId: string; collaborationId: string; liveAt: Date }): Promise<number> {
  const waiting = await tx.creatorPayment.findMany({
    where: { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId, milestone: "live", dueDate: null },
    select: { id: true, netDays: true },
  });
  if (waiting.length === 0) return 0;
  const day = zonedDay(opts.liveAt, await workspaceTimeZone(tx, opts.workspaceId));
  for (const p of waiting) {
    await tx.creatorPayment.updateMany({
      where: { workspaceId: opts.workspaceId, id: p.id, dueDate: null },
      data: { dueDate: new Date(`${addDays(day, p.netDays)}T00:00:00Z`) },
    });
  }
  return waiting.length;
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** A money amount for messages: "$150.00". */
function money(minor: number, currency: string): string {
  return formatMinorUnits(minor, currency);
}

/**
 * Records a payment (partial or whole) against one scheduled payment. Refused: an amount with more
 * decimals than the currency has, a date in the future (workspace time zone), and more than what is
 * still owed. The payment row is locked while the sum is checked, so two people recording at once
 * can't together pay more than the amount.
 */
export async function recordPayment(opts: { workspaceId: string; actorId: string; input: RecordPaymentInput; now?: Date }) {
  const { workspaceId, input } = opts;
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "CreatorPayment" WHERE "workspaceId" = ${workspaceId} AND "id" = ${input.paymentId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "Payment not found.");
    const p = await tx.creatorPayment.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId, id: input.paymentId } },
      select: { amountMinor: true, currency: true, records: { select: { amountMinor: true } } },
    });
    const amountMinor = toMinorUnits(Number(input.amount), p.currency);
    if (fromMinorUnits(amountMinor, p.currency) !== Number(input.amount)) {
      throw new AppError("UNPROCESSABLE", `${p.currency} amounts can't have that many decimals.`, {
        fieldErrors: { amount: [`Too many decimals for ${p.currency}`] },
      });
    }
    const today = zonedDay(opts.now ?? new Date(), await workspaceTimeZone(tx, workspaceId));
    if (input.paidOn > today) {
      throw new AppError("UNPROCESSABLE", "A payment can't be recorded with a date in the future.", {
        fieldErrors: { paidOn: ["Use today's date or an earlier one"] },
      });
    }
    const paid = p.records.reduce((sum, r) => sum + Number(r.amountMinor), 0);
    const owed = outstandingMinor({ amountMinor: Number(p.amountMinor), paidMinor: paid });
    if (owed === 0) throw new AppError("CONFLICT", "This payment is already paid in full.");
    if (amountMinor > owed) {
      const message = `That is more than is still owed: ${money(owed, p.currency)} of ${money(Number(p.amountMinor), p.currency)} remains.`;
      throw new AppError("UNPROCESSABLE", message, {
        // The form's summary names the field; the field says why and what is allowed.
        fieldErrors: { amount: [`More than is still owed: at most ${money(owed, p.currency)}`] },
      });
    }
    const record = await tx.paymentRecord.create({
      data: {
        workspaceId,
        paymentId: input.paymentId,
        amountMinor: BigInt(amountMinor),
        currency: p.currency,
        paidOn: new Date(`${input.paidOn}T00:00:00Z`),
        reference: input.reference,
        recordedById: opts.actorId,
      },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        workspaceId,
        actorId: opts.actorId,
        action: "payment.recorded",
        targetType: "creator_payment",
        targetId: input.paymentId,
        metadata: { amountMinor, currency: p.currency, paidOn: input.paidOn },
      },
    });
    return { id: record.id, paidMinor: paid + amountMinor, outstandingMinor: owed - amountMinor };
  });
}

const PAYMENT_SELECT = {
  id: true,
  collaborationId: true,
  position: true,
  label: true,
  milestone: true,
  netDays: true,
  amountMinor: true,
  currency: true,
  dueDate: true,
  records: {
    select: {
      id: true,
      amountMinor: true,
      paidOn: true,
      reference: true,
      createdAt: true,
      reversesId: true,
      reason: true,
      reversedBy: { select: { id: true } },
    },
    orderBy: { createdAt: "asc" },
  },
} as const satisfies Prisma.CreatorPaymentSelect;

type PaymentRow = Prisma.CreatorPaymentGetPayload<{ select: typeof PAYMENT_SELECT }>;

function view(p: PaymentRow, today: string) {
  const amountMinor = Number(p.amountMinor);
  const paidMinor = p.records.reduce((sum, r) => sum + Number(r.amountMinor), 0);
  const dueDate = isoDay(p.dueDate);
  const state: PaymentState = paymentState({ amountMinor, paidMinor, dueDate }, today);
  return {
    id: p.id,
    collaborationId: p.collaborationId,
    label: p.label,
    milestone: p.milestone,
    netDays: p.netDays,
    amountMinor,
    paidMinor,
    outstandingMinor: outstandingMinor({ amountMinor, paidMinor }),
    currency: p.currency,
    dueDate,
    state,
    // A reversal (negative amount, with its reason) follows the record it cancels (payment-corrections.ts).
    records: p.records.map((r) => ({
      id: r.id,
      amountMinor: Number(r.amountMinor),
      paidOn: isoDay(r.paidOn)!,
      reference: r.reference,
      reversal: r.reversesId !== null,
      reason: r.reason,
      reversed: r.reversedBy !== null,
    })),
  };
}
export type PaymentView = ReturnType<typeof view>;

async function todayIn(workspaceId: string, now: Date): Promise<string> {
  return zonedDay(now, await workspaceTimeZone(db, workspaceId));
}

/** One collaboration's schedule, in milestone order, with states on the workspace's today. */
export async function collaborationPayments(opts: { workspaceId: string; collaborationId: string; now?: Date }) {
  const today = await todayIn(opts.workspaceId, opts.now ?? new Date());
  const rows = await db.creatorPayment.findMany({
    where: { workspaceId: opts.workspaceId, collaborationId: opts.collaborationId },
    select: PAYMENT_SELECT,
    orderBy: [{ createdAt: "asc" }, { position: "asc" }],
  });
  const payments = rows.map((p) => view(p, today));
  return { today, payments, totals: totalsByCurrency(payments) };
}

/**
 * The workspace's "payments due" list: overdue first (comparePayments), filtered by state and
 * campaign, with totals per currency of what is listed. At most `limit` rows (the totals count
 * every matching payment). States depend on today, so the workspace's payments are read and
 * filtered here; a workspace has hundreds of them, not millions.
 */
export async function listPayments(opts: {
  workspaceId: string;
  state?: PaymentState | null;
  campaignId?: string | null;
  now?: Date;
  limit?: number;
}) {
  const today = await todayIn(opts.workspaceId, opts.now ?? new Date());
  const rows = await db.creatorPayment.findMany({
    where: { workspaceId: opts.workspaceId },
    select: {
      ...PAYMENT_SELECT,
      collaboration: { select: { campaignId: true, campaign: { select: { name: true } }, influencer: { select: { displayName: true } } } },
    },
  });
  const all = rows.map((r) => ({
    ...view(r, today),
    campaignId: r.collaboration.campaignId,
    campaignName: r.collaboration.campaign.name,
    influencerName: r.collaboration.influencer.displayName,
    tieBreak: `${r.collaboration.influencer.displayName}\u0000${r.id}`,
  }));
  // The campaign filter's choices: every campaign with a payment, whatever the filters.
  const campaigns = [...new Map(all.map((p) => [p.campaignId, { id: p.campaignId, name: p.campaignName }])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const matching = all
    .filter((p) => (!opts.state || p.state === opts.state) && (!opts.campaignId || p.campaignId === opts.campaignId))
    .sort(comparePayments);
  return { today, payments: matching.slice(0, opts.limit ?? 500), total: matching.length, totals: totalsByCurrency(matching), campaigns };
}

/** The portal's read-only view of the influencer's own schedule (the gate's collaboration only). */
export async function portalPayments(ctx: { workspaceId: string; collaborationId: string }, now = new Date()) {
  const { today, payments, totals } = await collaborationPayments({ ...ctx, now });
  return {
    today,
    totals,
    payments: payments.map((p) => ({
      id: p.id,
      label: p.label,
      milestone: p.milestone,
      netDays: p.netDays,
      amountMinor: p.amountMinor,
      paidMinor: p.paidMinor,
      currency: p.currency,
      dueDate: p.dueDate,
      state: p.state,
    })),
  };
}
