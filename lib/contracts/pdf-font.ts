/**
 * Prepares a TrueType font for pdf-lib's subsetter. The subsetter (@pdf-lib/fontkit) copies each
 * glyph's bytes as they are and then writes a short-format `loca` table when the subset is small,
 * which stores offsets divided by two; a font whose glyphs have odd lengths (Noto Sans has 1,323) then
 * gets misplaced offsets and readers such as Poppler drop those glyphs. Padding every glyph to a
 * multiple of four bytes (what the OpenType spec recommends anyway) makes any subset's offsets even.
 *
 * Table layout per the OpenType spec ("Font file", "head", "loca", "glyf"); checksums are recomputed.
 */

interface Table {
  tag: string;
  data: Buffer;
}

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The same font with every glyph padded to 4 bytes and a long-format `loca`. Throws on a font without `glyf`. */
export function alignGlyphs(font: Uint8Array): Buffer {
  const b = Buffer.from(font);
  const numTables = b.readUInt16BE(4);
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i++) {
    const r = 12 + i * 16;
    const offset = b.readUInt32BE(r + 8);
    tables.push({ tag: b.toString("latin1", r, r + 4), data: b.subarray(offset, offset + b.readUInt32BE(r + 12)) });
  }
  const get = (tag: string) => {
    const t = tables.find((x) => x.tag === tag);
    if (!t) throw new Error(`alignGlyphs: the font has no ${tag} table`);
    return t;
  };
  const head = get("head");
  const loca = get("loca");
  const glyf = get("glyf");
  const longLoca = head.data.readInt16BE(50) === 1;
  const numGlyphs = get("maxp").data.readUInt16BE(4);
  const offsetOf = (i: number) => (longLoca ? loca.data.readUInt32BE(4 * i) : 2 * loca.data.readUInt16BE(2 * i));

  const glyphs: Buffer[] = [];
  const newLoca = Buffer.alloc(4 * (numGlyphs + 1));
  let at = 0;
  for (let i = 0; i < numGlyphs; i++) {
    const bytes = glyf.data.subarray(offsetOf(i), offsetOf(i + 1));
    newLoca.writeUInt32BE(at, 4 * i);
    const padded = Buffer.alloc(pad4(bytes.length));
    bytes.copy(padded);
    glyphs.push(padded);
    at += padded.length;
  }
  newLoca.writeUInt32BE(at, 4 * numGlyphs);
  const newHead = Buffer.from(head.data);
  newHead.writeUInt32BE(0, 8); // checkSumAdjustment, set below
  newHead.writeInt16BE(1, 50); // indexToLocFormat: long
  glyf.data = Buffer.concat(glyphs);
  loca.data = newLoca;
  head.data = newHead;

  const headerLength = 12 + 16 * numTables;
  const out = Buffer.alloc(headerLength + tables.reduce((n, t) => n + pad4(t.data.length), 0));
  b.copy(out, 0, 0, 12); // sfnt version, numTables, searchRange, entrySelector, rangeShift
  let offset = headerLength;
  [...tables]
    .sort((x, y) => (x.tag < y.tag ? -1 : x.tag > y.tag ? 1 : 0))
    .forEach((t, i) => {
      const r = 12 + i * 16;
      out.write(t.tag, r, 4, "latin1");
      out.writeUInt32BE(checksum(t.data), r + 4);
      out.writeUInt32BE(offset, r + 8);
      out.writeUInt32BE(t.data.length, r + 12);
      t.data.copy(out, offset);
      offset += pad4(t.data.length);
    });
  const headOffset = out.readUInt32BE(
    12 +
      16 *
        [...tables]
          .map((t) => t.tag)
          .sort()
          .indexOf("head") +
      8,
  );
  out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headOffset + 8);
  return out;
}
