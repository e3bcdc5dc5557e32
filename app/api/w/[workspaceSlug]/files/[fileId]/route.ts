// A stored file (or `?variant=thumbnail`) for a workspace member who may read the record it belongs to.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { findFileForMember } from "@/lib/storage/access";
import { fileResponse, variantOf } from "@/lib/storage/serve";

export const dynamic = "force-dynamic";

export const GET = withWorkspace<{ workspaceSlug: string; fileId: string }>("workspace.read", async (req, { workspace, role, params }) =>
  fileResponse(req, await findFileForMember({ workspaceId: workspace.id, role, fileId: params.fileId }), variantOf(req)),
);
