// The workspace's logo for client reports: POST the image itself as the body (its name in
// X-File-Name, percent-encoded) to set it, DELETE to remove it. Owners and admins only.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { declaredLengthOf } from "@/lib/storage/upload";
import { removeWorkspaceLogo, setWorkspaceLogo } from "@/lib/workspaces/logo";

export const dynamic = "force-dynamic";

export const POST = withWorkspace<{ workspaceSlug: string }>("workspace.update", async (req, { workspace, user }) => {
  const file = await setWorkspaceLogo({
    workspaceId: workspace.id,
    actorId: user.id,
    upload: { body: req.body, declaredLength: declaredLengthOf(req.headers), fileName: req.headers.get("x-file-name") ?? "" },
  });
  return Response.json({ file }, { status: 201, headers: { "Cache-Control": "no-store" } });
});

export const DELETE = withWorkspace<{ workspaceSlug: string }>("workspace.update", async (_req, { workspace, user }) => {
  await removeWorkspaceLogo({ workspaceId: workspace.id, actorId: user.id });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
