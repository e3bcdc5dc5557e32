/**
 * What happens when a contract is completed (both parties signed), inside the transaction that
 * completes it. Each area adds one call.
 */
import type { Prisma } from "@/lib/db/generated/client";

import { createPaymentScheduleForCompletedContract } from "./payments";

export async function onContractCompleted(tx: Prisma.TransactionClient, ref: { workspaceId: string; contractId: string }): Promise<void> {
  await createPaymentScheduleForCompletedContract(tx, ref);
}
