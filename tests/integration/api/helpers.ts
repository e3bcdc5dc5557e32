// Calling the public API's route handlers in tests: a key of a fresh workspace and a request helper.
import { createApiKey, createApiKeySchema } from "@/lib/api-keys/keys";
import { API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";

import { createUser, createWorkspaceWith } from "../../fixtures/factories";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function workspaceWithKey(scopes: readonly ApiScope[] = API_SCOPES, opts: { expiresInDays?: number } = {}) {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ name: "Api Co", owner });
  const key = await createApiKey({
    workspaceId: workspace.id,
    actorId: owner.id,
    actorRole: "owner",
    input: createApiKeySchema.parse({ name: "Test key", scopes: [...scopes], expiresInDays: opts.expiresInDays ?? null }),
  });
  return { owner, workspace, key: key.key, keyId: key.id };
}

export async function call(
  handler: Handler,
  opts: {
    key?: string | null;
    method?: string;
    path?: string;
    params?: Record<string, string>;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
) {
  const headers = new Headers(opts.headers);
  if (opts.key) headers.set("authorization", `Bearer ${opts.key}`);
  if (opts.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const res = await handler(
    new Request(`http://test/api/v1${opts.path ?? "/x"}`, {
      method: opts.method ?? (opts.body === undefined ? "GET" : "POST"),
      headers,
      body: opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body),
    }),
    { params: Promise.resolve(opts.params ?? {}) },
  );
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return {
    res,
    status: res.status,
    text,
    json: json as Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string[]> } },
  };
}
