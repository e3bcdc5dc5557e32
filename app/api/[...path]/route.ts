// Any path under /api that no route handles answers like the API does: JSON
// {"error":{"code":"NOT_FOUND",…}} with status 404, for every method, never the HTML not-found
// page. More specific routes always win over this catch-all.
import { AppError, errorResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";

function noSuchEndpoint(): Promise<Response> {
  return errorResponse(new AppError("NOT_FOUND", "There is no such API endpoint."));
}

export { noSuchEndpoint as DELETE, noSuchEndpoint as GET, noSuchEndpoint as PATCH, noSuchEndpoint as POST, noSuchEndpoint as PUT };
