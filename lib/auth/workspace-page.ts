// Tenant gate for pages: redirects to sign-in without a session, 404s for non-members.
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { findMembership, type WorkspaceContext } from "./membership";
import { can, type Permission } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export async function requireUser(next?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  return user;
}

/** One membership lookup per request, shared by the layout, the page and their generateMetadata. */
const membershipOf = cache(findMembership);

/** The membership, or null for no such workspace / not a member; never throws notFound (for layout metadata). */
export async function findWorkspacePage(workspaceSlug: string): Promise<WorkspaceContext | null> {
  const user = await requireUser(`/w/${workspaceSlug}`);
  const m = await membershipOf(user.id, workspaceSlug);
  return m ? { ...m, user } : null;
}

export async function requireWorkspacePage(workspaceSlug: string, permission: Permission = "workspace.read"): Promise<WorkspaceContext> {
  const m = await findWorkspacePage(workspaceSlug);
  if (!m || !can(m.role, permission)) notFound();
  return m;
}
