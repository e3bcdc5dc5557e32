// GET /api/w/:slug/links/export?campaign=&status=&sort= : the Links page's filter as CSV, every
// matching link with its clicks (total, unique, bots — as defined in lib/tracking/stats.ts).
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toCsv } from "@/lib/csv";
import { filteredLinks, linkListQuerySchema, LINKS_CSV_HEADERS, linksCsvRows } from "@/lib/tracking/link-list";

export const GET = withWorkspace("campaigns.read", async (req, { workspace }) => {
  const query = linkListQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const { rows } = await filteredLinks({ workspaceId: workspace.id, query: { ...query, after: undefined } });
  return new Response(`\uFEFF${toCsv(LINKS_CSV_HEADERS, linksCsvRows(rows))}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="links-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
