/**
 * What every PDF the app renders shares (executed contracts, client reports): Noto Sans regular and
 * bold embedded as subsets (SIL Open Font License, @expo-google-fonts/noto-sans; glyphs padded for
 * pdf-lib's subsetter, see pdf-font.ts), and a page cursor that starts a new page when the next block
 * no longer fits above the bottom margin. Text a font has no glyph for prints as "?" (drawableText).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont, PDFPage } from "pdf-lib";

import { alignGlyphs } from "./pdf-font";
import { drawableText } from "./pdf-layout";

let fontFiles: Promise<[Uint8Array, Uint8Array]> | undefined;

function loadFonts(): Promise<[Uint8Array, Uint8Array]> {
  const dir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
  fontFiles ??= Promise.all([
    readFile(path.join(dir, "400Regular", "NotoSans_400Regular.ttf")).then(alignGlyphs),
    readFile(path.join(dir, "700Bold", "NotoSans_700Bold.ttf")).then(alignGlyphs),
  ]).catch((e: unknown) => {
    fontFiles = undefined;
    throw e;
  });
  return fontFiles;
}

/** Embeds Noto Sans regular and bold (subsets) into `doc`. The font files are read once per process. */
export async function embedNotoSans(doc: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  doc.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await loadFonts();
  const regular = await doc.embedFont(regularBytes, { subset: true, customName: "NotoSans" });
  const bold = await doc.embedFont(boldBytes, { subset: true, customName: "NotoSans-Bold" });
  return { regular, bold };
}

/** A cursor down the pages of `doc`: `y` is where the next block starts, in points from the bottom. */
export class PageCursor {
  page!: PDFPage;
  y = 0;
  private readonly glyphs: Set<number>;

  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly size: { readonly width: number; readonly height: number },
    readonly margin: { readonly top: number; readonly bottom: number },
  ) {
    this.glyphs = new Set(regular.getCharacterSet());
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([this.size.width, this.size.height]);
    this.y = this.size.height - this.margin.top;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number) {
    if (this.y - height < this.margin.bottom) this.newPage();
  }

  /** `text` with every character the font cannot draw replaced by "?". */
  clean(text: string): string {
    return drawableText(text, (cp) => this.glyphs.has(cp));
  }
}
