// The shared core of the three tenant gates: workspace by slug + the user's membership in it.
import { db } from "../db";
import { isRole, type Role } from "./permissions";
import type { SessionUser } from "./session";

export type WorkspaceRef = { id: string; slug: string; name: string; plan: "free" | "pro" | "agency"; timeZone: string };
export type WorkspaceContext = { workspace: WorkspaceRef; user: SessionUser; role: Role };
export type Membership = { workspace: WorkspaceRef; role: Role };

/** Whether a slug from a URL could name a workspace at all (anything else is no workspace, without a query). */
export function couldBeSlug(workspaceSlug: unknown): workspaceSlug is string {
  return typeof workspaceSlug === "string" && workspaceSlug.length <= 64;
}

/**
 * null when the workspace doesn't exist or the user is not a member (callers answer 404 either way).
 * One raw read: the API's and the server actions' tenant gate runs it on every call, and a Prisma
 * `select` through the relation is two statements (README "Development notes").
 */
export async function findMembership(userId: string, workspaceSlug: string): Promise<Membership | null> {
  if (!couldBeSlug(workspaceSlug)) return null;
  const [m] = await db.$queryRaw<MembershipRow[]>`
    SELECT w."id", w."slug", w."name", w."plan"::text AS "plan", w."timeZone", m."role"::text AS "role"
    FROM "Workspace" w JOIN "Membership" m ON m."workspaceId" = w."id" AND m."userId" = ${userId}
    WHERE w."slug" = ${workspaceSlug}`;
  if (!m) return null;
  const { role, ...workspace } = m;
  return isRole(role) ? { workspace, role } : null;
}

type MembershipRow = WorkspaceRef & { role: string };

/**
 * Every workspace the user belongs to, by name, in one raw read: the pages' tenant gate picks the
 * workspace in the URL from it and the workspace switcher lists it (lib/auth/workspace-page.ts), one
 * query where there were two. Raw SQL because this runs on every workspace page view: a Prisma model
 * query costs about 0.5 ms of server CPU against 0.2 ms for the same read through $queryRaw
 * (README "Development notes").
 */
export async function listMemberships(userId: string): Promise<Membership[]> {
  const rows = await db.$queryRaw<MembershipRow[]>`
    SELECT w."id", w."slug", w."name", w."plan"::text AS "plan", w."timeZone", m."role"::text AS "role"
    FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
    WHERE m."userId" = ${userId}
    ORDER BY w."name", w."id"`;
  return rows.flatMap(({ role, ...workspace }) => (isRole(role) ? [{ workspace, role }] : []));
}
