/**
 * A client report as a PDF (pdf-lib), rendered on the server: the workspace's name as the brand (the
 * app stores no logo yet), the title, campaign and period, when the numbers were read, then the
 * chosen sections — headline figures and every KPI with its formula, charts over time drawn as
 * vector bars and lines, the per-creator table, the content list, stories with their frame-by-frame
 * views, and the marketer's comment. Text is set in Noto Sans like the contract PDFs (SIL Open Font
 * License, @expo-google-fonts/noto-sans); a character it lacks prints as "?".
 */

import { PDFDocument, rgb, type PDFFont, type RGB } from "pdf-lib";

import { embedNotoSans, PageCursor } from "../contracts/pdf-document";
import { wrapText } from "../contracts/pdf-layout";
import { formatCount, formatMoney, formatPercent } from "../metrics/format";
import { readStoryNavigation } from "../metrics/stories";
import { FORMAT_LABELS, isContentFormat, PLATFORM_LABELS, PLATFORMS, type Platform } from "../vocabulary";
import { RATE_DIGITS, reportCounts, reportKpis, reportPeriod } from "./figures";
import { REPORT_SECTION_LABELS, type ReportSection } from "./labels";
import type { ReportData } from "./types";

export type ReportPdfInput = {
  title: string;
  sections: readonly ReportSection[];
  comment: string;
  mode: "live" | "frozen";
  data: ReportData;
  /** The workspace's logo (lib/workspaces/logo.ts logoForPdf), drawn in the brand band; null without one. */
  logo?: { type: "png" | "jpeg"; bytes: Uint8Array } | null;
};

const PAGE = { width: 595.28, height: 841.89 }; // A4
const MARGIN = { x: 48, top: 56, bottom: 56 };
const WIDTH = PAGE.width - 2 * MARGIN.x;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);
const RULE = rgb(0.85, 0.85, 0.88);
const BRAND = rgb(0.15, 0.32, 0.75);
const ACCENT = rgb(0.06, 0.6, 0.45);

class Layout extends PageCursor {
  constructor(doc: PDFDocument, regular: PDFFont, bold: PDFFont) {
    super(doc, regular, bold, PAGE, MARGIN);
  }

  /** One line of text at x (no wrapping), cut with "…" to fit `maxWidth`. */
  text(
    text: string,
    x: number,
    y: number,
    opts: { size?: number; bold?: boolean; color?: RGB; maxWidth?: number; align?: "left" | "right" } = {},
  ) {
    const font = opts.bold ? this.bold : this.regular;
    const size = opts.size ?? 9;
    let t = this.clean(text).replace(/\n/g, " ");
    if (opts.maxWidth) while (t.length > 1 && font.widthOfTextAtSize(t, size) > opts.maxWidth) t = `${t.slice(0, -2)}…`;
    const w = font.widthOfTextAtSize(t, size);
    this.page.drawText(t, { x: opts.align === "right" ? x - w : x, y, size, font, color: opts.color ?? INK });
  }

  /** Wrapped paragraph at the cursor, breaking pages between lines. */
  paragraph(text: string, opts: { size?: number; bold?: boolean; color?: RGB; indent?: number } = {}) {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.bold : this.regular;
    const indent = opts.indent ?? 0;
    const lines = wrapText(this.clean(text), WIDTH - indent, (s) => font.widthOfTextAtSize(s, size));
    for (const line of lines) {
      this.ensure(size * 1.45);
      this.y -= size * 1.45;
      if (line) this.page.drawText(line, { x: MARGIN.x + indent, y: this.y, size, font, color: opts.color ?? INK });
    }
  }

  heading(text: string) {
    this.ensure(60);
    this.y -= 22;
    this.text(text, MARGIN.x, this.y, { size: 13, bold: true, color: BRAND });
    this.y -= 6;
    this.page.drawLine({ start: { x: MARGIN.x, y: this.y }, end: { x: MARGIN.x + WIDTH, y: this.y }, thickness: 0.6, color: RULE });
  }

  /**
   * A table with a header row; `widths` are fractions of the text width; numeric columns right-aligned.
   * Text cells wrap within their column (a row is as tall as its longest cell); the header repeats on
   * every page the table runs onto.
   */
  table(headers: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], numeric: readonly boolean[]) {
    const size = 8.5;
    const lineH = 11;
    const xs = widths.reduce<number[]>((acc, _w, i) => [...acc, i === 0 ? MARGIN.x : acc[i - 1]! + widths[i - 1]! * WIDTH], []);
    const layoutRow = (cells: readonly string[], bold: boolean) => {
      const font = bold ? this.bold : this.regular;
      return cells.map((c, i) =>
        numeric[i] && !bold
          ? [this.clean(c)]
          : wrapText(this.clean(c), widths[i]! * WIDTH - 6, (t) => font.widthOfTextAtSize(t, size)).slice(0, 4),
      );
    };
    const drawRow = (cells: readonly string[], bold: boolean) => {
      const lines = layoutRow(cells, bold);
      const height = Math.max(...lines.map((l) => l.length)) * lineH + 5;
      this.ensure(height + 2);
      const top = this.y;
      this.y -= height;
      lines.forEach((cellLines, i) => {
        const w = widths[i]! * WIDTH - 6;
        cellLines.forEach((line, j) => {
          const y = top - 3 - (j + 1) * lineH + 2;
          if (numeric[i])
            this.text(line, xs[i]! + widths[i]! * WIDTH - 3, y, { size, bold, maxWidth: w, align: "right", color: bold ? MUTED : INK });
          else this.text(line, xs[i]! + 3, y, { size, bold, maxWidth: w, color: bold ? MUTED : INK });
        });
      });
      this.page.drawLine({ start: { x: MARGIN.x, y: this.y }, end: { x: MARGIN.x + WIDTH, y: this.y }, thickness: 0.4, color: RULE });
      return height;
    };
    drawRow(headers, true);
    for (const r of rows) {
      const lines = layoutRow(r, false);
      if (this.y - (Math.max(...lines.map((l) => l.length)) * lineH + 5) < MARGIN.bottom) {
        this.newPage();
        drawRow(headers, true);
      }
      drawRow(r, false);
    }
  }
}

/** Round-ish axis maximum: 1, 2 or 5 × 10^n at or above `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= max) ?? 10 * p;
}

/** Height of a chart with its caption line, kept together on one page. */
const CHART_BLOCK = 210;

/** Bars of `bars` and, on a second scale, a line of `line`, as vector paths in a box at the cursor. */
function barLineChart(
  l: Layout,
  opts: { dates: readonly string[]; bars: readonly number[]; line: readonly number[]; barLabel: string; lineLabel: string },
) {
  const height = 150;
  l.ensure(height + 40);
  const top = l.y - 14;
  const bottom = top - height;
  const left = MARGIN.x + 40;
  const right = MARGIN.x + WIDTH - 40;
  const n = opts.bars.length;
  const barMax = niceMax(Math.max(0, ...opts.bars));
  const lineMax = niceMax(Math.max(0, ...opts.line));
  const p = l.page;
  // Legend.
  p.drawRectangle({ x: left, y: top + 4, width: 8, height: 8, color: BRAND });
  l.text(opts.barLabel, left + 12, top + 5, { size: 8 });
  const hasLine = opts.line.length > 0;
  if (hasLine) {
    const lx = left + 24 + l.regular.widthOfTextAtSize(opts.barLabel, 8);
    p.drawLine({ start: { x: lx, y: top + 8 }, end: { x: lx + 12, y: top + 8 }, thickness: 1.6, color: ACCENT });
    l.text(opts.lineLabel, lx + 16, top + 5, { size: 8 });
  }
  // Grid and axes.
  for (let i = 0; i <= 4; i++) {
    const y = bottom + (height * i) / 4;
    p.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: i === 0 ? 0.8 : 0.3, color: RULE });
    l.text(formatCount((barMax * i) / 4), left - 4, y - 3, { size: 7, color: MUTED, align: "right" });
    if (hasLine) l.text(formatCount((lineMax * i) / 4), right + 4, y - 3, { size: 7, color: MUTED });
  }
  if (n > 0) {
    const step = (right - left) / n;
    const bw = Math.max(0.8, step * 0.7);
    opts.bars.forEach((v, i) => {
      const h = (v / barMax) * height;
      if (h > 0) p.drawRectangle({ x: left + i * step + (step - bw) / 2, y: bottom, width: bw, height: h, color: BRAND });
    });
    const pts = opts.line.map((v, i) => ({ x: left + i * step + step / 2, y: bottom + (v / lineMax) * height }));
    for (let i = 1; i < pts.length; i++) p.drawLine({ start: pts[i - 1]!, end: pts[i]!, thickness: 1.4, color: ACCENT });
    if (pts.length === 1) p.drawCircle({ x: pts[0]!.x, y: pts[0]!.y, size: 2, color: ACCENT });
    l.text(opts.dates[0] ?? "", left, bottom - 11, { size: 7, color: MUTED });
    l.text(opts.dates.at(-1) ?? "", right, bottom - 11, { size: 7, color: MUTED, align: "right" });
  }
  l.y = bottom - 18;
}

function summary(l: Layout, data: ReportData) {
  l.heading(REPORT_SECTION_LABELS.summary);
  const counts = reportCounts(data);
  const cols = 4;
  const cellW = WIDTH / cols;
  for (let i = 0; i < counts.length; i += cols) {
    l.ensure(40);
    l.y -= 34;
    counts.slice(i, i + cols).forEach((c, j) => {
      l.text(c.value, MARGIN.x + j * cellW, l.y + 10, { size: 15, bold: true, maxWidth: cellW - 8 });
      l.text(c.label, MARGIN.x + j * cellW, l.y, { size: 8, color: MUTED });
    });
  }
  l.y -= 8;
  l.table(
    ["KPI", "Value", "Formula", "Note"],
    reportKpis(data).map((k) => [k.label, k.value, k.formula, k.note ?? ""]),
    [0.17, 0.11, 0.38, 0.34],
    [false, true, false, false],
  );
  l.paragraph(
    "Every rate is a ratio of totals over the posts’ latest reported numbers (never an average of per-post rates). “—” means an input was not reported; the note says which.",
    { size: 7.5, color: MUTED },
  );
}

function charts(l: Layout, data: ReportData) {
  l.heading(REPORT_SECTION_LABELS.charts);
  if (data.daily.length === 0) return l.paragraph("No numbers were reported for this period yet.", { color: MUTED });
  const dates = data.daily.map((d) => d.date);
  // Each chart's caption stays on the page of its chart.
  l.ensure(CHART_BLOCK);
  l.paragraph("Impressions and clicks by day", { size: 9, bold: true });
  barLineChart(l, {
    dates,
    bars: data.daily.map((d) => d.impressions),
    line: data.daily.map((d) => d.clicks),
    barLabel: "Impressions",
    lineLabel: "Clicks",
  });
  l.ensure(CHART_BLOCK);
  l.paragraph("Engagements by day", { size: 9, bold: true });
  barLineChart(l, {
    dates,
    bars: data.daily.map((d) => d.engagements),
    line: [],
    barLabel: "Engagements (likes + comments + saves + shares)",
    lineLabel: "",
  });
}

/** Display words for stored values, as the web page shows them ("Instagram reel", "Mega"). */
const platformLabel = (p: string) => ((PLATFORMS as readonly string[]).includes(p) ? PLATFORM_LABELS[p as Platform] : p);
const formatLabel = (f: string) => (isContentFormat(f) ? FORMAT_LABELS[f].toLowerCase() : f);
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function creators(l: Layout, data: ReportData) {
  l.heading(REPORT_SECTION_LABELS.creators);
  if (data.creators.length === 0) return l.paragraph("No posts yet.", { color: MUTED });
  l.table(
    ["Creator", "Tier", "Posts", "Reach", "Impressions", "Engagements", "ERR", "CTR", "Cost"],
    data.creators.map((c) => [
      c.name,
      c.tier === "none" ? "—" : capitalized(c.tier),
      String(c.posts),
      formatCount(c.reach),
      formatCount(c.impressions),
      formatCount(c.engagements),
      formatPercent(c.err, RATE_DIGITS),
      formatPercent(c.ctr, RATE_DIGITS),
      formatMoney(c.cost, data.currency),
    ]),
    [0.19, 0.08, 0.06, 0.09, 0.12, 0.14, 0.08, 0.09, 0.15],
    [false, false, true, true, true, true, true, true, true],
  );
}

function gallery(l: Layout, data: ReportData) {
  l.heading(REPORT_SECTION_LABELS.gallery);
  if (data.gallery.length === 0) return l.paragraph("No posts yet.", { color: MUTED });
  l.table(
    ["Creator", "Post", "Posted", "Reach", "Likes", "Comments", "ERR"],
    data.gallery.map((g) => [
      g.creator,
      `${platformLabel(g.platform)} ${formatLabel(g.format)} · ${g.url.replace(/^https:\/\//, "")}`,
      g.postedOn ?? "—",
      formatCount(g.reach),
      formatCount(g.likes),
      formatCount(g.comments),
      formatPercent(g.err, RATE_DIGITS),
    ]),
    [0.17, 0.35, 0.12, 0.09, 0.08, 0.11, 0.08],
    [false, false, false, true, true, true, true],
  );
}

function stories(l: Layout, data: ReportData) {
  l.heading(REPORT_SECTION_LABELS.stories);
  if (data.stories.length === 0) return l.paragraph("No story frame views were reported.", { color: MUTED });
  l.paragraph("Story completion rate = views of last frame ÷ views of first frame × 100 (seed: 70 % or more is strong).", {
    size: 8,
    color: MUTED,
  });
  for (const s of data.stories) {
    l.ensure(CHART_BLOCK);
    l.paragraph(
      `${s.creator} — completion ${formatPercent(s.completion)}${s.drops.length ? `; viewers dropped after frame ${s.drops.map((d) => `${d.afterFrame} (−${d.dropPct.toFixed(0)} %)`).join(", ")}` : ""}`,
      { size: 9 },
    );
    const nav = readStoryNavigation(s.navigation ?? null);
    if (nav && s.navigation)
      l.paragraph(
        `Where viewers left: ${formatPercent(nav.leftPct)} of ${nav.actions} moves (${s.navigation.tapExits ?? "—"} exits, ${s.navigation.swipesForward ?? "—"} swipes to the next account; ${s.navigation.tapsForward ?? "—"} taps forward, ${s.navigation.tapsBack ?? "—"} back).`,
        { size: 8, color: MUTED },
      );
    barLineChart(l, {
      dates: s.frameViews.map((_, i) => `frame ${i + 1}`),
      bars: s.frameViews,
      line: [],
      barLabel: "Views per frame",
      lineLabel: "",
    });
  }
}

/** The report as PDF bytes. */
export async function renderReportPdf(input: ReportPdfInput): Promise<Uint8Array> {
  const { data } = input;
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedNotoSans(doc);
  const generatedAt = new Date(data.generatedAt);
  doc.setTitle(`${input.title} — ${data.workspaceName}`);
  doc.setAuthor(data.workspaceName);
  doc.setCreator("Microcampaigns");
  doc.setProducer("Microcampaigns (pdf-lib)");
  doc.setCreationDate(generatedAt);

  const l = new Layout(doc, regular, bold);
  // Brand band.
  l.page.drawRectangle({ x: 0, y: PAGE.height - 36, width: PAGE.width, height: 36, color: BRAND });
  let nameX = MARGIN.x;
  if (input.logo) {
    // White plate so a dark or transparent logo stays visible on the band; at most 24 pt high, 120 wide.
    const image = input.logo.type === "png" ? await doc.embedPng(input.logo.bytes) : await doc.embedJpg(input.logo.bytes);
    const scale = Math.min(24 / image.height, 120 / image.width);
    const [w, h] = [image.width * scale, image.height * scale];
    l.page.drawRectangle({ x: MARGIN.x - 3, y: PAGE.height - 18 - h / 2 - 3, width: w + 6, height: h + 6, color: rgb(1, 1, 1) });
    l.page.drawImage(image, { x: MARGIN.x, y: PAGE.height - 18 - h / 2, width: w, height: h });
    nameX = MARGIN.x + w + 12;
  }
  l.text(data.workspaceName, nameX, PAGE.height - 23, { size: 12, bold: true, color: rgb(1, 1, 1), maxWidth: WIDTH - (nameX - MARGIN.x) });
  l.y = PAGE.height - 70;
  l.text(input.title, MARGIN.x, l.y, { size: 20, bold: true, maxWidth: WIDTH });
  l.y -= 8;
  l.paragraph(`${data.campaignName ? `Campaign: ${data.campaignName}` : "All campaigns"} · Period: ${reportPeriod(data)}`, {
    size: 10,
    color: MUTED,
  });
  l.paragraph(
    input.mode === "frozen"
      ? `Numbers frozen at ${data.generatedAt.slice(0, 16).replace("T", " ")} UTC.`
      : `Live numbers as of ${data.generatedAt.slice(0, 16).replace("T", " ")} UTC.`,
    { size: 9, color: MUTED },
  );

  const draw: Record<ReportSection, () => void> = {
    summary: () => summary(l, data),
    charts: () => charts(l, data),
    creators: () => creators(l, data),
    gallery: () => gallery(l, data),
    stories: () => stories(l, data),
    comment: () => {
      if (!input.comment.trim()) return;
      l.heading("Comment");
      l.paragraph(input.comment);
    },
  };
  for (const s of input.sections) draw[s]();

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const t = l.clean(`${data.workspaceName} · ${input.title} · page ${i + 1} of ${pages.length}`);
    p.drawText(t, { x: MARGIN.x, y: 28, size: 7.5, font: regular, color: MUTED });
  });
  return doc.save({ useObjectStreams: false });
}

/** A safe file name for the download: letters, digits and dashes from the title. */
export function reportPdfFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_]+/g, "-")
    .slice(0, 60)
    .toLowerCase();
  return `${slug || "report"}.pdf`;
}

/** The download response: an attachment that no browser renders as a page of this origin. */
export function reportPdfResponse(bytes: Uint8Array, fileName: string, extraHeaders: Record<string, string> = {}): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      ...extraHeaders,
    },
  });
}
