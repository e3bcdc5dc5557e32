// GET /api/w/:slug/audit-log[?format=csv&before=<iso>,<id>&limit=n]: the workspace's audit log.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toCsv } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { listAuditLog } from "@/lib/workspaces/audit";

export const GET = withWorkspace("audit.read", async (req, { workspace }) => {
  const url = new URL(req.url);
  const limitParam = url.searchParams.get("limit");
  const limit = limitParam ? Number(limitParam) : 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new AppError("BAD_REQUEST", "limit must be a whole number from 1 to 500");
  let before: { createdAt: Date; id: string } | undefined;
  const b = url.searchParams.get("before");
  if (b) {
    const [iso, id] = b.split(",");
    const d = new Date(iso ?? "");
    if (!id || Number.isNaN(d.getTime())) throw new AppError("BAD_REQUEST", "before must be <ISO time>,<id>");
    before = { createdAt: d, id };
  }
  const rows = await listAuditLog({ workspaceId: workspace.id, limit, before });
  if (url.searchParams.get("format") === "csv") {
    const csv = toCsv(
      ["time", "actor", "action", "target_type", "target_id", "metadata"],
      rows.map((r) => [
        r.createdAt.toISOString(),
        r.actorEmail ?? "",
        r.action,
        r.targetType ?? "",
        r.targetId ?? "",
        JSON.stringify(r.metadata),
      ]),
    );
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${workspace.slug}-audit-log.csv"`,
      },
    });
  }
  const last = rows.at(-1);
  return Response.json({ entries: rows, nextCursor: rows.length === limit && last ? `${last.createdAt.toISOString()},${last.id}` : null });
});
