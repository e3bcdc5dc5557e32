// GET /api/v1/conversions — orders, newest first, keyset-paged (the Conversions page's list);
// POST — an order from any store, attributed by the one rule (lib/conversions).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { recordApiOrder } from "@/lib/conversions/api-orders";
import { listConversions } from "@/lib/conversions/queries";
import { decodeCursor, encodeCursor, parseRawKeyset, rawKeyset } from "@/lib/pagination";

export const GET = withApiKey(ops.listConversions, async ({ query: { cursor, limit, ...filters } }, { workspace }) => {
  const after = decodeCursor(cursor);
  const page = await listConversions({
    workspaceId: workspace.id,
    timeZone: workspace.timeZone,
    filters: { ...filters, cursor: after ? rawKeyset(after) : undefined },
    take: limit,
  });
  const next = page.nextCursor === null ? null : parseRawKeyset(page.nextCursor);
  return apiJson({
    data: page.rows.map(({ connection: _c, connectionName: _n, ...r }) => r),
    nextCursor: next ? encodeCursor(next) : null,
  });
});

export const POST = withApiKey(ops.addConversion, { crossSite: "bearerKey" }, async ({ body }, { workspace, actorId }) =>
  apiJson(await recordApiOrder({ workspaceId: workspace.id, actorId, order: body }), 201),
);
