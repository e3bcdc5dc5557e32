// POST /api/w/:slug/influencers/export (form or JSON body with influencerIds): the selection as CSV.
// POST rather than GET so a large selection does not hit URL length limits.
import { z } from "zod";

import { withWorkspace } from "@/lib/auth/with-workspace";
import { exportInfluencersCsv } from "@/lib/influencers/export";
import { parseInput } from "@/lib/validation";

const bodySchema = z.object({ influencerIds: z.array(z.string().min(1).max(60)).min(1, "Select at least one influencer").max(10_000) });

export const POST = withWorkspace("influencers.read", async (req, { workspace }) => {
  const type = req.headers.get("content-type") ?? "";
  const raw = type.includes("application/json")
    ? await req.json().catch(() => ({}))
    : {
        influencerIds: String((await req.formData()).get("influencerIds") ?? "")
          .split(",")
          .filter(Boolean),
      };
  const { influencerIds } = parseInput(bodySchema, raw);
  const csv = await exportInfluencersCsv(workspace.id, influencerIds);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="influencers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
