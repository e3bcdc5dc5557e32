// GET /api/w/:slug/imports/:id: an import's status and progress (polled by the progress bar).
import { withWorkspace } from "@/lib/auth/with-workspace";
import { getImport } from "@/lib/influencers/import-jobs/queries";

export const GET = withWorkspace<{ workspaceSlug: string; importId: string }>("influencers.read", async (_req, { workspace, params }) =>
  Response.json({ job: await getImport(workspace.id, params.importId) }, { headers: { "Cache-Control": "no-store" } }),
);
