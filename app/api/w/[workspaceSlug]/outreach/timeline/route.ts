// GET /api/w/:slug/outreach/timeline?influencerId=…: an influencer's timeline (messages, replies,
// stage changes, notes, collaborations), newest first.
import { z } from "zod";

import { withWorkspace } from "@/lib/auth/with-workspace";
import { listTimeline } from "@/lib/outreach/timeline";
import { parseInput } from "@/lib/validation";

const querySchema = z.object({ influencerId: z.string().min(1).max(40), limit: z.coerce.number().int().min(1).max(500).optional() });

export const GET = withWorkspace("outreach.read", async (req, { workspace }) => {
  const url = new URL(req.url);
  const q = parseInput(querySchema, Object.fromEntries(url.searchParams));
  const items = await listTimeline({ workspaceId: workspace.id, influencerId: q.influencerId, limit: q.limit });
  return Response.json({ items });
});
