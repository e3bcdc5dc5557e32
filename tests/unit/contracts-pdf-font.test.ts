// The font preparation for pdf-lib's subsetter (lib/contracts/pdf-font.ts): a subset of the prepared
// Noto Sans has the same glyph outlines as the original font; a subset of the font as shipped does not
// (its odd-length glyphs land at the wrong offsets), which is the bug that blanked letters in Poppler.
import { readFileSync } from "node:fs";
import path from "node:path";

import fontkit from "@pdf-lib/fontkit";
import { describe, expect, it } from "vitest";

import { alignGlyphs } from "@/lib/contracts/pdf-font";

const FONT = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf");
const TEXT = "The quick brown fox jumps over the lazy dog. Zoë Łukasiewicz-Ørsted, Жук, ΑΒΓ 0123456789";

function subsetOutlines(font: Uint8Array): Promise<string[]> {
  const f = fontkit.create(font);
  const subset = f.createSubset();
  const ids = f.glyphsForString(TEXT).map((g) => subset.includeGlyph(g));
  const chunks: Uint8Array[] = [];
  return new Promise((resolve) => {
    subset
      .encodeStream()
      .on("data", (c) => chunks.push(c))
      .on("end", () => {
        const s = fontkit.create(Buffer.concat(chunks));
        // A glyph read at a wrong offset may not even decode.
        resolve(
          ids.map((id) => {
            try {
              return s.getGlyph(id).path.toSVG();
            } catch {
              return "(unreadable)";
            }
          }),
        );
      });
  });
}

describe("alignGlyphs", () => {
  const original = readFileSync(FONT);
  const aligned = alignGlyphs(original);
  const expected = fontkit
    .create(original)
    .glyphsForString(TEXT)
    .map((g) => g.path.toSVG());

  it("keeps every glyph's outline and the font's checksum valid", () => {
    const f = fontkit.create(aligned);
    expect(f.numGlyphs).toBe(fontkit.create(original).numGlyphs);
    expect(f.glyphsForString(TEXT).map((g) => g.path.toSVG())).toEqual(expected);
    let sum = 0;
    const padded = Buffer.concat([aligned, Buffer.alloc((4 - (aligned.length % 4)) % 4)]);
    for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });

  it("gives subsets with the original outlines, where the font as shipped loses some", async () => {
    expect(await subsetOutlines(aligned)).toEqual(expected);
    expect(await subsetOutlines(original)).not.toEqual(expected);
  });
});
