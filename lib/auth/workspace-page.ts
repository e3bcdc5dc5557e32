// Tenant gate for pages: redirects to sign-in without a session, 404s for non-members.
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { couldBeSlug, listMemberships, type Membership, type WorkspaceContext } from "./membership";
import { can, type Permission } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export async function requireUser(next?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  return user;
}

/**
 * The user's memberships, read once per request and shared by the layout (its workspace switcher),
 * the page and their generateMetadata; the gate picks the workspace in the URL from them.
 */
export const pageMemberships: (userId: string) => Promise<Membership[]> = cache(listMemberships);

/** The membership, or null for no such workspace / not a member; never throws notFound (for layout metadata). */
export async function findWorkspacePage(workspaceSlug: string): Promise<WorkspaceContext | null> {
  const user = await requireUser(`/w/${workspaceSlug}`);
  if (!couldBeSlug(workspaceSlug)) return null;
  const m = (await pageMemberships(user.id)).find((x) => x.workspace.slug === workspaceSlug);
  return m ? { ...m, user } : null;
}

export async function requireWorkspacePage(workspaceSlug: string, permission: Permission = "workspace.read"): Promise<WorkspaceContext> {
  const m = await findWorkspacePage(workspaceSlug);
  if (!m || !can(m.role, permission)) notFound();
  return m;
}
