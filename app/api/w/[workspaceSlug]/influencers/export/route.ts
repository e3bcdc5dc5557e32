// POST /api/w/:slug/influencers/export (form or JSON body): a selection (influencerIds) or a whole
// search (search: its URL query string, e.g. "q=vegan&tier=micro") as CSV. POST rather than GET so a
// large selection does not hit URL length limits.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { isJsonRequest, readForm, readJson } from "@/lib/http";
import { exportInfluencersCsv, exportSearchCsv } from "@/lib/influencers/export";
import { exportInfluencersSchema } from "@/lib/influencers/schemas";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 1024 * 1024; // 10,000 ids of up to 60 characters, quoted, or a search query

export const POST = withWorkspace("influencers.read", async (req, { workspace }) => {
  let raw: unknown;
  if (isJsonRequest(req)) raw = await readJson(req, { maxBytes: MAX_BODY_BYTES });
  else {
    const form = await readForm(req, { maxBytes: MAX_BODY_BYTES });
    const search = form.get("search");
    raw =
      typeof search === "string"
        ? { search }
        : {
            influencerIds: String(form.get("influencerIds") ?? "")
              .split(",")
              .filter(Boolean),
          };
  }
  const body = parseInput(exportInfluencersSchema, raw);
  const csv =
    "search" in body
      ? await exportSearchCsv({ workspaceId: workspace.id, query: body.search })
      : await exportInfluencersCsv(workspace.id, body.influencerIds);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="influencers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
