// Every route handler under app/api, loaded, with the params its path needs: the basis of the
// "every state-changing route" checks (body limits, cross-site requests).
import fs from "node:fs";
import path from "node:path";

export const UNSAFE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
export type RouteCase = { file: string; method: (typeof UNSAFE_METHODS)[number]; call: (req: Request) => Promise<Response> };

export function routeFiles(dir = path.resolve("app/api")): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));
}

/** Handlers that change nothing and read no body, left out with the reason. */
export const NOT_STATE_CHANGING: Record<string, string> = {
  "app/api/[...path]/route.ts": "unknown /api paths: a JSON 404 for every method, the body unread",
};

/** One case per exported POST/PUT/PATCH/DELETE; `params` fills the dynamic segments. */
export async function stateChangingRoutes(params: { workspaceSlug: string; importId: string }): Promise<RouteCase[]> {
  const out: RouteCase[] = [];
  for (const abs of routeFiles()) {
    const file = path.relative(process.cwd(), abs);
    if (NOT_STATE_CHANGING[file]) continue;
    const mod = (await import(abs)) as Record<string, Handler | undefined>;
    const segs: Record<string, string | string[]> = { ...params, nextauth: ["callback", "credentials"] };
    for (const method of UNSAFE_METHODS) {
      const handler = mod[method];
      if (handler) out.push({ file, method, call: (req) => handler(req, { params: Promise.resolve(segs) }) });
    }
  }
  return out;
}

/** The URL path a route file serves, with its dynamic segments filled. */
export function urlFor(file: string, params: { workspaceSlug: string; importId: string }): string {
  return (
    "/" +
    file
      .replace(/^app\//, "")
      .replace(/\/route\.ts$/, "")
      .replace("[workspaceSlug]", params.workspaceSlug)
      .replace("[importId]", params.importId)
      .replace("[...nextauth]", "callback/credentials")
  );
}
