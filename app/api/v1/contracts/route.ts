// GET /api/v1/contracts — contracts, most recently changed first, keyset-paged.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { listContracts } from "@/lib/contracts/queries";

export const GET = withApiKey(ops.listContracts, async ({ query }, { workspace }) => {
  const page = await listContracts({ workspaceId: workspace.id, ...query });
  return apiJson({ data: page.rows.map(({ campaignName: _c, ...r }) => r), nextCursor: page.nextCursor });
});
