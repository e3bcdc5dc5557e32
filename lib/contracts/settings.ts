/**
 * Workspace settings about contracts: whether drafts may be submitted before the contract is signed
 * (enforced in draft-gate.ts). Stored on WorkspaceSettings; every change is in the audit log.
 */
import { z } from "zod";

import { db } from "@/lib/db";

export const contractSettingsSchema = z.object({ draftsBeforeContractSigned: z.boolean() });
export type ContractSettings = z.infer<typeof contractSettingsSchema>;

export async function getContractSettings(workspaceId: string): Promise<ContractSettings> {
  const s = await db.workspaceSettings.findUnique({ where: { workspaceId }, select: { draftsBeforeContractSigned: true } });
  return { draftsBeforeContractSigned: s?.draftsBeforeContractSigned ?? false };
}

export async function updateContractSettings(opts: { workspaceId: string; actorId: string } & ContractSettings) {
  return db.$transaction(async (tx) => {
    await tx.workspaceSettings.upsert({
      where: { workspaceId: opts.workspaceId },
      create: { workspaceId: opts.workspaceId, draftsBeforeContractSigned: opts.draftsBeforeContractSigned },
      update: { draftsBeforeContractSigned: opts.draftsBeforeContractSigned },
    });
    await tx.auditLog.create({
      data: {
        workspaceId: opts.workspaceId,
        actorId: opts.actorId,
        action: "contract_settings.updated",
        targetType: "workspace",
        targetId: opts.workspaceId,
        metadata: { draftsBeforeContractSigned: opts.draftsBeforeContractSigned },
      },
    });
    return { draftsBeforeContractSigned: opts.draftsBeforeContractSigned };
  });
}
