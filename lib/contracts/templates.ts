/**
 * The workspace's contract template: read the default (the stored one, or the shipped
 * DEFAULT_CONTRACT_TEMPLATE when the workspace never saved one), save edited clauses, reset to the
 * shipped default. A contract is rendered with the workspace's default template when it is previewed
 * and when it is sent (drafting.ts freezes that text in the version).
 *
 * Saving validates every clause with contractTemplateSchema: an unknown merge field is refused with
 * the clause it is in ("Clause 3 (Fee and payment): Unknown merge field: {{price}}") and nothing is
 * stored. Every change is in the audit log.
 */
import { z } from "zod";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";

import { contractTemplateSchema, DEFAULT_CONTRACT_TEMPLATE, type ContractTemplateContent } from "./template";

export const DEFAULT_TEMPLATE_NAME = "Default";

/** The clauses as the editor sends them; validated in saveDefaultTemplate with named clauses. */
export const saveTemplateSchema = z.object({
  clauses: z
    .array(z.object({ key: z.string().max(60), title: z.string().max(200), body: z.string().max(10_000), include: z.string().max(40) }))
    .max(60),
});
export type SaveTemplateInput = z.infer<typeof saveTemplateSchema>;

/** The workspace's default template: `{ id: null, shipped: true }` while it has never been saved. */
export async function defaultTemplateOf(
  workspaceId: string,
): Promise<{ id: string | null; shipped: boolean; content: ContractTemplateContent }> {
  const stored = await db.contractTemplate.findFirst({
    where: { workspaceId, isDefault: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, clauses: true },
  });
  if (!stored) return { id: null, shipped: true, content: DEFAULT_CONTRACT_TEMPLATE };
  const parsed = contractTemplateSchema.safeParse({ clauses: stored.clauses });
  // A stored template that no longer validates (an older merge-field list) falls back to the shipped one.
  return parsed.success
    ? { id: stored.id, shipped: false, content: parsed.data }
    : { id: stored.id, shipped: true, content: DEFAULT_CONTRACT_TEMPLATE };
}

function clauseLabel(index: number, title: unknown): string {
  const t = typeof title === "string" && title.trim() !== "" ? ` (${title.trim()})` : "";
  return `Clause ${index + 1}${t}`;
}

async function storeDefault(opts: { workspaceId: string; actorId: string; content: ContractTemplateContent; action: string }) {
  const clauses = opts.content.clauses.map((c) => ({ ...c }));
  return db.$transaction(async (tx) => {
    const existing = await tx.contractTemplate.findFirst({
      where: { workspaceId: opts.workspaceId, isDefault: true },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true },
    });
    const saved = existing
      ? await tx.contractTemplate.update({
          where: { workspaceId_id: { workspaceId: opts.workspaceId, id: existing.id } },
          data: { clauses },
          select: { id: true },
        })
      : await tx.contractTemplate.create({
          data: { workspaceId: opts.workspaceId, name: DEFAULT_TEMPLATE_NAME, clauses, isDefault: true, createdById: opts.actorId },
          select: { id: true },
        });
    await tx.auditLog.create({
      data: {
        workspaceId: opts.workspaceId,
        actorId: opts.actorId,
        action: opts.action,
        targetType: "contract_template",
        targetId: saved.id,
        metadata: { clauses: clauses.length },
      },
    });
    return { id: saved.id, clauses: clauses.length };
  });
}

/** Saves the workspace's default template; refuses unknown merge fields, duplicate keys, empty clauses. */
export async function saveDefaultTemplate(opts: { workspaceId: string; actorId: string; clauses: SaveTemplateInput["clauses"] }) {
  const parsed = contractTemplateSchema.safeParse({ clauses: opts.clauses });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const first = parsed.error.issues[0];
    const index = first?.path[1];
    const where = typeof index === "number" ? `${clauseLabel(index, opts.clauses[index]?.title)}: ` : "";
    throw new AppError("BAD_REQUEST", `${where}${first?.message ?? "The template is not valid."}`, { fieldErrors });
  }
  return storeDefault({ workspaceId: opts.workspaceId, actorId: opts.actorId, content: parsed.data, action: "contract_template.updated" });
}

/** Puts the shipped clauses back as the workspace's default template. */
export async function resetDefaultTemplate(opts: { workspaceId: string; actorId: string }) {
  return storeDefault({ ...opts, content: DEFAULT_CONTRACT_TEMPLATE, action: "contract_template.reset" });
}
