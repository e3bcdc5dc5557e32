/**
 * Workspace settings about contracts: whether drafts may be submitted before the contract is signed
 * (enforced in draft-gate.ts), and whether the influencer must enter a code emailed to them before
 * signing (signing-code.ts). Stored on WorkspaceSettings; every change is in the audit log. A field
 * left out of an update keeps its value.
 */
import { z } from "zod";

import { db } from "@/lib/db";

export const contractSettingsSchema = z.object({
  draftsBeforeContractSigned: z.boolean().optional(),
  signingCodeRequired: z.boolean().optional(),
});
export type ContractSettingsInput = z.infer<typeof contractSettingsSchema>;
export type ContractSettings = Required<ContractSettingsInput>;

export async function getContractSettings(workspaceId: string): Promise<ContractSettings> {
  const s = await db.workspaceSettings.findUnique({
    where: { workspaceId },
    select: { draftsBeforeContractSigned: true, contractSigningCodeRequired: true },
  });
  return {
    draftsBeforeContractSigned: s?.draftsBeforeContractSigned ?? false,
    signingCodeRequired: s?.contractSigningCodeRequired ?? false,
  };
}

export async function updateContractSettings(
  opts: { workspaceId: string; actorId: string } & ContractSettingsInput,
): Promise<ContractSettings> {
  const data = {
    ...(opts.draftsBeforeContractSigned === undefined ? {} : { draftsBeforeContractSigned: opts.draftsBeforeContractSigned }),
    ...(opts.signingCodeRequired === undefined ? {} : { contractSigningCodeRequired: opts.signingCodeRequired }),
  };
  return db.$transaction(async (tx) => {
    const s = await tx.workspaceSettings.upsert({
      where: { workspaceId: opts.workspaceId },
      create: { workspaceId: opts.workspaceId, ...data },
      update: data,
      select: { draftsBeforeContractSigned: true, contractSigningCodeRequired: true },
    });
    const settings = { draftsBeforeContractSigned: s.draftsBeforeContractSigned, signingCodeRequired: s.contractSigningCodeRequired };
    await tx.auditLog.create({
      data: {
        workspaceId: opts.workspaceId,
        actorId: opts.actorId,
        action: "contract_settings.updated",
        targetType: "workspace",
        targetId: opts.workspaceId,
        metadata: settings,
      },
    });
    return settings;
  });
}
