// GET /api/v1/contracts/{id}/pdf — the executed, sealed PDF; every download is in the contract's trail.
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { clientIp } from "@/lib/client-ip";
import { executedPdfForMember, executedPdfResponse } from "@/lib/contracts/executed-pdf";

export const dynamic = "force-dynamic";

export const GET = withApiKey(ops.getContractPdf, async ({ params }, { workspace, actorId }, req) =>
  executedPdfResponse(
    await executedPdfForMember({
      workspaceId: workspace.id,
      contractId: params.contractId,
      userId: actorId,
      ip: clientIp(req.headers),
      userAgent: req.headers.get("user-agent"),
    }),
  ),
);
