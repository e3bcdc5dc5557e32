// GET /api/v1/lists — the workspace's influencer lists.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { listLists } from "@/lib/influencers/lists";

export const GET = withApiKey(ops.listLists, async (_input, { workspace }) => apiJson({ data: await listLists(workspace.id) }));
