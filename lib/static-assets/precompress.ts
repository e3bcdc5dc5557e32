// The build's static files (`<distDir>/static`: the JavaScript chunks and the stylesheet) compressed
// once, at build time, beside each file: `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip,
// level 9). `npm start` serves them as they are (./serve.ts); `next start` alone would gzip each one
// again on every request, at level 6 (README "Production deployment", "Static files").
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * The extensions worth compressing, with the content type lib/static-assets/serve.ts sends them
 * with; fonts and images are compressed formats already.
 */
export const COMPRESSIBLE_TYPES: Readonly<Record<string, string>> = {
  ".js": "application/javascript; charset=UTF-8",
  ".mjs": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=UTF-8",
  ".html": "text/html; charset=UTF-8",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = new Set(Object.keys(COMPRESSIBLE_TYPES));
/** Below this a compressed copy saves less than a packet. */
export const MIN_BYTES = 1024;

export type Encoding = "br" | "gzip";
export const SIDECAR: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

export type PrecompressResult = {
  /** Files compressed in this run. */
  files: number;
  /** Files whose copies were already newer than the file (an earlier run): left alone. */
  unchanged: number;
  bytes: number;
  brBytes: number;
  gzipBytes: number;
  ms: number;
};

/** Every regular file under `dir` (no symbolic links followed), as absolute paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** A compressed copy is current when it was written after its file (a rebuilt file makes it stale). */
export function isCurrent(file: string, sidecar: string): boolean {
  try {
    return fs.statSync(sidecar).mtimeMs >= fs.statSync(file).mtimeMs;
  } catch {
    return false;
  }
}

async function writeAtomically(target: string, data: Buffer) {
  // A server starting meanwhile sees the whole copy or none.
  const tmp = `${target}.${process.pid}.tmp`;
  await fs.promises.writeFile(tmp, data);
  await fs.promises.rename(tmp, target);
}

/**
 * Writes the `.br` and `.gz` copies of every compressible file of at least MIN_BYTES under
 * `staticDir`, `concurrency` files at a time (zlib runs on libuv's thread pool). A copy that would
 * not be smaller than the file is not written, and a stale one is removed. Files whose copies are
 * current are skipped, so a second run does nothing.
 */
export async function precompressStatic(staticDir: string, { concurrency = 4 } = {}): Promise<PrecompressResult> {
  const t0 = Date.now();
  const result: PrecompressResult = { files: 0, unchanged: 0, bytes: 0, brBytes: 0, gzipBytes: 0, ms: 0 };
  const todo = listFiles(staticDir).filter((f) => COMPRESSIBLE.has(path.extname(f)));
  const one = async (file: string) => {
    const data = await fs.promises.readFile(file);
    if (data.length < MIN_BYTES) return;
    if (isCurrent(file, file + SIDECAR.br) || isCurrent(file, file + SIDECAR.gzip)) {
      result.unchanged++;
      return;
    }
    const [br, gz] = await Promise.all([
      brotli(data, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
      gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
    ]);
    for (const [enc, out] of [
      ["br", br],
      ["gzip", gz],
    ] as const) {
      const target = file + SIDECAR[enc];
      if (out.length < data.length) await writeAtomically(target, out);
      else await fs.promises.rm(target, { force: true });
    }
    result.files++;
    result.bytes += data.length;
    result.brBytes += Math.min(br.length, data.length);
    result.gzipBytes += Math.min(gz.length, data.length);
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, concurrency) }, async () => {
      while (next < todo.length) await one(todo[next++]!);
    }),
  );
  result.ms = Date.now() - t0;
  return result;
}
