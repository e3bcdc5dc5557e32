/**
 * The row lock every signing transition takes first: `SELECT … FOR UPDATE` on the contract, scoped by
 * its workspace, so two transitions on one contract (two signs, a sign and a void, a countersign and
 * an edit) run one after the other and the second sees the first's result. Then the current version,
 * read under that lock.
 */
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/** Locks the contract row and returns it; NOT_FOUND when it isn't in this workspace. */
export async function lockContract(tx: Tx, workspaceId: string, contractId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Contract" WHERE "workspaceId" = ${workspaceId} AND "id" = ${contractId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "Contract not found.");
  return tx.contract.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId, id: contractId } },
    select: { id: true, collaborationId: true, state: true, currentVersion: true },
  });
}
export type LockedContract = Awaited<ReturnType<typeof lockContract>>;

/**
 * The version a party is about to act on, refused unless it is the contract's current, unsuperseded
 * version: a signature for version N never counts once N+1 exists or the terms were edited.
 */
export async function currentVersionFor(tx: Tx, workspaceId: string, contract: LockedContract, version: number) {
  const stale = () =>
    new AppError("CONFLICT", "This version of the contract has been replaced or withdrawn. Reload the page to read the current one.");
  if (version !== contract.currentVersion) throw stale();
  const v = await tx.contractVersion.findUnique({
    where: { workspaceId_contractId_version: { workspaceId, contractId: contract.id, version } },
    select: { version: true, sha256: true, terms: true, supersededAt: true },
  });
  if (!v || v.supersededAt) throw stale();
  return v;
}
