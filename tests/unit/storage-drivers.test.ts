// The storage driver contract, run against both drivers: local disk in a temp directory, and S3
// through the real AWS SDK against an in-process fake S3 server on 127.0.0.1 (no network).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { diskDriver } from "@/lib/storage/disk";
import type { StorageDriver } from "@/lib/storage/driver";
import { s3Driver } from "@/lib/storage/s3";

import { startFakeS3, type FakeS3 } from "../fixtures/fake-s3";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "drivers-"));
const CONTENT = Buffer.from("0123456789abcdefghijklmnopqrstuvwxyz");
const source = path.join(scratch, "source.bin");
fs.writeFileSync(source, CONTENT);

async function text(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks).toString();
}

let fake: FakeS3;
beforeAll(async () => {
  fake = await startFakeS3({ bucket: "media", accessKeyId: "test-key" });
});
afterAll(async () => {
  await fake.close();
});

const drivers: [string, () => StorageDriver][] = [
  ["disk", () => diskDriver(path.join(scratch, "files"))],
  [
    "s3",
    () =>
      s3Driver({
        bucket: fake.bucket,
        region: "us-east-1",
        endpoint: fake.endpoint,
        accessKeyId: fake.accessKeyId,
        secretAccessKey: "test-secret",
        forcePathStyle: true,
      }),
  ],
];

describe.each(drivers)("%s driver", (_name, make) => {
  it("puts an object and reads it back whole, with its size", async () => {
    const d = make();
    await d.put("w/ws1/file-a", { path: source, size: CONTENT.length, contentType: "text/csv" });
    const got = await d.get("w/ws1/file-a");
    expect(got?.size).toBe(CONTENT.length);
    expect(await text(got!.body)).toBe(CONTENT.toString());
    expect(await d.head("w/ws1/file-a")).toEqual({ size: CONTENT.length });
  });

  it("reads an inclusive byte range and still reports the whole size", async () => {
    const d = make();
    await d.put("w/ws1/file-b", { path: source, size: CONTENT.length, contentType: "video/mp4" });
    const got = await d.get("w/ws1/file-b", { start: 10, end: 15 });
    expect(got?.size).toBe(CONTENT.length);
    expect(await text(got!.body)).toBe("abcdef");
    const last = await d.get("w/ws1/file-b", { start: CONTENT.length - 1, end: CONTENT.length - 1 });
    expect(await text(last!.body)).toBe("z");
  });

  it("answers null for a missing object, and deleting is idempotent", async () => {
    const d = make();
    expect(await d.get("w/ws1/missing")).toBeNull();
    expect(await d.head("w/ws1/missing")).toBeNull();
    await d.put("w/ws1/file-c", { path: source, size: CONTENT.length, contentType: "image/png" });
    await d.delete("w/ws1/file-c");
    await d.delete("w/ws1/file-c");
    expect(await d.head("w/ws1/file-c")).toBeNull();
  });

  it("overwrites an existing key", async () => {
    const d = make();
    const other = path.join(scratch, "other.bin");
    fs.writeFileSync(other, "short");
    await d.put("w/ws1/file-d", { path: source, size: CONTENT.length, contentType: "text/csv" });
    await d.put("w/ws1/file-d", { path: other, size: 5, contentType: "text/csv" });
    expect(await text((await d.get("w/ws1/file-d"))!.body)).toBe("short");
  });

  it("refuses keys that could escape the store", async () => {
    const d = make();
    await expect(d.put("../outside", { path: source, size: CONTENT.length, contentType: "text/csv" })).rejects.toThrow(
      /Unsafe storage key/,
    );
    await expect(d.get("w/../../etc/passwd")).rejects.toThrow(/Unsafe storage key/);
  });
});

describe("s3 driver on the wire", () => {
  it("signs with the configured key, addresses the bucket by path, and sends the sniffed type and exact length", async () => {
    const d = drivers[1]![1]();
    fake.requests.length = 0;
    await d.put("w/ws2/wire", { path: source, size: CONTENT.length, contentType: "image/webp" });
    const put = fake.requests.find((r) => r.method === "PUT")!;
    expect(put.path).toBe("/media/w/ws2/wire");
    expect(put.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test-key\/\d{8}\/us-east-1\/s3\/aws4_request/);
    expect(put.headers["content-type"]).toBe("image/webp");
    expect(put.headers["content-length"]).toBe(String(CONTENT.length));
    expect(fake.objects.get("w/ws2/wire")?.body.equals(CONTENT)).toBe(true);
    await d.get("w/ws2/wire", { start: 0, end: 3 });
    expect(fake.requests.find((r) => r.method === "GET")?.headers.range).toBe("bytes=0-3");
  });

  it("surfaces errors other than not-found (wrong credentials)", async () => {
    const d = s3Driver({
      bucket: fake.bucket,
      region: "us-east-1",
      endpoint: fake.endpoint,
      accessKeyId: "wrong",
      secretAccessKey: "x",
      forcePathStyle: true,
    });
    await expect(d.get("w/ws2/wire")).rejects.toThrow();
  });
});
