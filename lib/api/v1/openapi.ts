// The OpenAPI 3.1 document of the public API, generated with zod-openapi from the operations'
// own zod schemas (./operations.ts): request bodies and parameters as the handlers parse them
// (input side), answers as declared.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";

import { API_SCOPES } from "../../api-keys/scopes";
import { DEFAULT_MAX_BODY_BYTES, type Operation } from "../operation";
import { API_RATE_LIMIT } from "../with-api-key";
import { OPERATIONS } from "./operations";
import { errorSchema } from "./schemas";

export const API_BASE_PATH = "/api/v1";

const idempotencyHeader = z.object({
  "Idempotency-Key": z
    .string()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: "Same key and same body within 24 hours: the stored answer again. Same key, other body: 422." }),
});

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: errorSchema } } });

function operationObject(op: Operation): ZodOpenApiOperationObject {
  const limit = op.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const responses: ZodOpenApiOperationObject["responses"] = {
    [String(op.response.status)]: op.response.schema
      ? { description: op.response.description, content: { "application/json": { schema: op.response.schema } } }
      : { description: op.response.description, content: { [op.response.mediaType ?? "application/octet-stream"]: {} } },
    "400": errorResponse("Invalid input: `fields` names each problem"),
    "401": errorResponse("No key, or a malformed, unknown, revoked or expired key"),
    "403": errorResponse("The key lacks the scope"),
    "429": errorResponse("Over the key's rate limit; see Retry-After"),
  };
  if (op.params) responses["404"] = errorResponse("No such record in this key's workspace");
  if (op.body) {
    responses["413"] = errorResponse(`Body over ${Math.round(limit / 1024)} KB`);
    responses["415"] = errorResponse("Body not sent as application/json");
  }
  if (op.method === "POST") responses["422"] = errorResponse("Idempotency-Key reused with a different request");
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, op.scope ? `Scope: \`${op.scope}\`.` : "Any valid key."].filter(Boolean).join("\n\n"),
    security: [{ bearerKey: op.scope ? [op.scope] : [] }],
    requestParams: {
      ...(op.params ? { path: op.params } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(op.method === "POST"
        ? {
            header: idempotencyHeader,
          }
        : {}),
    },
    ...(op.body
      ? {
          requestBody: {
            required: true,
            description: `JSON, at most ${Math.round(limit / 1024)} KB.`,
            content: { "application/json": { schema: op.body } },
          },
        }
      : {}),
    responses,
  };
}

let cached: ReturnType<typeof createDocument> | undefined;

/** The document (built once per process). */
export function openApiDocument() {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = {};
  for (const op of OPERATIONS) {
    const path = `${API_BASE_PATH}${op.path}`;
    paths[path] = { ...paths[path], [op.method.toLowerCase()]: operationObject(op) };
  }
  cached = createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Microcampaigns API",
        version: "1.0.0",
        description: [
          "The workspace's data over HTTP, with a scoped API key (Settings → API keys).",
          `Authenticate with \`Authorization: Bearer mc_live_…\`. Each key may make ${API_RATE_LIMIT.limit} requests per minute (429 with Retry-After past it; X-RateLimit-Limit, -Remaining and -Reset on every answer).`,
          "Lists page with keyset cursors: pass `nextCursor` back as `cursor` until it is null. Times are ISO 8601; money is integer minor units with its currency.",
          'Errors: `{ "error": { "code", "message", "fields"? } }`. Every POST honours `Idempotency-Key` for 24 hours.',
        ].join("\n\n"),
      },
      components: {
        securitySchemes: {
          bearerKey: {
            type: "http",
            scheme: "bearer",
            description: `An API key. Scopes: ${API_SCOPES.join(", ")}.`,
          },
        },
      },
      paths,
    },
    { reused: "inline" },
  );
  return cached;
}
