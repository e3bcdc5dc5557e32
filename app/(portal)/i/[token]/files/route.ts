// Upload of one draft image or video from the portal. The body is the file itself (not multipart, not
// a server action), streamed to storage with a cap per kind; the name comes in X-File-Name
// (percent-encoded). Answers 201 with the stored file, which the draft then references when saved.
import { clientIp } from "@/lib/client-ip";
import { errorResponse } from "@/lib/errors";
import { portalGate } from "@/lib/portal/gate";
import { uploadDraftMedia } from "@/lib/portal/media";
import { declaredLengthOf } from "@/lib/storage/upload";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await params;
    const ctx = await portalGate(token, { ip: clientIp(req.headers) });
    const file = await uploadDraftMedia(ctx, {
      body: req.body,
      declaredLength: declaredLengthOf(req.headers),
      fileName: req.headers.get("x-file-name") ?? "",
    });
    return Response.json({ file }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}
