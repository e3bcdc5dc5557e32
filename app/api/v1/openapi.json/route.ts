// GET /api/v1/openapi.json — the public API's OpenAPI 3.1 document, generated from the operations' zod schemas.
import { openApiDocument } from "@/lib/api/v1/openapi";

export const GET = () => Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
