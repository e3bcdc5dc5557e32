// Tenant gate for server actions. An action is declared with its permission and its zod schema and
// is called from the client as `action(workspaceSlug, input)`; it returns a result object instead of
// throwing, so forms can show field-level messages. Expected errors carry their message; anything
// else is logged once with the request id and reported as a generic failure carrying that id.
import type { z } from "zod";

import { AppError, internalErrorMessage, logBoundaryError, toAppError, type ErrorCode, type FieldErrors } from "../errors";
import { withLogContext } from "../log";
import { parseInput } from "../validation";
import { findMembership, type WorkspaceContext } from "./membership";
import { can, type Permission } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: { code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors } };

export async function actionError(e: unknown): Promise<ActionResult<never>> {
  const app = toAppError(e);
  const ref = await logBoundaryError(e, app, "server action");
  if (!app) {
    return { ok: false, error: { code: "INTERNAL", message: internalErrorMessage(ref ?? "unknown", "Please try again.") } };
  }
  return { ok: false, error: { code: app.code, message: app.message, fieldErrors: app.fieldErrors } };
}

export function workspaceAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, ctx: WorkspaceContext) => Promise<T>,
) {
  return async (workspaceSlug: string, input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again.");
      const m = await findMembership(user.id, workspaceSlug);
      if (!m) throw new AppError("NOT_FOUND", "Workspace not found.");
      if (!can(m.role, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
      const parsed = parseInput(schema, input);
      const data = await withLogContext({ userId: user.id, workspaceId: m.workspace.id }, () => handler(parsed, { ...m, user }));
      return { ok: true, data };
    } catch (e) {
      if (isNextControlFlow(e)) throw e;
      return actionError(e);
    }
  };
}

/** An action for a signed-in user outside any workspace (create a workspace, accept an invitation). */
export function userAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, ctx: { user: SessionUser }) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again.");
      const parsed = parseInput(schema, input);
      return { ok: true, data: await withLogContext({ userId: user.id }, () => handler(parsed, { user })) };
    } catch (e) {
      if (isNextControlFlow(e)) throw e;
      return actionError(e);
    }
  };
}

// redirect() and notFound() throw errors that Next must see.
function isNextControlFlow(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
