// Upload of a screenshot of the creator's insights from the portal, kept as evidence beside the
// numbers they report. Like draft media (../files/route.ts), the body is the file itself, streamed
// to storage with the image cap; images only. Answers 201 with the stored file, which the numbers
// then reference when submitted.
import { portalUploadRoute } from "@/lib/portal/upload-route";
import { uploadInsightScreenshot } from "@/lib/posts/portal";

export const dynamic = "force-dynamic";

export const POST = portalUploadRoute(uploadInsightScreenshot);
