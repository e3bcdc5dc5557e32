// Reading a post-metrics CSV (pure): the columns it may have, their header aliases and automatic
// mapping (headers compared as the roster import compares them), and each row turned into a post
// reference plus a snapshot, or a message that names the row's spreadsheet line. Matching rows to posts
// needs the database: import.ts.
import { headerKey, normalizeHandle, parseCsv, parseNumberish, parsePlatform, type CsvRow } from "@/lib/influencers/import";
import { checkSnapshot, SNAPSHOT_COUNT_FIELDS, SNAPSHOT_FIELD_LABELS, type SnapshotCountField } from "@/lib/metrics";
import { FORMATS, isContentFormat, type ContentFormat, type Platform } from "@/lib/vocabulary";

import { normalisePostUrl } from "./url";

export const METRIC_IMPORT_FIELDS = [
  "post_url",
  "platform",
  "handle",
  "format",
  "posted_at",
  "captured_at",
  ...SNAPSHOT_COUNT_FIELDS,
  "avg_watch_pct",
  "frame_views",
] as const;
export type MetricImportField = (typeof METRIC_IMPORT_FIELDS)[number];
/** Header → field (null = ignore the column). */
export type MetricColumnMapping = Record<string, MetricImportField | null>;

export const METRIC_IMPORT_FIELD_LABELS: Record<MetricImportField, string> = {
  post_url: "Post URL",
  platform: "Platform",
  handle: "Handle",
  format: "Format",
  posted_at: "Posted at",
  captured_at: "Captured at",
  ...(Object.fromEntries(SNAPSHOT_COUNT_FIELDS.map((f) => [f, SNAPSHOT_FIELD_LABELS[f]])) as Record<SnapshotCountField, string>),
  avg_watch_pct: SNAPSHOT_FIELD_LABELS.avgWatchPct,
  frame_views: SNAPSHOT_FIELD_LABELS.frameViews,
};

const ALIASES: Record<MetricImportField, readonly string[]> = {
  post_url: ["post url", "url", "link", "post link", "permalink", "post"],
  platform: ["platform", "network", "channel"],
  handle: ["handle", "username", "user", "creator", "account", "@"],
  format: ["format", "type", "media type", "content type", "post type"],
  posted_at: ["posted at", "posted", "post date", "published", "published at", "publish date"],
  captured_at: ["captured at", "captured", "date", "as of", "snapshot date", "measured at", "date captured"],
  views: ["views", "plays", "video views", "video plays"],
  reach: ["reach", "accounts reached"],
  impressions: ["impressions"],
  likes: ["likes", "hearts"],
  comments: ["comments"],
  saves: ["saves", "saved", "bookmarks"],
  shares: ["shares", "reposts", "sends"],
  replies: ["replies", "story replies"],
  clicks: ["clicks", "link clicks", "sticker taps", "link taps"],
  avg_watch_pct: ["avg watch %", "average watch %", "avg watch pct", "average watch percentage", "watch %", "avg watch percentage"],
  frame_views: ["frame views", "story frames", "frames"],
};

const FIELD_BY_KEY = new Map(
  METRIC_IMPORT_FIELDS.flatMap((f) => ALIASES[f].map((a) => [headerKey(a), f] as const)).filter(([k]) => k !== ""),
);

/** Maps each header to a field by its aliases; a field is taken by its first matching column only. */
export function autoMapMetricHeaders(headers: readonly string[]): MetricColumnMapping {
  const taken = new Set<MetricImportField>();
  const out: MetricColumnMapping = {};
  for (const h of headers) {
    const key = headerKey(h);
    const field = FIELD_BY_KEY.get(key) ?? FIELD_BY_KEY.get(key.replace(/[%@]/g, "")) ?? (key === "@" ? "handle" : null);
    out[h] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return out;
}

/** Problems with a mapping as a whole: a row needs a capture time and a way to find its post. */
export function metricMappingProblems(mapping: MetricColumnMapping): string[] {
  const fields = Object.values(mapping).filter((f): f is MetricImportField => f !== null);
  const problems: string[] = [];
  const dup = fields.find((f, i) => fields.indexOf(f) !== i);
  if (dup) problems.push(`Two columns are mapped to ${METRIC_IMPORT_FIELD_LABELS[dup]}.`);
  if (!fields.includes("captured_at")) problems.push("Map a column to Captured at (the date the numbers were read).");
  if (!fields.includes("post_url") && !(fields.includes("platform") && fields.includes("handle")))
    problems.push("Map a Post URL column, or Platform and Handle columns, so each row finds its post.");
  return problems;
}

export type MetricRow = {
  line: number;
  url: string | null;
  platform: Platform | null;
  handle: string | null;
  format: ContentFormat | null;
  postedAt: Date | null;
  capturedAt: Date;
  counts: { [K in SnapshotCountField]: number | null } & { avgWatchPct: number | null; frameViews: number[] };
};

export type MetricRowResult = { ok: true; row: MetricRow } | { ok: false; line: number; message: string };

function parseDate(v: string): Date | null {
  const s = v.trim();
  if (s === "") return null;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** One CSV row to a post reference and a checked snapshot, or the reasons it can't be imported. */
export function readMetricRow(headers: readonly string[], mapping: MetricColumnMapping, row: CsvRow): MetricRowResult {
  const cell: Partial<Record<MetricImportField, string>> = {};
  headers.forEach((h, i) => {
    const f = mapping[h];
    if (f) cell[f] = (row.cells[i] ?? "").trim();
  });
  const problems: string[] = [];
  let url: string | null = null;
  let urlPlatform: Platform | null = null;
  if (cell.post_url) {
    const r = normalisePostUrl(cell.post_url);
    if (r.ok) ({ url, platform: urlPlatform } = r);
    else problems.push(`Post URL: ${r.error}`);
  }
  let platform: Platform | null = urlPlatform;
  if (cell.platform) {
    platform = parsePlatform(cell.platform);
    if (!platform) problems.push(`Platform "${cell.platform}" is not one we know.`);
  }
  let handle: string | null = null;
  if (cell.handle) {
    const h = normalizeHandle(cell.handle, platform);
    if (h.ok) handle = h.handle;
    else problems.push(`Handle "${cell.handle}" ${h.error}.`);
  }
  if (!url && !(platform && handle)) problems.push("Give the post URL, or the platform and handle.");
  let format: ContentFormat | null = null;
  if (cell.format) {
    const f = cell.format.toLowerCase().replace(/s$/, "");
    if (isContentFormat(f)) format = f;
    else problems.push(`Format "${cell.format}" is not one of ${FORMATS.join(", ")}.`);
  }
  const postedAt = cell.posted_at ? parseDate(cell.posted_at) : null;
  if (cell.posted_at && !postedAt) problems.push(`Posted at "${cell.posted_at}" is not a date.`);
  const capturedAt = cell.captured_at ? parseDate(cell.captured_at) : null;
  if (!capturedAt) problems.push(cell.captured_at ? `Captured at "${cell.captured_at}" is not a date.` : "Captured at is empty.");

  const counts = { avgWatchPct: null as number | null, frameViews: [] as number[] } as MetricRow["counts"];
  const number = (field: MetricImportField, label: string): number | null => {
    const raw = cell[field];
    if (raw === undefined) return null;
    const r = parseNumberish(raw);
    if (!r.ok) {
      problems.push(`${label} "${raw}" ${r.error}.`);
      return null;
    }
    return r.value;
  };
  for (const f of SNAPSHOT_COUNT_FIELDS) counts[f] = number(f, SNAPSHOT_FIELD_LABELS[f]);
  counts.avgWatchPct = number("avg_watch_pct", SNAPSHOT_FIELD_LABELS.avgWatchPct);
  if (cell.frame_views) {
    const parts = cell.frame_views.split(/[;|\s]+/).filter(Boolean);
    const nums = parts.map((p) => parseNumberish(p));
    const bad = nums.findIndex((n) => !n.ok || n.value === null);
    if (bad >= 0) problems.push(`Story frame views: frame ${bad + 1} "${parts[bad]}" is not a number.`);
    else counts.frameViews = nums.map((n) => (n.ok ? n.value! : 0));
  }
  if (problems.length === 0) {
    const errors = checkSnapshot(counts);
    for (const messages of Object.values(errors)) problems.push(...messages);
  }
  if (problems.length) return { ok: false, line: row.line, message: problems.join(" ") };
  return { ok: true, row: { line: row.line, url, platform, handle, format, postedAt, capturedAt: capturedAt!, counts } };
}

/** Parses a whole file (throws CsvFormatError for a file that isn't a CSV). */
export function readMetricCsv(text: string, mapping?: MetricColumnMapping) {
  const parsed = parseCsv(text);
  const m = mapping ?? autoMapMetricHeaders(parsed.headers);
  return {
    headers: parsed.headers,
    mapping: m,
    problems: metricMappingProblems(m),
    results: parsed.rows.map((r) => readMetricRow(parsed.headers, m, r)),
  };
}
