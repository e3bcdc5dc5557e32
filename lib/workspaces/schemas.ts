// Input schemas for workspace, member and invitation operations (shared by forms, actions, routes).
import { z } from "zod";

import { ROLES } from "../auth/permissions";
import { canonicalTimeZone } from "../time-zone";
import { emailSchema, slugSchema } from "../validation";

export const workspaceNameSchema = z.string().trim().min(2, "Use at least 2 characters").max(80, "Use at most 80 characters");

/** An IANA time-zone name Intl knows ("Europe/Paris"), stored in its canonical spelling. */
export const timeZoneSchema = z
  .string()
  .trim()
  .max(64, "Choose a time zone from the list")
  .transform((v, ctx) => {
    const tz = canonicalTimeZone(v);
    if (!tz) ctx.addIssue({ code: "custom", message: "Choose a time zone from the list, e.g. Europe/Paris" });
    return tz ?? z.NEVER;
  });

export const createWorkspaceSchema = z.object({
  name: workspaceNameSchema,
  slug: slugSchema.optional(),
  // Sent by the form from the creator's browser; a name the server doesn't know falls back to UTC
  // rather than refusing the workspace (it can be changed in Settings).
  timeZone: z
    .string()
    .max(64)
    .optional()
    .transform((v) => (v && canonicalTimeZone(v)) || undefined),
});
export type CreateWorkspaceInput = z.input<typeof createWorkspaceSchema>;

export const updateWorkspaceSchema = z.object({
  name: workspaceNameSchema.optional(),
  slug: slugSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export const deleteWorkspaceSchema = z.object({ confirm: z.string() });

export const roleSchema = z.enum(ROLES, { error: "Choose a role" });
export const inviteSchema = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleSchema = z.object({ userId: z.string().min(1).max(64), role: roleSchema });
export const memberIdSchema = z.object({ userId: z.string().min(1).max(64) });
export const invitationIdSchema = z.object({ invitationId: z.string().min(1).max(64) });
export const acceptInvitationSchema = z.object({ token: z.string().min(1).max(128) });

export function slugify(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return s.length >= 3 ? s : `${s || "workspace"}-${Math.random().toString(36).slice(2, 6)}`;
}
