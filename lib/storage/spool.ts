// Reads an upload's body stream to a local scratch file, hashing and counting as it goes, without
// ever holding the file in memory. The cap is enforced while reading (the body is cancelled as soon
// as it is passed) and can tighten once the first bytes are known: `onHead` sees them, sniffs the
// type, and returns that type's cap. Content-Length, when sent, is checked up front and at the end
// (a proxy that truncates bodies must not yield a silently shortened file).
import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";

import { AppError } from "../errors";
import { formatBytes } from "./kinds";

export type Spooled = { size: number; sha256: string; head: Uint8Array };

export async function spool(
  body: ReadableStream<Uint8Array>,
  file: string,
  opts: {
    declaredLength: number | null;
    /** Bytes allowed before the head is known (the largest cap of the kinds accepted). */
    cap: number;
    headBytes: number;
    /** Called once with the first `headBytes` (all of a smaller file); returns the cap for this file or throws. */
    onHead: (head: Uint8Array) => Promise<number>;
  },
): Promise<Spooled> {
  const tooLarge = (cap: number) => new AppError("PAYLOAD_TOO_LARGE", `This file is too large: the limit is ${formatBytes(cap)}.`);
  if (opts.declaredLength !== null && opts.declaredLength > opts.cap) throw tooLarge(opts.cap);
  const reader = body.getReader();
  const out = fs.createWriteStream(file, { flags: "wx" });
  const hash = createHash("sha256");
  let cap = opts.cap;
  let size = 0;
  let headChunks: Uint8Array[] | null = [];
  let head: Uint8Array = new Uint8Array(0);
  const settleHead = async () => {
    head = concat(headChunks!, opts.headBytes);
    headChunks = null;
    cap = await opts.onHead(head);
    if (opts.declaredLength !== null && opts.declaredLength > cap) throw tooLarge(cap);
    if (size > cap) throw tooLarge(cap);
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > cap) throw tooLarge(cap);
      hash.update(value);
      if (!out.write(value)) await once(out, "drain");
      if (headChunks) {
        headChunks.push(value);
        if (size >= opts.headBytes) await settleHead();
      }
    }
    if (size === 0) throw new AppError("BAD_REQUEST", "The file is empty.");
    if (headChunks) await settleHead();
    if (opts.declaredLength !== null && size !== opts.declaredLength) {
      throw new AppError("BAD_REQUEST", "The upload was cut off before the end. Try again.");
    }
    out.end();
    await once(out, "close");
    return { size, sha256: hash.digest("hex"), head };
  } catch (e) {
    await reader.cancel().catch(() => {});
    // The file opens asynchronously: wait until it is open and closed again, or the caller's cleanup
    // could run before it exists and leave it behind.
    if (!out.closed) {
      const closed = once(out, "close").catch(() => {});
      out.destroy();
      await closed;
    }
    throw e;
  }
}

function concat(chunks: Uint8Array[], max: number): Uint8Array {
  const total = Math.min(
    max,
    chunks.reduce((n, c) => n + c.byteLength, 0),
  );
  const head = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    if (at >= total) break;
    const part = c.subarray(0, total - at);
    head.set(part, at);
    at += part.byteLength;
  }
  return head;
}
