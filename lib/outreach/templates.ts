/** Outreach templates: named subject + body with `{{merge_fields}}` (see ./merge-fields.ts). */
import { z } from "zod";

import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../workspaces/audit";

export const saveTemplateSchema = z.object({
  id: z.string().max(40).optional(),
  name: z.string().trim().min(1, "Name the template").max(100, "Use at most 100 characters"),
  subject: z.string().trim().min(1, "Add a subject").max(200, "Use at most 200 characters"),
  body: z.string().trim().min(1, "Write the body").max(5_000, "Use at most 5,000 characters"),
});
export const templateIdSchema = z.object({ id: z.string().min(1).max(40) });

export interface TemplateRow {
  id: string;
  name: string;
  subject: string;
  body: string;
  updatedAt: Date;
}

export async function listTemplates(workspaceId: string): Promise<TemplateRow[]> {
  return db.outreachTemplate.findMany({
    where: { workspaceId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, name: true, subject: true, body: true, updatedAt: true },
  });
}

export async function saveTemplate(
  opts: { workspaceId: string; actorId: string } & z.output<typeof saveTemplateSchema>,
): Promise<{ id: string }> {
  const { workspaceId, actorId, id, name, subject, body } = opts;
  return db.$transaction(async (tx) => {
    let saved: { id: string };
    if (id) {
      const res = await tx.outreachTemplate.updateMany({ where: { workspaceId, id }, data: { name, subject, body } });
      if (res.count === 0) throw new AppError("NOT_FOUND", "That template no longer exists.");
      saved = { id };
    } else {
      saved = await tx.outreachTemplate.create({ data: { workspaceId, name, subject, body, createdById: actorId }, select: { id: true } });
    }
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: id ? "outreach.template_updated" : "outreach.template_created",
      targetType: "outreach_template",
      targetId: saved.id,
      metadata: { name },
    });
    return saved;
  });
}

export async function deleteTemplate(opts: { workspaceId: string; actorId: string; id: string }): Promise<void> {
  const { workspaceId, actorId, id } = opts;
  await db.$transaction(async (tx) => {
    const res = await tx.outreachTemplate.deleteMany({ where: { workspaceId, id } });
    if (res.count === 0) throw new AppError("NOT_FOUND", "That template no longer exists.");
    await recordAudit(tx, { workspaceId, actorId, action: "outreach.template_deleted", targetType: "outreach_template", targetId: id });
  });
}
