"use server";

// The brand's signing actions: countersign (contracts.sign: owners and admins) and void
// (contracts.write). The request's IP and user agent go into the contract's audit trail.
import { headers } from "next/headers";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { clientIp } from "@/lib/client-ip";
import { countersignContract, voidContract } from "@/lib/contracts/countersign";
import type { RequestMeta } from "@/lib/contracts/drafting";
import { countersignSchema, voidContractSchema } from "@/lib/contracts/signing-schemas";

async function requestMeta(): Promise<RequestMeta> {
  try {
    const h = await headers();
    return { ip: clientIp(h), userAgent: h.get("user-agent") };
  } catch {
    return { ip: null, userAgent: null }; // outside a request (tests)
  }
}

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
