// What happens when a contract becomes completed (both parties signed), inside the completing
// transaction: the usage rights it grants are recorded.
import type { Prisma } from "@/lib/db/generated/client";

import { recordRightsForCompletedContract } from "./rights";

export async function onContractCompleted(tx: Prisma.TransactionClient, ref: { workspaceId: string; contractId: string }): Promise<void> {
  await recordRightsForCompletedContract(tx, ref);
}
