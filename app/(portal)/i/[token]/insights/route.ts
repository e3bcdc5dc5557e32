// Upload of a screenshot of the creator's insights from the portal, kept as evidence beside the
// numbers they report. Like draft media (../files/route.ts), the body is the file itself, streamed
// to storage with the image cap; images only. Answers 201 with the stored file, which the numbers
// then reference when submitted.
import { clientIp } from "@/lib/client-ip";
import { errorResponse } from "@/lib/errors";
import { portalGate } from "@/lib/portal/gate";
import { uploadInsightScreenshot } from "@/lib/posts/portal";
import { declaredLengthOf } from "@/lib/storage/upload";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await params;
    const ctx = await portalGate(token, { ip: clientIp(req.headers) });
    const file = await uploadInsightScreenshot(ctx, {
      body: req.body,
      declaredLength: declaredLengthOf(req.headers),
      fileName: req.headers.get("x-file-name") ?? "",
    });
    return Response.json({ file }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}
