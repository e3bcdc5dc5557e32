// One public-API operation, declared once: method, path, scope, input and output schemas. The route
// handler is built from it (lib/api/with-api-key.ts parses the input with these schemas) and the
// OpenAPI document is generated from the same declarations (lib/api/v1/openapi.ts), so the two
// can't disagree.
import type { z } from "zod";

import type { ApiScope } from "../api-keys/scopes";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export type Operation<
  Params extends z.ZodObject = z.ZodObject,
  Query extends z.ZodObject = z.ZodObject,
  Body extends z.ZodType = z.ZodType,
> = {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path, e.g. "/influencers/{influencerId}" (under /api/v1). */
  path: string;
  /** null: any valid key may call it (the disclosure check). */
  scope: ApiScope | null;
  tag: string;
  summary: string;
  description?: string;
  params?: Params;
  query?: Query;
  body?: Body;
  /** Largest body accepted, in bytes (413 past it). */
  maxBodyBytes?: number;
  /** The success answer: a zod schema for JSON, or a media type for a file. */
  response: { status: number; description: string; schema?: z.ZodType; mediaType?: string };
};

export function defineOperation<P extends z.ZodObject, Q extends z.ZodObject, B extends z.ZodType>(
  op: Operation<P, Q, B>,
): Operation<P, Q, B> {
  return op;
}

/** The default body cap of the public API. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
