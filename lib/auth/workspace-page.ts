// Tenant gate for pages: redirects to sign-in without a session, 404s for non-members.
import { notFound, redirect } from "next/navigation";

import { findMembership, type WorkspaceContext } from "./membership";
import { can, type Permission } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export async function requireUser(next?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  return user;
}

export async function requireWorkspacePage(workspaceSlug: string, permission: Permission = "workspace.read"): Promise<WorkspaceContext> {
  const user = await requireUser(`/w/${workspaceSlug}`);
  const m = await findMembership(user.id, workspaceSlug);
  if (!m || !can(m.role, permission)) notFound();
  return { ...m, user };
}
