// What the contract pages load before anything renders: the gate, then the record (cached per
// request, shared by the page and its generateMetadata). A missing contract is a real 404.
import { cache } from "react";

import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { getContractDetail } from "@/lib/contracts/queries";

import { orNotFound } from "../campaigns/load";

export const loadContractPage = cache(async (workspaceSlug: string, contractId: string) => {
  const ctx = await requireWorkspacePage(workspaceSlug, "contracts.read");
  return { ...ctx, contract: await orNotFound(getContractDetail(ctx.workspace.id, contractId)) };
});
