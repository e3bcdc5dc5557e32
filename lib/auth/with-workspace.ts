// Tenant gate for route handlers under /api/w/[workspaceSlug]/…: session → workspace → membership →
// permission, then the handler gets { workspace, user, role }. Not a member and no such workspace
// both answer 404, so ids and slugs of other tenants reveal nothing. A state-changing request must
// also come from the app's own pages (lib/http.ts), also when its handler reads no body.
import { AppError, errorResponse } from "../errors";
import { assertSameOrigin } from "../http";
import { withLogContext } from "../log";
import { findMembership, type WorkspaceContext } from "./membership";
import { can, type Permission } from "./permissions";
import { getSessionUser } from "./session";

type RouteCtx<P> = { params: Promise<P> };

export function withWorkspace<P extends { workspaceSlug: string }>(
  permission: Permission,
  handler: (req: Request, ctx: WorkspaceContext & { params: P }) => Promise<Response>,
) {
  return async (req: Request, routeCtx: RouteCtx<P>): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const params = await routeCtx.params;
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
      const m = await findMembership(user.id, params.workspaceSlug);
      if (!m) throw new AppError("NOT_FOUND", "Workspace not found.");
      if (!can(m.role, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
      return await withLogContext({ userId: user.id, workspaceId: m.workspace.id }, () => handler(req, { ...m, user, params }));
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** Gate for route handlers that need a signed-in user but no workspace. */
export function withUser(
  handler: (req: Request, ctx: { user: NonNullable<Awaited<ReturnType<typeof getSessionUser>>> }) => Promise<Response>,
) {
  return async (req: Request): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
      return await withLogContext({ userId: user.id }, () => handler(req, { user }));
    } catch (e) {
      return errorResponse(e);
    }
  };
}
