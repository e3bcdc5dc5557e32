// GET /api/w/:slug/conversions/export?campaign=&influencer=&by=&from=&to=: the Conversions page's
// filtered orders as CSV (every page).
import { withWorkspace } from "@/lib/auth/with-workspace";
import { exportConversionsCsv } from "@/lib/conversions/queries";
import { conversionFiltersSchema } from "@/lib/conversions/schemas";

export const GET = withWorkspace("analytics.read", async (req, { workspace }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const filters = conversionFiltersSchema.parse({ ...query, cursor: undefined });
  const csv = await exportConversionsCsv({ workspaceId: workspace.id, timeZone: workspace.timeZone, filters });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="conversions-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
