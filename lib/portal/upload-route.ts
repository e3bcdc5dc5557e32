// The POST handler of a portal upload route (/i/[token]/files, /i/[token]/insights): the body is the
// file itself (not multipart, not a server action), its name comes in X-File-Name (percent-encoded).
// The token's gate runs first; `store` decides what may be uploaded and stores it. Answers 201 with
// the stored file, which the draft or the reported numbers then reference.
import { clientIp } from "../client-ip";
import { errorResponse } from "../errors";
import { declaredLengthOf, type UploadInput } from "../storage/upload";
import type { StoredFileView } from "../storage/view";
import { portalGate, type PortalContext } from "./gate";

export function portalUploadRoute(store: (ctx: PortalContext, upload: UploadInput) => Promise<StoredFileView>) {
  return async function POST(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
    try {
      const { token } = await params;
      const ctx = await portalGate(token, { ip: clientIp(req.headers) });
      const file = await store(ctx, {
        body: req.body,
        declaredLength: declaredLengthOf(req.headers),
        fileName: req.headers.get("x-file-name") ?? "",
      });
      return Response.json({ file }, { status: 201, headers: { "Cache-Control": "no-store" } });
    } catch (e) {
      return errorResponse(e);
    }
  };
}
