// POST /api/w/:slug/influencers/export (form or JSON body with influencerIds): the selection as CSV.
// POST rather than GET so a large selection does not hit URL length limits.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { exportInfluencersCsv } from "@/lib/influencers/export";
import { exportInfluencersSchema } from "@/lib/influencers/schemas";
import { parseInput } from "@/lib/validation";

export const POST = withWorkspace("influencers.read", async (req, { workspace }) => {
  const type = req.headers.get("content-type") ?? "";
  const raw = type.includes("application/json")
    ? await req.json().catch(() => ({}))
    : {
        influencerIds: String((await req.formData()).get("influencerIds") ?? "")
          .split(",")
          .filter(Boolean),
      };
  const { influencerIds } = parseInput(exportInfluencersSchema, raw);
  const csv = await exportInfluencersCsv(workspace.id, influencerIds);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="influencers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
