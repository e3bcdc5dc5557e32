// GET /api/w/:slug/outreach/follow-ups?dueBy=YYYY-MM-DD: first messages whose follow-up is due by
// the end of that day in the workspace's time zone (default: now). See lib/outreach/follow-ups.ts.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { asOfFromDueBy } from "@/lib/outreach/due-by";
import { dueFollowUpsQuerySchema, listDueFollowUps } from "@/lib/outreach/follow-ups";
import { parseInput } from "@/lib/validation";

export const GET = withWorkspace("outreach.read", async (req, { workspace }) => {
  const q = parseInput(dueFollowUpsQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const asOf = asOfFromDueBy(q.dueBy, new Date(), workspace.timeZone);
  const res = await listDueFollowUps({ workspaceId: workspace.id, asOf, timeZone: workspace.timeZone });
  return Response.json({ asOf: asOf.toISOString(), ...res });
});
