// Serves the build's static files (`/_next/static/…`) from the compressed copies written at build
// time (./precompress.ts), before Next sees the request: Brotli to a browser that accepts it, gzip to
// one that accepts only gzip. Next would gzip each file again on every request: 8 ms of the server's
// CPU for React's 230 KB chunk, about 20 ms for a page's scripts, more than rendering the page itself
// (README "Production deployment", "Static files").
//
// The index of files is built once, when the server starts, from the build folder, which does not
// change while the server runs: a request's path is looked up in it and never joined to a file path,
// so no path can reach outside the folder. A file without a current copy in an encoding the browser
// accepts (or any file not in the index) is left to Next.
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

import { COMPRESSIBLE_TYPES, isCurrent, listFiles, SIDECAR, type Encoding } from "./precompress";

export const STATIC_PREFIX = "/_next/static/";

/** Files up to this size are kept in memory after their first request (the build's are all smaller). */
const MAX_CACHED_BYTES = 4 * 1024 * 1024;

type Variant = { file: string; size: number; etag: string; body?: Buffer };
type Entry = { type: string; lastModified: string; variants: Partial<Record<Encoding, Variant>> };

/**
 * The client's preferred encoding among those a file has, from its Accept-Encoding header: the
 * highest q-value wins, Brotli on a tie; `q=0` refuses an encoding; `*` stands for any encoding the
 * header does not name. `null`: none acceptable (the file is then left to Next).
 */
export function pickEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header || available.length === 0) return null;
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    if (Number.isFinite(weight)) q.set(name, weight);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const enc of ["br", "gzip"] as const) {
    if (!available.includes(enc)) continue;
    const w = q.get(enc) ?? (enc === "gzip" ? q.get("x-gzip") : undefined) ?? q.get("*") ?? 0;
    if (w > bestQ) {
      best = enc;
      bestQ = w;
    }
  }
  return best;
}

/** The index of `<distDir>/static`: URL path → content type and current compressed copies. */
export function indexStaticFiles(distDir: string): Map<string, Entry> {
  const root = path.join(distDir, "static");
  const index = new Map<string, Entry>();
  for (const file of listFiles(root)) {
    const type = COMPRESSIBLE_TYPES[path.extname(file)];
    if (!type) continue;
    const stat = fs.statSync(file);
    const variants: Entry["variants"] = {};
    for (const enc of ["br", "gzip"] as const) {
      const sidecar = file + SIDECAR[enc];
      if (!isCurrent(file, sidecar)) continue;
      const s = fs.statSync(sidecar);
      // Strong validators, one per encoding (the copies differ byte for byte).
      variants[enc] = { file: sidecar, size: s.size, etag: `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}-${enc}"` };
    }
    if (!variants.br && !variants.gzip) continue;
    const rel = path.relative(root, file).split(path.sep).join("/");
    index.set(STATIC_PREFIX + rel, { type, lastModified: stat.mtime.toUTCString(), variants });
  }
  return index;
}

export type StaticAssets = {
  /** How many files have a compressed copy to serve. */
  readonly files: number;
  /** Answers the request and returns true, or returns false (untouched) for Next to answer. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
};

/**
 * `headers`: the static headers every response carries (next.config.ts's security headers), set on
 * these responses as Next would.
 */
export function staticAssets({ distDir, headers }: { distDir: string; headers: readonly { key: string; value: string }[] }): StaticAssets {
  const index = indexStaticFiles(distDir);
  return {
    files: index.size,
    serve(req, res) {
      if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith(STATIC_PREFIX)) return false;
      const q = req.url.indexOf("?");
      const entry = index.get(q === -1 ? req.url : req.url.slice(0, q));
      if (!entry) return false;
      const enc = pickEncoding(req.headers["accept-encoding"], Object.keys(entry.variants) as Encoding[]);
      const variant = enc ? entry.variants[enc] : undefined;
      if (!enc || !variant) return false;

      for (const h of headers) res.setHeader(h.key, h.value);
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      res.setHeader("Vary", "Accept-Encoding");
      res.setHeader("ETag", variant.etag);
      res.setHeader("Last-Modified", entry.lastModified);
      res.setHeader("Content-Type", entry.type);
      const inm = req.headers["if-none-match"];
      if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === variant.etag)) {
        res.statusCode = 304;
        res.end();
        return true;
      }
      res.setHeader("Content-Encoding", enc);
      res.setHeader("Content-Length", variant.size);
      res.statusCode = 200;
      if (req.method === "HEAD") {
        res.end();
        return true;
      }
      if (variant.body) {
        res.end(variant.body);
        return true;
      }
      if (variant.size > MAX_CACHED_BYTES) {
        fs.createReadStream(variant.file)
          .on("error", () => res.destroy())
          .pipe(res);
        return true;
      }
      fs.readFile(variant.file, (err, body) => {
        if (err) {
          // The copy went away under the running server (a rebuild in place): this response can't
          // be completed; the browser retries and the next server start re-indexes.
          res.destroy();
          return;
        }
        variant.body = body;
        res.end(body);
      });
      return true;
    },
  };
}
