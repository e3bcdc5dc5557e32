// Importing an orders CSV: the good rows are written (new order ids created, known ones updated),
// each bad row is reported by line, nothing else is lost.
import { refreshCollaborationMoney } from "../analytics/rollup-write";
import { db } from "../db";
import { AppError } from "../errors";
import { CsvFormatError } from "../influencers/import";
import { recordAudit } from "../workspaces/audit";
import { applyOrder, setRefund } from "./apply";
import { csvConnection } from "./connections";
import { autoMapOrderHeaders, failedOrdersCsv, orderMappingProblems, planOrderCsv, type OrderMapping } from "./csv-orders";
import { ORDER_CSV_MAX_ROWS } from "./schemas";

function readable<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CsvFormatError) throw new AppError("BAD_REQUEST", e.userMessage);
    throw e;
  }
}

/** Headers, the guessed mapping and the first problems, for the mapping step. */
export function previewOrderCsv(text: string) {
  const plan = readable(() => planOrderCsv(text, {}, "USD"));
  const mapping = autoMapOrderHeaders(plan.parsed.headers);
  return { headers: plan.parsed.headers, mapping, rowCount: plan.parsed.rows.length };
}

const CHUNK = 200;

export async function importOrderCsv(opts: {
  workspaceId: string;
  actorId: string | null;
  text: string;
  mapping: OrderMapping;
  defaultCurrency: string | null;
}) {
  const problems = orderMappingProblems(opts.mapping, opts.defaultCurrency);
  if (problems.length > 0) throw new AppError("BAD_REQUEST", problems.join(" "));
  const plan = readable(() => planOrderCsv(opts.text, opts.mapping, opts.defaultCurrency));
  if (plan.parsed.rows.length > ORDER_CSV_MAX_ROWS) {
    throw new AppError("BAD_REQUEST", `The file has ${plan.parsed.rows.length} rows; upload at most ${ORDER_CSV_MAX_ROWS} at a time.`);
  }
  const connectionId = await csvConnection(opts.workspaceId);
  const scope = { workspaceId: opts.workspaceId, connectionId };
  let created = 0;
  let updated = 0;
  // In chunks: one transaction per chunk, so a 20 000-row file does not hold one transaction open.
  for (let i = 0; i < plan.rows.length; i += CHUNK) {
    await db.$transaction(async (tx) => {
      // The chunk's collaborations are refreshed (and locked, in id order) once, at its end.
      const touched = new Set<string>();
      for (const row of plan.rows.slice(i, i + CHUNK)) {
        if (row.refundedMinor !== null) {
          const refund = {
            externalId: `csv:${row.order.externalId}`,
            externalOrderId: row.order.externalId,
            amountMinor: row.refundedMinor,
            at: new Date(),
          };
          await setRefund(tx, scope, refund);
        }
        const res = await applyOrder(tx, scope, row.order, touched);
        if (res === "created") created++;
        else updated++;
      }
      await refreshCollaborationMoney(tx, opts.workspaceId, [...touched]);
    });
  }
  await recordAudit(db, {
    workspaceId: opts.workspaceId,
    actorId: opts.actorId,
    action: "conversions.csv_imported",
    targetType: "store_connection",
    targetId: connectionId,
    metadata: { created, updated, failed: plan.errors.length },
  });
  return {
    created,
    updated,
    errors: plan.errors.slice(0, 200).map((e) => ({ line: e.line, message: e.message })),
    errorCount: plan.errors.length,
    failedRowsCsv: plan.errors.length > 0 ? failedOrdersCsv(plan) : null,
  };
}
