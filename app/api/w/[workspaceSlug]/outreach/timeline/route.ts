// GET /api/w/:slug/outreach/timeline?influencerId=…: an influencer's timeline (messages, replies,
// stage changes, notes, collaborations), newest first.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { listTimeline, timelineQuerySchema } from "@/lib/outreach/timeline";
import { parseInput } from "@/lib/validation";

export const GET = withWorkspace("outreach.read", async (req, { workspace }) => {
  const url = new URL(req.url);
  const q = parseInput(timelineQuerySchema, Object.fromEntries(url.searchParams));
  const items = await listTimeline({ workspaceId: workspace.id, influencerId: q.influencerId, limit: q.limit });
  return Response.json({ items });
});
