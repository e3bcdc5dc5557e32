// The OpenAPI document and the routes agree: every route file under app/api/v1 is in the document
// with each of its methods, built from the very operation the handler parses its input with, and
// the document's parameters and bodies say what those zod schemas accept.
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";
import { z } from "zod";

import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import type { Operation } from "@/lib/api/operation";
import { API_BASE_PATH, openApiDocument } from "@/lib/api/v1/openapi";
import { OPERATIONS } from "@/lib/api/v1/operations";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const V1 = path.join(ROOT, "app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
/** Route files that are not API operations, with the reason. */
const NOT_OPERATIONS: Record<string, string> = { "app/api/v1/openapi.json/route.ts": "serves the document itself" };

function routeFiles(dir = V1): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));
}

/** "app/api/v1/posts/[postId]/snapshots/route.ts" → "/posts/{postId}/snapshots". */
function pathOf(file: string): string {
  return file
    .replace(/^app\/api\/v1/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\w+)\]/g, "{$1}");
}

type JsonSchema = { type?: unknown; properties?: Record<string, JsonSchema>; required?: string[]; anyOf?: JsonSchema[]; enum?: unknown[] };
type DocOp = {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
};

/** The facts a client relies on: property names, which are required, and each property's JSON type(s) and enum. */
function shape(s: JsonSchema | undefined): unknown {
  if (!s) return null;
  const types = (x: JsonSchema): string[] =>
    x.anyOf ? [...new Set(x.anyOf.flatMap(types))].sort() : x.type === undefined ? [] : ([x.type].flat() as string[]);
  return {
    required: [...(s.required ?? [])].sort(),
    properties: Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([k, v]) => [
        k,
        { types: types(v), enum: v.enum ?? v.anyOf?.find((a) => a.enum)?.enum ?? null },
      ]),
    ),
  };
}

const inputSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

describe("OpenAPI 3.1 document of /api/v1", () => {
  const doc = openApiDocument();
  const docOp = (op: Operation) =>
    (doc.paths?.[`${API_BASE_PATH}${op.path}`] as Record<string, DocOp> | undefined)?.[op.method.toLowerCase()];

  it("every route file's methods are operations declared for that path and method, and in the document", async () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const abs of routeFiles()) {
      const file = path.relative(ROOT, abs);
      if (NOT_OPERATIONS[file]) continue;
      const mod = (await import(abs)) as Record<string, { operation?: Operation } | undefined>;
      const methods = METHODS.filter((m) => mod[m]);
      if (methods.length === 0) problems.push(`${file}: exports no method`);
      for (const m of methods) {
        const op = mod[m]!.operation;
        if (!op) {
          problems.push(`${file} ${m}: not built with withApiKey (no operation)`);
          continue;
        }
        if (op.method !== m || op.path !== pathOf(file)) problems.push(`${file} ${m}: declared as ${op.method} ${op.path}`);
        if (!OPERATIONS.includes(op)) problems.push(`${file} ${m}: ${op.operationId} is not in OPERATIONS`);
        if (!docOp(op)) problems.push(`${file} ${m}: not in the document`);
        seen.add(op.operationId);
      }
    }
    expect(problems).toEqual([]);
    expect(
      OPERATIONS.map((o) => o.operationId).filter((id) => !seen.has(id)),
      "operations with no route file",
    ).toEqual([]);
    expect(OPERATIONS.length).toBeGreaterThanOrEqual(20);
  });

  it("the document's parameters and bodies agree with the zod schemas the handlers parse with", () => {
    for (const op of OPERATIONS) {
      const d = docOp(op)!;
      const params = (where: string) =>
        (d.parameters ?? [])
          .filter((p) => p.in === where)
          .map((p) => p.name)
          .sort();
      expect(params("path"), `${op.operationId} path`).toEqual(Object.keys(op.params?.shape ?? {}).sort());
      expect(params("query"), `${op.operationId} query`).toEqual(Object.keys(op.query?.shape ?? {}).sort());
      if (op.query)
        for (const p of (d.parameters ?? []).filter((x) => x.in === "query"))
          expect(shape({ properties: { [p.name]: p.schema } }), `${op.operationId} ?${p.name}`).toEqual(
            shape({ properties: { [p.name]: inputSchema(op.query).properties![p.name]! } }),
          );
      const body = d.requestBody?.content["application/json"]?.schema;
      if (op.body) expect(shape(body), `${op.operationId} body`).toEqual(shape(inputSchema(op.body)));
      else expect(body, `${op.operationId} has no body`).toBeUndefined();
      const ok = d.responses[String(op.response.status)];
      expect(ok, `${op.operationId} ${op.response.status}`).toBeDefined();
      if (op.response.schema)
        expect(shape(ok!.content?.["application/json"]?.schema), `${op.operationId} answer`).toEqual(
          shape(z.toJSONSchema(op.response.schema, { io: "output", unrepresentable: "any" }) as JsonSchema),
        );
      for (const status of ["401", "403", "429"]) expect(d.responses[status], `${op.operationId} ${status}`).toBeDefined();
      if (op.method === "POST") expect(d.responses["422"], `${op.operationId} 422 (Idempotency-Key)`).toBeDefined();
    }
  });

  it("the comparison above notices a disagreement (a body field the document lacks)", () => {
    const op = OPERATIONS.find((o) => o.operationId === "createInfluencer")!;
    const body = docOp(op)!.requestBody!.content["application/json"]!.schema;
    const { displayName: _dropped, ...rest } = body.properties!;
    expect(shape({ ...body, properties: rest })).not.toEqual(shape(inputSchema(op.body!)));
  });

  it("is served at /api/v1/openapi.json as OpenAPI 3.1 with the bearer scheme", async () => {
    const res = await openApiRoute();
    expect(res.status).toBe(200);
    const served = (await res.json()) as { openapi: string; components: { securitySchemes: Record<string, { scheme: string }> } };
    expect(served.openapi).toBe("3.1.0");
    expect(served.components.securitySchemes.bearerKey!.scheme).toBe("bearer");
  });
});
