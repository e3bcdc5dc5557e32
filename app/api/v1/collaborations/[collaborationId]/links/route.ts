// POST /api/v1/collaborations/{id}/links — a tracking link (destination checked against the allowlist).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { createLink } from "@/lib/tracking/links";

export const POST = withApiKey(ops.createLink, { crossSite: "bearerKey" }, async ({ params, body }, { workspace, actorId }) =>
  apiJson(await createLink({ workspaceId: workspace.id, actorId, input: { ...body, collaborationId: params.collaborationId } }), 201),
);
