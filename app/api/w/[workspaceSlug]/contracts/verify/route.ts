// POST /api/w/:slug/contracts/verify: the raw bytes of a PDF (at most 8 MB); answers whether it is,
// unaltered, the executed PDF of one of this workspace's contracts. The bytes are only hashed.
import { withWorkspace } from "@/lib/auth/with-workspace";
import { VERIFY_MAX_BYTES, verifyExecutedPdf } from "@/lib/contracts/executed-pdf";
import { readBody } from "@/lib/http";

export const dynamic = "force-dynamic";

export const POST = withWorkspace("contracts.read", async (req, { workspace }) => {
  const bytes = await readBody(req, {
    maxBytes: VERIFY_MAX_BYTES,
    tooLargeMessage: "This file is larger than 8 MB, so it can't be an executed contract from this app.",
  });
  return Response.json({ result: await verifyExecutedPdf({ workspaceId: workspace.id, bytes }) });
});
