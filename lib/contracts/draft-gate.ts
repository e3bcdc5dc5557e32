/**
 * Whether an influencer may submit content drafts while the contract is not signed yet: the workspace
 * setting `draftsBeforeContractSigned` (default: no — the seed article's "skipping the contract"
 * mistake: nothing is made before the terms are agreed).
 *
 * The rule applies to a collaboration with a contract in progress (draft, sent, or signed by the
 * influencer only) and no completed one; a collaboration without a contract is not held back. Saving
 * a draft is always allowed; only submitting it for review is refused, with a message that tells the
 * influencer what is missing.
 */
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

const WAITING: Record<string, string> = {
  draft: "The brand hasn't sent the contract yet. You can save your draft and submit it once the contract is signed.",
  sent: "Sign the contract first: the brand has sent it to you through this link. You can save your draft meanwhile and submit it once the contract is signed.",
  signed_by_influencer:
    "You've signed the contract; the brand still has to countersign it. You can save your draft meanwhile and submit it once they have.",
};

/** Throws CONFLICT with the influencer-facing reason when the workspace holds drafts until the contract is signed. */
export async function assertContractAllowsSubmit(tx: Prisma.TransactionClient, ctx: { workspaceId: string; collaborationId: string }) {
  const settings = await tx.workspaceSettings.findUnique({
    where: { workspaceId: ctx.workspaceId },
    select: { draftsBeforeContractSigned: true },
  });
  if (settings?.draftsBeforeContractSigned) return;
  const contracts = await tx.contract.findMany({
    where: {
      workspaceId: ctx.workspaceId,
      collaborationId: ctx.collaborationId,
      state: { in: ["draft", "sent", "signed_by_influencer", "completed"] },
    },
    select: { state: true },
  });
  if (contracts.length === 0 || contracts.some((c) => c.state === "completed")) return;
  const open = contracts[0]!.state;
  throw new AppError("CONFLICT", WAITING[open] ?? WAITING.draft!);
}
