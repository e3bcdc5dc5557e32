// GET /api/w/:slug/imports/:id/failed-rows: the rows that were not imported, as CSV (line, error, original cells).
import { withWorkspace } from "@/lib/auth/with-workspace";
import { getFailedRowsCsv } from "@/lib/influencers/import-jobs/queries";

export const GET = withWorkspace<{ workspaceSlug: string; importId: string }>("influencers.read", async (_req, { workspace, params }) => {
  const { fileName, csv } = await getFailedRowsCsv(workspace.id, params.importId);
  const base =
    fileName
      .replace(/\.[a-z]+$/i, "")
      .replace(/[^\w.-]+/g, "-")
      .slice(0, 80) || "import";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${base}-failed-rows.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
