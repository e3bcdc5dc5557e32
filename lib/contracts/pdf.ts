/**
 * The executed contract as a PDF (pdf-lib): title and parties, every section of the signed version,
 * both signatures (typed name, the drawn image when there is one, time), and a final certificate page
 * with the audit trail and the SHA-256 of the signed version. Sealing (the PDF digital signature) is
 * lib/contracts/seal.ts.
 *
 * Deterministic: the same input gives the same bytes. The document dates are the completion time,
 * and pdf-lib's random resource names are replaced by counters. Text is set in Noto Sans (SIL Open
 * Font License, from the @expo-google-fonts/noto-sans package), which covers Latin, Greek and
 * Cyrillic; a character it has no glyph for prints as "?" (pdf-layout.ts, drawableText). Only the
 * glyphs used are embedded, after pdf-font.ts has made the font safe for pdf-lib's subsetter.
 */

import { PDFDocument, rgb, type PDFFont, type PDFImage } from "pdf-lib";

import { embedNotoSans, PageCursor } from "./pdf-document";
import { formatUtc, shortUserAgent, wrapText } from "./pdf-layout";
import type { RenderedSection } from "./render";

export type SignatureParty = "influencer" | "guardian" | "brand";

export interface ExecutedSignature {
  party: SignatureParty;
  typedName: string;
  /** data:image/png;base64,… or null. */
  drawnSignature: string | null;
  signedAt: Date;
  email: string | null;
  ip: string | null;
  userAgent: string | null;
  documentHash: string;
}

export interface AuditEntry {
  at: Date;
  /** The event in words, e.g. "Signed by the creator". */
  event: string;
  /** Who: a member's name, the creator, "System". */
  actor: string;
  ip: string | null;
  userAgent: string | null;
  documentHash: string | null;
}

export interface ExecutedContractInput {
  contractId: string;
  campaignName: string;
  version: number;
  /** SHA-256 of the signed version (lib/contracts/hash.ts). */
  versionSha256: string;
  brand: { legalName: string; address: string };
  influencer: { legalName: string; email: string; country: string };
  guardianName: string | null;
  sections: readonly RenderedSection[];
  signatures: readonly ExecutedSignature[];
  audit: readonly AuditEntry[];
  completedAt: Date;
}

const PAGE = { width: 595.28, height: 841.89 }; // A4
const MARGIN = { x: 56, top: 64, bottom: 64 };
const WIDTH = PAGE.width - 2 * MARGIN.x;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);
const RULE = rgb(0.82, 0.82, 0.85);

export const PARTY_LABELS: Record<SignatureParty, string> = { influencer: "Creator", guardian: "Guardian", brand: "Brand" };

/** Decodes a drawn signature (PNG data URL, at most 1 MB); anything else is not drawn. */
function pngBytes(dataUrl: string | null): Uint8Array | null {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl ?? "");
  if (!m || m[1]!.length > 1_400_000) return null;
  return Buffer.from(m[1]!, "base64");
}

class Layout extends PageCursor {
  constructor(doc: PDFDocument, regular: PDFFont, bold: PDFFont) {
    super(doc, regular, bold, PAGE, MARGIN);
  }

  /** Wrapped text at the cursor, breaking pages between lines. */
  text(
    text: string,
    opts: { size?: number; font?: PDFFont; color?: ReturnType<typeof rgb>; x?: number; width?: number; gap?: number } = {},
  ) {
    const size = opts.size ?? 10;
    const font = opts.font ?? this.regular;
    const x = MARGIN.x + (opts.x ?? 0);
    const lineHeight = size * 1.4;
    for (const line of wrapText(this.clean(text), opts.width ?? WIDTH - (opts.x ?? 0), (s) => font.widthOfTextAtSize(s, size))) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      if (line !== "") this.page.drawText(line, { x, y: this.y + size * 0.3, size, font, color: opts.color ?? INK });
    }
    this.y -= opts.gap ?? 0;
  }

  /** One row of fixed columns (each cell wrapped in its width); the row stays on one page. */
  row(cells: { text: string; width: number; font?: PDFFont; color?: ReturnType<typeof rgb> }[], size = 8.5) {
    const lineHeight = size * 1.4;
    const wrapped = cells.map((c) => wrapText(this.clean(c.text), c.width - 6, (s) => (c.font ?? this.regular).widthOfTextAtSize(s, size)));
    const lines = Math.max(...wrapped.map((w) => w.length));
    this.ensure(lines * lineHeight + 4);
    let x = MARGIN.x;
    cells.forEach((c, i) => {
      wrapped[i]!.forEach((line, n) => {
        if (line === "") return;
        const y = this.y - (n + 1) * lineHeight + size * 0.3;
        this.page.drawText(line, { x, y, size, font: c.font ?? this.regular, color: c.color ?? INK });
      });
      x += c.width;
    });
    this.y -= lines * lineHeight + 4;
  }

  rule(gapAbove = 6, gapBelow = 10) {
    this.ensure(gapAbove + gapBelow);
    this.y -= gapAbove;
    this.page.drawLine({ start: { x: MARGIN.x, y: this.y }, end: { x: PAGE.width - MARGIN.x, y: this.y }, thickness: 0.6, color: RULE });
    this.y -= gapBelow;
  }

  heading(text: string, size = 12) {
    this.ensure(size * 1.4 * 2 + 20);
    this.y -= 6;
    this.text(text, { size, font: this.bold, gap: 2 });
  }
}

/** Renders the executed contract; returns the PDF bytes (unsealed). */
export async function renderExecutedContractPdf(input: ExecutedContractInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // pdf-lib names fonts and resources with Math.random(); counters keep the output reproducible.
  let counter = 0;
  doc.context.addRandomSuffix = (prefix: string) => `${prefix}-${++counter}`;
  const { regular, bold } = await embedNotoSans(doc);

  const title = `Creator agreement — ${input.campaignName}`;
  doc.setTitle(title);
  doc.setSubject(`Executed contract ${input.contractId}, version ${input.version}`);
  doc.setAuthor(input.brand.legalName || "Brand");
  doc.setCreator("Microcampaigns");
  doc.setProducer("Microcampaigns (pdf-lib)");
  doc.setCreationDate(input.completedAt);
  doc.setModificationDate(input.completedAt);

  const l = new Layout(doc, regular, bold);

  // Title and parties.
  l.text(title, { size: 18, font: bold, gap: 4 });
  l.text(`Executed ${formatUtc(input.completedAt)} · contract ${input.contractId} · version ${input.version}`, { size: 9, color: MUTED });
  l.rule(8, 12);
  const party = (label: string, lines: string[]) => {
    l.text(label, { size: 9, font: bold, color: MUTED });
    for (const line of lines.filter((s) => s.trim() !== "")) l.text(line, { size: 10 });
    l.y -= 6;
  };
  party("BRAND", [input.brand.legalName || "—", input.brand.address]);
  party("CREATOR", [
    input.influencer.legalName || "—",
    input.influencer.email,
    input.influencer.country ? `Country: ${input.influencer.country}` : "",
  ]);
  if (input.guardianName) party("GUARDIAN", [input.guardianName]);
  l.rule(2, 4);

  // The signed text.
  for (const s of input.sections) {
    l.heading(`${s.number}. ${s.title}`);
    l.text(s.text, { size: 10, gap: 4 });
  }

  // Signatures: the heading stays on the page of the first signature block.
  l.ensure(170);
  l.heading("Signatures", 13);
  for (const sig of input.signatures) {
    const png = pngBytes(sig.drawnSignature);
    let image: PDFImage | null = null;
    if (png) image = await doc.embedPng(png).catch(() => null);
    const imageHeight = image ? Math.min(60, image.height * (180 / image.width)) : 0;
    l.ensure(imageHeight + 80);
    l.text(PARTY_LABELS[sig.party].toUpperCase(), { size: 9, font: bold, color: MUTED });
    if (image) {
      const scale = Math.min(180 / image.width, 60 / image.height);
      l.y -= image.height * scale + 4;
      l.page.drawImage(image, { x: MARGIN.x, y: l.y, width: image.width * scale, height: image.height * scale });
    }
    l.text(sig.typedName, { size: 14, font: bold });
    l.text(`Signed electronically ${formatUtc(sig.signedAt)}${sig.email ? ` · ${sig.email}` : ""}`, { size: 9, color: MUTED });
    l.text(`Document SHA-256 at signing: ${sig.documentHash}`, { size: 8, color: MUTED, gap: 10 });
  }

  // Certificate page.
  l.newPage();
  l.text("Certificate of completion", { size: 18, font: bold, gap: 4 });
  l.text(`Contract ${input.contractId} · version ${input.version} · completed ${formatUtc(input.completedAt)}`, { size: 9, color: MUTED });
  l.rule(8, 10);
  l.text("SHA-256 of the signed version", { size: 9, font: bold, color: MUTED });
  l.text(input.versionSha256, { size: 10, gap: 4 });
  l.text(
    "The SHA-256 fingerprint of the terms and text both parties signed. Each signature below records the fingerprint the signer saw; they match when nothing changed between the signatures. This PDF is sealed with the installation's certificate: a PDF reader shows whether it changed since sealing.",
    { size: 8.5, color: MUTED, gap: 8 },
  );

  l.heading("Signers", 12);
  const signerCols = [150, 70, 130, 133];
  l.row(["Name", "Party", "Signed (UTC)", "IP · device"].map((text, i) => ({ text, width: signerCols[i]!, font: bold, color: MUTED })));
  for (const sig of input.signatures) {
    l.row([
      { text: `${sig.typedName}${sig.email ? `\n${sig.email}` : ""}`, width: signerCols[0]! },
      { text: PARTY_LABELS[sig.party], width: signerCols[1]! },
      { text: formatUtc(sig.signedAt), width: signerCols[2]! },
      { text: `${sig.ip ?? "—"}\n${shortUserAgent(sig.userAgent)}`, width: signerCols[3]! },
    ]);
  }

  l.heading("Audit trail", 12);
  const auditCols = [105, 125, 120, 133];
  l.row(["Time (UTC)", "Event", "Actor", "IP · device"].map((text, i) => ({ text, width: auditCols[i]!, font: bold, color: MUTED })));
  for (const e of input.audit) {
    l.row([
      { text: formatUtc(e.at).replace(" UTC", ""), width: auditCols[0]! },
      { text: e.event, width: auditCols[1]! },
      { text: e.actor, width: auditCols[2]! },
      { text: `${e.ip ?? "—"}\n${shortUserAgent(e.userAgent)}`, width: auditCols[3]! },
    ]);
    if (e.documentHash) l.row([{ text: `Document SHA-256 ${e.documentHash}`, width: WIDTH, color: MUTED }], 7.5);
  }

  // Footers, now that the page count is known.
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const text = `${input.brand.legalName || "Brand"} × ${input.influencer.legalName || "Creator"} · contract ${input.contractId} · page ${i + 1} of ${pages.length}`;
    const [footer = ""] = wrapText(l.clean(text), WIDTH, (s) => regular.widthOfTextAtSize(s, 7.5));
    p.drawText(footer, { x: MARGIN.x, y: MARGIN.bottom / 2, size: 7.5, font: regular, color: MUTED });
  });

  return doc.save({ useObjectStreams: false });
}
