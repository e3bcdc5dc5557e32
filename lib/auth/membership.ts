// The shared core of the three tenant gates: workspace by slug + the user's membership in it.
import { db } from "../db";
import { isRole, type Role } from "./permissions";
import type { SessionUser } from "./session";

export type WorkspaceRef = { id: string; slug: string; name: string; plan: "free" | "pro" | "agency"; timeZone: string };
export type WorkspaceContext = { workspace: WorkspaceRef; user: SessionUser; role: Role };

/** null when the workspace doesn't exist or the user is not a member (callers answer 404 either way). */
export async function findMembership(userId: string, workspaceSlug: string): Promise<{ workspace: WorkspaceRef; role: Role } | null> {
  if (typeof workspaceSlug !== "string" || workspaceSlug.length > 64) return null;
  const m = await db.membership.findFirst({
    where: { userId, workspace: { slug: workspaceSlug } },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true, plan: true, timeZone: true } } },
  });
  if (!m || !isRole(m.role)) return null;
  return { workspace: m.workspace, role: m.role };
}
