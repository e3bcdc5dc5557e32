// GET /api/v1/contracts — contracts, most recently changed first, keyset-paged.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { listContracts } from "@/lib/contracts/queries";
import { decodeCursor, encodeCursor, parseRawKeyset, rawKeyset } from "@/lib/pagination";

// The contracts list keeps its "<ms>.<id>" cursor in the app's URLs; the API's is the opaque form of
// the same keyset, and a bad one is a 400 rather than the first page.
export const GET = withApiKey(ops.listContracts, async ({ query: { cursor, ...filters } }, { workspace }) => {
  const after = decodeCursor(cursor);
  const page = await listContracts({ workspaceId: workspace.id, ...filters, cursor: after ? rawKeyset(after) : undefined });
  const next = page.nextCursor === null ? null : parseRawKeyset(page.nextCursor);
  return apiJson({ data: page.rows.map(({ campaignName: _c, ...r }) => r), nextCursor: next ? encodeCursor(next) : null });
});
