// The executed, sealed PDF of a completed contract, for a member who may read contracts. Sealed on
// the first download when the background job hasn't done it yet; every download is in the audit trail.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { clientIp } from "@/lib/client-ip";
import { executedPdfForMember, executedPdfResponse } from "@/lib/contracts/executed-pdf";

export const dynamic = "force-dynamic";

export const GET = withWorkspace<{ workspaceSlug: string; contractId: string }>(
  "contracts.read",
  async (req, { workspace, user, params }) =>
    executedPdfResponse(
      await executedPdfForMember({
        workspaceId: workspace.id,
        contractId: params.contractId,
        userId: user.id,
        ip: clientIp(req.headers),
        userAgent: req.headers.get("user-agent"),
      }),
    ),
);
