"use server";

// The brand's signing actions: countersign (contracts.sign: owners and admins) and void
// (contracts.write). The request's IP and user agent go into the contract's audit trail.
import { workspaceAction } from "@/lib/auth/workspace-action";
import { countersignContract, voidContract } from "@/lib/contracts/countersign";
import { countersignSchema, voidContractSchema } from "@/lib/contracts/signing-schemas";
import { requestMeta } from "@/lib/request-meta";

export const countersignContractAction = workspaceAction("contracts.sign", countersignSchema, async (input, { workspace, user }) =>
  countersignContract({
    workspaceId: workspace.id,
    actorId: user.id,
    contractId: input.contractId,
    version: input.version,
    typedName: input.typedName,
    ...(await requestMeta()),
  }),
);

export const voidContractAction = workspaceAction("contracts.write", voidContractSchema, async (input, { workspace, user }) =>
  voidContract({
    workspaceId: workspace.id,
    actorId: user.id,
    contractId: input.contractId,
    reason: input.reason,
    ...(await requestMeta()),
  }),
);
