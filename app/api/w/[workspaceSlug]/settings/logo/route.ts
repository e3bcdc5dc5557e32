// The workspace's logo for client reports: POST the image itself as the body (its name in
// X-File-Name, percent-encoded) to set it, DELETE to remove it. Owners and admins only. The body is
// read through the capped reader (lib/http.ts): past the logo's size cap it is answered 413 without
// reading further, and a DELETE carries no body at all.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { readBody } from "@/lib/http";
import { formatBytes } from "@/lib/storage/kinds";
import { LOGO_MAX_BYTES, removeWorkspaceLogo, setWorkspaceLogo } from "@/lib/workspaces/logo";

export const dynamic = "force-dynamic";

export const POST = withWorkspace<{ workspaceSlug: string }>("workspace.update", async (req, { workspace, user }) => {
  const bytes = await readBody(req, { maxBytes: LOGO_MAX_BYTES, tooLargeMessage: `A logo can be at most ${formatBytes(LOGO_MAX_BYTES)}.` });
  const file = await setWorkspaceLogo({
    workspaceId: workspace.id,
    actorId: user.id,
    upload: { body: new Blob([bytes]).stream(), declaredLength: bytes.byteLength, fileName: req.headers.get("x-file-name") ?? "" },
  });
  return Response.json({ file }, { status: 201, headers: { "Cache-Control": "no-store" } });
});

export const DELETE = withWorkspace<{ workspaceSlug: string }>("workspace.update", async (req, { workspace, user }) => {
  await readBody(req, { maxBytes: 0, tooLargeMessage: "Removing the logo takes no request body." });
  await removeWorkspaceLogo({ workspaceId: workspace.id, actorId: user.id });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
