/**
 * The signed contract's deliverable due dates become the collaboration's: a marketer who agrees a
 * date in the contract should not have to type it again on the collaboration (reminders, the
 * overview and the portal read the collaboration's deliverables). Runs in the completing transaction.
 *
 * Matching: the contract's deliverables were copied from the collaboration's in position order
 * (`generateContract`), so the i-th signed deliverable belongs to the i-th deliverable of the
 * collaboration — but only when type and platform still agree; a deliverable the marketer added,
 * removed or changed in the contract is left alone rather than guessed at.
 */
import type { Prisma } from "@/lib/db/generated/client";

import { contractTermsSchema, type ContractDeliverable } from "./schema";

type Existing = { id: string; type: string; platform: string | null; dueDate: Date | null };

/** Pure: which collaboration deliverables take which signed due date ("YYYY-MM-DD"). */
export function signedDueDateUpdates(
  signed: readonly ContractDeliverable[],
  existing: readonly Existing[],
): { id: string; dueDate: string }[] {
  const out: { id: string; dueDate: string }[] = [];
  signed.forEach((s, i) => {
    const d = existing[i];
    if (!d || !s.dueDate || d.type !== s.type || (d.platform ?? null) !== (s.platform ?? null)) return;
    if (d.dueDate && d.dueDate.toISOString().slice(0, 10) === s.dueDate) return;
    out.push({ id: d.id, dueDate: s.dueDate });
  });
  return out;
}

/** Copies the signed due dates of a completed contract's current version onto its collaboration; returns how many changed. */
export async function applySignedDueDates(tx: Prisma.TransactionClient, ref: { workspaceId: string; contractId: string }): Promise<number> {
  const { workspaceId } = ref;
  const contract = await tx.contract.findUnique({
    where: { workspaceId_id: { workspaceId, id: ref.contractId } },
    select: { collaborationId: true, currentVersion: true },
  });
  if (!contract) return 0;
  const version = await tx.contractVersion.findUnique({
    where: { workspaceId_contractId_version: { workspaceId, contractId: ref.contractId, version: contract.currentVersion } },
    select: { terms: true },
  });
  const terms = contractTermsSchema.safeParse(version?.terms);
  if (!terms.success) return 0;
  const existing = await tx.deliverable.findMany({
    where: { workspaceId, collaborationId: contract.collaborationId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, type: true, platform: true, dueDate: true },
  });
  const updates = signedDueDateUpdates(terms.data.deliverables, existing);
  for (const u of updates) {
    await tx.deliverable.update({
      where: { workspaceId_id: { workspaceId, id: u.id } },
      data: { dueDate: new Date(`${u.dueDate}T00:00:00.000Z`) },
    });
  }
  return updates.length;
}
