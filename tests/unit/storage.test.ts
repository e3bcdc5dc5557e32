// lib/storage's pure parts: sniffing by magic bytes (never by name or claimed type), the accepted
// kinds and their size caps, Content-Disposition, file names, Range parsing, and the streaming
// spool's caps (it only touches a scratch file).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { assertSafeKey } from "@/lib/storage/driver";
import { acceptedDescription, CONTENT_TYPES, contentDisposition, dispositionType, kindOf, maxCap, SIZE_CAPS } from "@/lib/storage/kinds";
import { parseRange } from "@/lib/storage/range";
import { looksLikeCsv, sniff } from "@/lib/storage/sniff";
import { spool } from "@/lib/storage/spool";
import { cleanFileName, declaredLengthOf } from "@/lib/storage/upload";

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ""), "hex");
const withTail = (b: Buffer) => new Uint8Array(Buffer.concat([b, Buffer.alloc(200, 0x41)]));

// Real file headers, byte for byte (a few bytes of each format's signature and first structure).
const SAMPLES: Record<string, Buffer> = {
  "image/png": hex("89504e470d0a1a0a 0000000d 49484452 00000001 00000001 0806000000 1f15c489"),
  "image/jpeg": hex("ffd8ffe0 0010 4a464946 00 0101"),
  "image/gif": Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"),
  "image/webp": Buffer.concat([Buffer.from("RIFF"), hex("24000000"), Buffer.from("WEBPVP8 ")]),
  "image/avif": hex("0000001c 66747970 61766966 00000000 61766966 6d696631 6d696166"),
  "video/mp4": hex("00000020 66747970 6d703432 00000000 6d703432 69736f6d 61766331 00000000"),
  "video/quicktime": hex("00000014 66747970 71742020 00000000 71742020"),
  "video/webm": hex("1a45dfa3 9f 4286 81 01 42f7 81 01 42f2 81 04 42f3 81 08 4282 84 7765626d 4287 81 04 4285 81 02"),
  "application/pdf": Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"),
};

describe("sniff", () => {
  it.each(Object.entries(SAMPLES))("recognises %s from its magic bytes", async (type, bytes) => {
    const s = await sniff(withTail(bytes));
    expect(s).toEqual({ contentType: type, kind: kindOf(type) });
  });

  it("takes plain text (UTF-8 with a BOM, or Latin-1) as CSV", async () => {
    expect(await sniff(new Uint8Array(Buffer.from("\ufeffname,handle\r\nAna,@ana\r\n")))).toEqual({ contentType: "text/csv", kind: "csv" });
    expect(await sniff(new Uint8Array(Buffer.from("name;city\nJos\xe9;M\xe1laga\n", "latin1")))).toEqual({
      contentType: "text/csv",
      kind: "csv",
    });
  });

  it.each([
    ["HTML (whatever its name)", Buffer.from("<!doctype html><html><script>alert(document.cookie)</script>")],
    ["HTML after blank lines and a BOM", Buffer.from("\ufeff\n\n  <html><script>alert(1)</script>")],
    ["SVG with a script", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["SVG behind an XML declaration", Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["a ZIP archive", hex("504b0304 1400 0000 0800")],
    ["a Windows executable", Buffer.concat([Buffer.from("MZ"), hex("90000300000004000000ffff")])],
    ["HEIC (browsers can't show it)", hex("00000018 66747970 68656963 00000000 6d696631 68656963")],
    ["Matroska video", hex("1a45dfa3 a3 4286 81 01 42f7 81 01 42f2 81 04 42f3 81 08 4282 88 6d6174726f736b61 4287 81 04 4285 81 02")],
    ["binary noise with NUL bytes", hex("00010203040506070809")],
    ["nothing", Buffer.alloc(0)],
  ])("refuses %s", async (_label, bytes) => {
    expect(await sniff(new Uint8Array(bytes))).toBeNull();
  });

  it("looksLikeCsv: only blank text is not CSV; control bytes other than tab/CR/LF/FF are not text", () => {
    expect(looksLikeCsv(new Uint8Array(Buffer.from("  \n\t")))).toBe(false);
    expect(looksLikeCsv(new Uint8Array(Buffer.from("a,b\x1bc")))).toBe(false);
    expect(looksLikeCsv(new Uint8Array(Buffer.from("a\tb\fc\r\n")))).toBe(true);
  });
});

describe("kinds and caps", () => {
  it("maps every accepted content type to its kind, and nothing else", () => {
    for (const [kind, types] of Object.entries(CONTENT_TYPES)) for (const t of types) expect(kindOf(t)).toBe(kind);
    for (const t of ["image/svg+xml", "text/html", "application/xml", "image/heic", "video/matroska", "application/octet-stream"])
      expect(kindOf(t)).toBeNull();
  });

  it("caps each kind; before the kind is known, the largest cap of the accepted kinds applies", () => {
    expect(SIZE_CAPS).toEqual({ image: 20 * 1024 ** 2, video: 200 * 1024 ** 2, pdf: 25 * 1024 ** 2, csv: 20 * 1024 ** 2 });
    expect(maxCap(["image", "video"])).toBe(200 * 1024 ** 2);
    expect(maxCap(["image"])).toBe(20 * 1024 ** 2);
    expect(maxCap([])).toBe(0);
  });

  it("describes what is accepted", () => {
    expect(acceptedDescription(["image", "video"])).toBe("an image (JPEG, PNG, GIF, WebP or AVIF) or a video (MP4, MOV or WebM)");
    expect(acceptedDescription(["pdf"])).toBe("a PDF");
  });
});

describe("Content-Disposition", () => {
  it("is inline for images and videos, attachment for the rest", () => {
    expect(dispositionType("image")).toBe("inline");
    expect(dispositionType("video")).toBe("inline");
    expect(dispositionType("pdf")).toBe("attachment");
    expect(dispositionType("csv")).toBe("attachment");
  });

  it("replaces the uploader's extension with the sniffed type's, and encodes the name safely", () => {
    expect(contentDisposition("image", "beach.html", "image/png")).toBe(`inline; filename="beach.png"; filename*=UTF-8''beach.png`);
    expect(contentDisposition("pdf", 'Vertrag "Müller"; v2.pdf', "application/pdf")).toBe(
      `attachment; filename="Vertrag _M_ller__ v2.pdf"; filename*=UTF-8''Vertrag%20%22M%C3%BCller%22%3B%20v2.pdf`,
    );
    expect(contentDisposition("csv", "\u202egpj.csv", "text/csv")).toBe(`attachment; filename="gpj.csv"; filename*=UTF-8''gpj.csv`);
    expect(contentDisposition("image", "", "image/jpeg")).toBe(`inline; filename="file.jpg"; filename*=UTF-8''file.jpg`);
  });
});

describe("file names and lengths from the request", () => {
  it("keeps only the last path segment, without control characters, 200 characters at most", () => {
    expect(cleanFileName("C%3A%5Cfakepath%5Cbeach%20day.jpg")).toBe("beach day.jpg");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\u202ec.png")).toBe("abc.png");
    expect(cleanFileName("%E0%A4%A")).toBe("%E0%A4%A"); // bad percent-encoding: kept as sent
    expect(cleanFileName(null)).toBe("upload");
    expect(cleanFileName("x".repeat(300))).toHaveLength(200);
  });

  it("reads Content-Length only when it is a plain integer", () => {
    expect(declaredLengthOf(new Headers({ "content-length": "1234" }))).toBe(1234);
    expect(declaredLengthOf(new Headers({ "content-length": "-1" }))).toBeNull();
    expect(declaredLengthOf(new Headers({ "content-length": "1e9" }))).toBeNull();
    expect(declaredLengthOf(new Headers())).toBeNull();
  });
});

describe("storage keys", () => {
  it("accepts the keys the app makes and refuses anything that could leave the root", () => {
    expect(() => assertSafeKey("w/cmabc123/5b1e0c1e-3f9a-4c5e-9f0a-0e1d2c3b4a59.thumb.webp")).not.toThrow();
    for (const bad of ["../x", "w/../../x", "/etc/passwd", "w//x", "w/x/", "w/.hidden", "w/x y", "w\\x", ""])
      expect(() => assertSafeKey(bad), bad).toThrow(/Unsafe storage key/);
  });
});

describe("parseRange", () => {
  it.each([
    [null, 1000, null],
    ["bytes=0-99", 1000, { start: 0, end: 99 }],
    ["bytes=0-", 1000, { start: 0, end: 999 }],
    ["bytes=900-5000", 1000, { start: 900, end: 999 }],
    ["bytes=-100", 1000, { start: 900, end: 999 }],
    ["bytes=-5000", 1000, { start: 0, end: 999 }],
    ["bytes=999-999", 1000, { start: 999, end: 999 }],
    ["bytes=1000-", 1000, "unsatisfiable"],
    ["bytes=-0", 1000, "unsatisfiable"],
    ["bytes=0-", 0, "unsatisfiable"],
    ["bytes=500-100", 1000, null],
    ["bytes=0-1,5-6", 1000, null],
    ["items=0-1", 1000, null],
    ["bytes=-", 1000, null],
    ["bytes=abc", 1000, null],
  ] as const)("%s of %i bytes → %j", (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe("spool", () => {
  const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "spool-")), "f");
  const streamOf = (chunks: Uint8Array[]) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const ch of chunks) c.enqueue(ch);
        c.close();
      },
    });
  const bytes = (n: number, fill = 0x61) => new Uint8Array(n).fill(fill);
  const codeOf = async (p: Promise<unknown>) =>
    p.then(
      () => "OK",
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );

  it("writes the body, hashes it and hands the first bytes to onHead once", async () => {
    const file = tmp();
    const heads: number[] = [];
    const r = await spool(streamOf([bytes(3000), bytes(3000, 0x62)]), file, {
      declaredLength: 6000,
      cap: 10_000,
      headBytes: 4100,
      onHead: async (h) => (heads.push(h.length), 10_000),
    });
    expect(r.size).toBe(6000);
    expect(heads).toEqual([4100]);
    expect(fs.statSync(file).size).toBe(6000);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a declared length over the cap before reading anything", async () => {
    let read = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          read = true;
        },
      },
      { highWaterMark: 0 }, // pull only when someone reads
    );
    expect(await codeOf(spool(body, tmp(), { declaredLength: 11, cap: 10, headBytes: 4, onHead: async () => 10 }))).toBe(
      "PAYLOAD_TOO_LARGE",
    );
    expect(read).toBe(false);
  });

  it("applies the sniffed kind's smaller cap as soon as the head is known, without a Content-Length", async () => {
    const r = spool(streamOf([bytes(100), bytes(100), bytes(100)]), tmp(), {
      declaredLength: null,
      cap: 1000,
      headBytes: 50,
      onHead: async () => 150,
    });
    expect(await codeOf(r)).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a body longer than the cap while streaming", async () => {
    const r = spool(streamOf([bytes(600), bytes(600)]), tmp(), {
      declaredLength: null,
      cap: 1000,
      headBytes: 10_000,
      onHead: async () => 1000,
    });
    expect(await codeOf(r)).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a body shorter than its Content-Length (a proxy cut it off), and an empty body", async () => {
    expect(await codeOf(spool(streamOf([bytes(10)]), tmp(), { declaredLength: 20, cap: 100, headBytes: 4, onHead: async () => 100 }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(spool(streamOf([]), tmp(), { declaredLength: null, cap: 100, headBytes: 4, onHead: async () => 100 }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("passes on onHead's refusal", async () => {
    const refuse = async (): Promise<number> => {
      throw new AppError("UNPROCESSABLE", "no");
    };
    expect(await codeOf(spool(streamOf([bytes(10)]), tmp(), { declaredLength: null, cap: 100, headBytes: 4100, onHead: refuse }))).toBe(
      "UNPROCESSABLE",
    );
  });
});
