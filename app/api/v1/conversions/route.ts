// POST /api/v1/conversions — an order from any store, attributed by the one rule (lib/conversions).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { recordApiOrder } from "@/lib/conversions/api-orders";

export const POST = withApiKey(ops.addConversion, { crossSite: "bearerKey" }, async ({ body }, { workspace, actorId }) =>
  apiJson(await recordApiOrder({ workspaceId: workspace.id, actorId, order: body }), 201),
);
