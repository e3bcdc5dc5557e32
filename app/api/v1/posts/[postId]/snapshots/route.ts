// GET /api/v1/posts/{id}/snapshots — a post's numbers over time; POST — add a snapshot (lib/posts/snapshots.ts).
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { assertPost } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { decodeCursor, keysetPage } from "@/lib/pagination";
import { postCurve } from "@/lib/posts/records";
import { addSnapshot } from "@/lib/posts/snapshots";

export const GET = withApiKey(ops.listSnapshots, async ({ params, query }, { workspace }) => {
  await assertPost(workspace.id, params.postId);
  const rows = await postCurve(workspace.id, params.postId, { after: decodeCursor(query.cursor), take: query.limit + 1 });
  const page = keysetPage(rows, query.limit, (s) => ({ at: s.capturedAt, id: s.id }));
  return apiJson({ data: page.rows, nextCursor: page.nextCursor });
});

export const POST = withApiKey(ops.addSnapshot, { crossSite: "bearerKey" }, async ({ params, body }, { workspace, actorId }) => {
  const { capturedAt, ...counts } = body;
  const out = await addSnapshot({
    workspaceId: workspace.id,
    actorId,
    postId: params.postId,
    source: "manual",
    capturedAt: new Date(capturedAt),
    counts,
  });
  return apiJson(out, 201);
});
