// Item: request bodies are capped while they stream in. A chunked body (no Content-Length) past a
// route's cap is answered 413 after reading about the cap — never read whole — on every route
// handler under app/api.
import fs from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { POST as requestResetRoute } from "@/app/api/auth/password-reset/route";
import { POST as complianceRoute } from "@/app/api/v1/compliance/check/route";

import { appRequest, signedInOwner } from "./helpers";
import { NOT_STATE_CHANGING, routeFiles, stateChangingRoutes, urlFor, type RouteCase } from "./routes";

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A chunked body that would go on to `total` bytes, generated only as it is pulled. */
function endlessBody(total = 100 * MB, byte = 0x20): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(CHUNK).fill(byte);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= total) return controller.close();
        sent += CHUNK;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => sent };
}

function streamed(path: string, contentType: string) {
  const body = endlessBody();
  const req = appRequest(path, { headers: { "content-type": contentType }, body: body.stream });
  return { req, pulled: body.pulled };
}

describe("streamed body limits", () => {
  it("POST /api/auth/password-reset with a chunked 100 MB body: 413 quickly, a few KB read", async () => {
    const rssBefore = process.memoryUsage().rss;
    const { req, pulled } = streamed("/api/auth/password-reset", "application/json");
    const started = Date.now();
    const res = await requestResetRoute(req);
    expect(res.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(pulled()).toBeLessThanOrEqual(2 * CHUNK);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * MB);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("the compliance API's 2 MB cap holds for a chunked body that declares no length", async () => {
    await signedInOwner();
    const { req, pulled } = streamed("/api/v1/compliance/check", "application/json");
    expect(req.headers.get("content-length")).toBeNull();
    const res = await complianceRoute(req);
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(2 * MB + 2 * CHUNK);
  });

  it("a declared Content-Length over the cap is refused before reading anything", async () => {
    const body = endlessBody();
    const req = appRequest("/api/auth/password-reset", {
      headers: { "content-type": "application/json", "content-length": String(100 * MB) },
      body: body.stream,
    });
    expect((await requestResetRoute(req)).status).toBe(413);
    expect(body.pulled()).toBe(0);
  });

  describe("every state-changing route handler under app/api", () => {
    let cases: RouteCase[];
    const params = { workspaceSlug: "", importId: "none" };
    beforeAll(async () => {
      const { workspace } = await signedInOwner();
      params.workspaceSlug = workspace.slug;
      cases = await stateChangingRoutes(params);
    });

    it("finds them (the check below can't pass by finding none)", () => {
      for (const file of Object.keys(NOT_STATE_CHANGING)) expect(fs.existsSync(file), `stale exemption ${file}`).toBe(true);
      expect(cases.map((c) => c.file)).toEqual(
        expect.arrayContaining([
          "app/api/auth/sign-in/route.ts",
          "app/api/w/[workspaceSlug]/imports/route.ts",
          "app/api/auth/[...nextauth]/route.ts",
        ]),
      );
    });

    it("answer an endless chunked body with 413 after reading no more than their cap (≤ 21 MB)", async () => {
      const results: string[] = [];
      for (const c of cases) {
        let res: Response | undefined;
        let pulled = 0;
        // JSON first; a route that takes a form says 415 without reading, then gets multipart.
        for (const type of ["application/json", "multipart/form-data; boundary=x"]) {
          const s = streamed(urlFor(c.file, params), type);
          res = await c.call(s.req);
          pulled = s.pulled();
          if (res.status !== 415) break;
        }
        results.push(`${c.method} ${c.file}: ${res!.status}${pulled > 21 * MB ? ` after ${pulled} bytes` : ""}`);
      }
      expect(results).toEqual(cases.map((c) => `${c.method} ${c.file}: 413`));
    });
  });

  it("no route handler reads a body around the capped reader (req.json/text/formData/arrayBuffer/blob)", () => {
    const offenders = routeFiles().filter((f) =>
      /\b(req|request)\.(json|text|formData|arrayBuffer|blob|body)\b/.test(fs.readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
