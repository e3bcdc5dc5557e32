// Upload of one draft image or video from the portal, streamed to storage with a cap per kind
// (lib/portal/upload-route.ts has the transport). Answers 201 with the stored file, which the draft
// then references when saved.
import { uploadDraftMedia } from "@/lib/portal/media";
import { portalUploadRoute } from "@/lib/portal/upload-route";

export const dynamic = "force-dynamic";

export const POST = portalUploadRoute(uploadDraftMedia);
