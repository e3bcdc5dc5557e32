// GET /api/v1/collaborations/{id}/posts — live posts with their latest numbers; POST — record a post.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { assertCollaboration } from "@/lib/api/v1/present";
import { withApiKey } from "@/lib/api/with-api-key";
import { decodeCursor, keysetPage } from "@/lib/pagination";
import { createPost, listCollaborationPosts } from "@/lib/posts/records";

export const GET = withApiKey(ops.listPosts, async ({ params, query }, { workspace }) => {
  await assertCollaboration(workspace.id, params.collaborationId);
  const posts = await listCollaborationPosts(workspace.id, params.collaborationId, {
    after: decodeCursor(query.cursor),
    take: query.limit + 1,
  });
  const page = keysetPage(posts, query.limit, (p) => ({ at: p.createdAt, id: p.id }));
  return apiJson({ data: page.rows.map(({ history: _h, ...p }) => p), nextCursor: page.nextCursor });
});

export const POST = withApiKey(ops.createPost, { crossSite: "bearerKey" }, async ({ params, body }, { workspace, actorId }) =>
  apiJson(await createPost({ workspaceId: workspace.id, collaborationId: params.collaborationId, actorId, input: body }), 201),
);
