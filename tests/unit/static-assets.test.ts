import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MIN_BYTES, precompressStatic } from "@/lib/static-assets/precompress";
import { pickEncoding, staticAssets } from "@/lib/static-assets/serve";

// README "Production deployment", "Static files": `npm run build` writes Brotli and gzip copies of
// the build's static files, and `npm start` serves them instead of letting Next gzip each file again.

const SCRIPT = `/* a chunk */\n${Array.from({ length: 400 }, (_, i) => `export const value${i} = "some repeated text ${i % 7}";`).join("\n")}\n`;
const STYLES = `${Array.from({ length: 200 }, (_, i) => `.c${i}{color:red;margin:${i}px}`).join("\n")}\n`;
const HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
];

let dist: string;
let secret: string;
let base: string;
let server: http.Server;
let files = 0;

function write(rel: string, text: string | Buffer) {
  const p = path.join(dist, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "static-assets-"));
  dist = path.join(root, ".next");
  write("static/chunks/app.js", SCRIPT);
  write("static/chunks/site.css", STYLES);
  write("static/chunks/tiny.js", "export {};\n");
  write("static/media/logo.png", Buffer.alloc(4096, 7));
  write("static/abc123/_buildManifest.js", SCRIPT);
  // Outside static/: must never be reachable.
  secret = write("server/secret.js", SCRIPT);
  // Stale copies: written, and then the file changed after them (a rebuild in place).
  write("static/chunks/stale.js", SCRIPT);
  await precompressStatic(path.join(dist, "static"));
  fs.writeFileSync(path.join(dist, "static/chunks/stale.js"), `${SCRIPT}// changed\n`);
  const earlier = new Date(Date.now() - 60_000);
  for (const ext of [".br", ".gz"]) fs.utimesSync(path.join(dist, `static/chunks/stale.js${ext}`), earlier, earlier);

  // A compressed copy outside static/ (as a careless server could reach with "../").
  fs.writeFileSync(`${secret}.br`, zlib.brotliCompressSync(SCRIPT));

  const assets = staticAssets({ distDir: dist, headers: HEADERS });
  files = assets.files;
  server = http.createServer((req, res) => {
    if (assets.serve(req, res)) return;
    res.statusCode = 299; // "left to Next"
    res.end("next");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(path.dirname(dist), { recursive: true, force: true });
});

/** A raw GET (fetch would decompress and hide the encoding). */
function get(url: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(base + url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("precompressStatic", () => {
  it("writes smaller Brotli and gzip copies of the compressible files, and none of the others", () => {
    const br = fs.readFileSync(path.join(dist, "static/chunks/app.js.br"));
    const gz = fs.readFileSync(path.join(dist, "static/chunks/app.js.gz"));
    expect(zlib.brotliDecompressSync(br).toString()).toBe(SCRIPT);
    expect(zlib.gunzipSync(gz).toString()).toBe(SCRIPT);
    expect(br.length).toBeLessThan(gz.length);
    expect(gz.length).toBeLessThan(SCRIPT.length / 3);
    expect(fs.existsSync(path.join(dist, "static/chunks/site.css.br"))).toBe(true);
    // Below MIN_BYTES, an image (compressed already), and nothing outside static/.
    expect("export {};\n".length).toBeLessThan(MIN_BYTES);
    expect(fs.existsSync(path.join(dist, "static/chunks/tiny.js.br"))).toBe(false);
    expect(fs.existsSync(path.join(dist, "static/media/logo.png.br"))).toBe(false);
    expect(fs.existsSync(`${secret}.gz`)).toBe(false);
  });

  it("does nothing on a second run, and compresses again a file changed since", async () => {
    const again = await precompressStatic(path.join(dist, "static"));
    // stale.js changed after its copies: the only one compressed again.
    expect(again.files).toBe(1);
    expect(again.unchanged).toBe(3);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dist, "static/chunks/stale.js.gz"))).toString()).toContain("// changed");
    const third = await precompressStatic(path.join(dist, "static"));
    expect(third.files).toBe(0);
    expect(third.unchanged).toBe(4);
    // No temporary file left behind.
    expect(fs.readdirSync(path.join(dist, "static/chunks")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("pickEncoding", () => {
  const both = ["br", "gzip"] as const;
  it("prefers Brotli, honours q-values and refusals", () => {
    expect(pickEncoding("gzip, deflate, br, zstd", both)).toBe("br");
    expect(pickEncoding("gzip, deflate", both)).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip", both)).toBe("gzip");
    expect(pickEncoding("br;q=0.5, gzip;q=0.8", both)).toBe("gzip");
    expect(pickEncoding("BR", both)).toBe("br");
    expect(pickEncoding("*", both)).toBe("br");
    expect(pickEncoding("*;q=0, gzip", both)).toBe("gzip");
    expect(pickEncoding("x-gzip", both)).toBe("gzip");
  });
  it("gives null when nothing acceptable is available", () => {
    expect(pickEncoding(undefined, both)).toBeNull();
    expect(pickEncoding("", both)).toBeNull();
    expect(pickEncoding("identity", both)).toBeNull();
    expect(pickEncoding("deflate, zstd", both)).toBeNull();
    expect(pickEncoding("gzip;q=0, br;q=0", both)).toBeNull();
    expect(pickEncoding("br", ["gzip"])).toBeNull();
    expect(pickEncoding("gzip, br", [])).toBeNull();
  });
});

describe("staticAssets().serve", () => {
  it("indexes the files that have current copies (not the stale one, the tiny one or the image)", () => {
    // app.js, site.css, _buildManifest.js: stale.js's copies are older than it.
    expect(files).toBe(3);
  });

  it("answers a Brotli-capable browser with the Brotli copy and the headers Next would send", async () => {
    const r = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(r.body).toString()).toBe(SCRIPT);
    expect(r.headers["content-length"]).toBe(String(r.body.length));
    expect(r.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(r.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(r.headers.vary).toBe("Accept-Encoding");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["x-frame-options"]).toBe("DENY");
    expect(r.headers.etag).toMatch(/^"[0-9a-z]+-[0-9a-z]+-br"$/);
    // The second request comes from memory, the same bytes.
    const again = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" });
    expect(again.body.equals(r.body)).toBe(true);
  });

  it("answers a gzip-only client with the gzip copy, and a stylesheet with its type", async () => {
    const r = await get("/_next/static/chunks/site.css?v=1", { "accept-encoding": "gzip" });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(zlib.gunzipSync(r.body).toString()).toBe(STYLES);
  });

  it("answers a matching If-None-Match with 304 and no body; HEAD with the headers only", async () => {
    const first = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" });
    const etag = String(first.headers.etag);
    const r = await get("/_next/static/chunks/app.js", { "accept-encoding": "br", "if-none-match": `"other", W/${etag}` });
    expect(r.status).toBe(304);
    expect(r.body.length).toBe(0);
    // The gzip copy has its own validator: a Brotli ETag does not match it.
    const gz = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip", "if-none-match": etag });
    expect(gz.status).toBe(200);
    expect(gz.headers.etag).not.toBe(etag);
    const head = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(first.headers["content-length"]);
    expect(head.body.length).toBe(0);
  });

  it("leaves to Next every request it has no copy for", async () => {
    const cases: [string, Record<string, string>, string?][] = [
      ["/_next/static/chunks/app.js", {}], // no Accept-Encoding: the plain file is Next's
      ["/_next/static/chunks/app.js", { "accept-encoding": "identity" }],
      ["/_next/static/chunks/app.js", { "accept-encoding": "br" }, "POST"],
      ["/_next/static/chunks/tiny.js", { "accept-encoding": "br" }],
      ["/_next/static/media/logo.png", { "accept-encoding": "br" }],
      ["/_next/static/chunks/missing.js", { "accept-encoding": "br" }],
      ["/_next/static/chunks/app.js.br", { "accept-encoding": "br" }],
      ["/_next/static/chunks/stale.js", { "accept-encoding": "br" }], // its copies predate it
      ["/other/chunks/app.js", { "accept-encoding": "br" }],
    ];
    for (const [url, headers, method] of cases) {
      const r = await get(url, headers, method);
      expect({ url, method, status: r.status }).toEqual({ url, method, status: 299 });
    }
  });

  it("never reaches a file outside the static folder", async () => {
    for (const url of [
      "/_next/static/../server/secret.js",
      "/_next/static/%2e%2e/server/secret.js",
      "/_next/static/chunks/..%2f..%2fserver/secret.js",
      "/_next/static//server/secret.js",
    ]) {
      const r = await get(url, { "accept-encoding": "br, gzip" });
      expect({ url, status: r.status }).toEqual({ url, status: 299 });
    }
  });
});
