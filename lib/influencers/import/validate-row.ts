/**
 * One CSV row → one influencer's records (one per account: the handle/profile link columns, and a
 * column per platform such as "Instagram" or "TikTok"), or the list of what is wrong with it, in
 * words that name the column and the bad value ('Followers "12abc" is not a number').
 */

import { parseCountry } from "./countries";
import { platformFollowersField, platformOfField, type ColumnMapping, type ImportField } from "./fields";
import { normalizeHandle, withArticle } from "./handles";
import { nicheListProblem, TEXT_LIMITS, textTooLong } from "./limits";
import { parseHashtags, splitList } from "./lists";
import { parseNumberish } from "./numbers";
import { parsePlatform, PLATFORM_LABELS, PLATFORMS, type Platform } from "./platforms";

export interface ImportRecord {
  platform: Platform;
  handle: string;
  url?: string;
  displayName: string;
  email?: string;
  followers: number;
  following?: number;
  posts?: number;
  /** Percentage points: 6.1 means 6.1 %. */
  engagementRate?: number;
  avgLikes?: number;
  avgComments?: number;
  avgViews?: number;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  languages: string[];
  niches: string[];
  tags: string[];
  bio?: string;
  notes?: string;
  topHashtags: string[];
  brandsWorkedWith: string[];
}

/** `column` is the header as written in the file, or the field name when no column is mapped to it. */
export interface CellProblem {
  column: string;
  message: string;
}

export type RowResult =
  | {
      ok: true;
      /** The row's main account (the handle/profile link columns, else its first platform column) with the person's fields. */
      record: ImportRecord;
      /** The row's further accounts (other platform columns), each with the same person's fields and its own followers. */
      others: ImportRecord[];
      warnings: CellProblem[];
    }
  | { ok: false; errors: CellProblem[]; warnings: CellProblem[] };

export interface RowOptions {
  /** Platform of a handle that names none (no platform cell, no link): the file-wide choice in the wizard. */
  defaultPlatform?: Platform | null;
}

/** Largest count accepted (10 billion): above it the cell is a typo, not an audience. */
export const MAX_COUNT = 10_000_000_000;

const PLATFORM_LIST = `${PLATFORMS.slice(0, -1)
  .map((p) => PLATFORM_LABELS[p])
  .join(", ")} or ${PLATFORM_LABELS.blog}`;
const EMAIL = /^[^\s@<>()[\],;:"]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

interface Cell {
  header: string;
  raw: string;
}

/** A cell's text: trimmed, and without the "'" that failedRowsCsv puts before =, +, -, @, tab. */
function clean(value: string | undefined): string {
  return (value ?? "")
    .trim()
    .replace(/^'(?=[=+\-@\t\r])/, "")
    .trim();
}

/** The mapped cells of one row: the first non-empty one per field, or all of them for list fields. */
function readCells(cells: readonly string[], headers: readonly string[], mapping: ColumnMapping) {
  const byField = new Map<ImportField, Cell[]>();
  const mappedHeaders = new Map<ImportField, string>();
  /** Filled platform handle columns, left to right. */
  const platformCells: { platform: Platform; cell: Cell }[] = [];
  headers.forEach((header, index) => {
    const field = mapping[header];
    if (!field) return;
    if (!mappedHeaders.has(field)) mappedHeaders.set(field, header);
    const raw = clean(cells[index]);
    if (raw === "") return;
    byField.set(field, [...(byField.get(field) ?? []), { header, raw }]);
    const platform = platformOfField(field);
    if (platform && field !== platformFollowersField(platform)) platformCells.push({ platform, cell: { header, raw } });
  });
  return {
    platformCells,
    /** Headers of the platform handle columns mapped in this file, filled or not. */
    platformHeaders: [...mappedHeaders].filter(([field]) => platformOfField(field) && !field.endsWith("_followers")).map(([, h]) => h),
    one: (field: ImportField): Cell | null => byField.get(field)?.[0] ?? null,
    all: (field: ImportField): Cell[] => byField.get(field) ?? [],
    /** Name for messages about a missing value: the mapped header, else the field name. */
    label: (field: ImportField): string => mappedHeaders.get(field) ?? field,
  };
}

type Count = { kind: "count" } | { kind: "amount" };

/**
 * Reads a numeric cell: counts (followers, following, posts) must be whole numbers unless written
 * with a K/M/B suffix (then rounded: "48.25K" → 48250); amounts (average likes, comments, views) may
 * have decimals. Both must be ≥ 0, ≤ {@link MAX_COUNT} and carry no % sign.
 */
function readNumber(cell: Cell | null, kind: Count, errors: CellProblem[]): number | undefined {
  if (!cell) return undefined;
  const parsed = parseNumberish(cell.raw);
  const fail = (message: string): undefined => {
    errors.push({ column: cell.header, message: `${cell.header} "${cell.raw}" ${message}` });
    return undefined;
  };
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.value === null) return undefined;
  if (parsed.percent) return fail("is a percentage, not a count");
  if (parsed.value < 0) return fail("must be 0 or more");
  if (parsed.value > MAX_COUNT) return fail("is too large to be a count");
  if (kind.kind === "count" && !Number.isInteger(parsed.value)) {
    if (!parsed.abbreviated) return fail("must be a whole number");
    return Math.round(parsed.value);
  }
  return parsed.value;
}

/**
 * Engagement rate in percentage points, 0–100. "6.1%" and "6.1" both mean 6.1 %. A value below 1
 * without a % sign ("0.061") is read as a percentage too (0.061 %) — real engagement rates below
 * 1 % are common (HypeAuditor's micro median is 0.54 %), so it cannot be assumed to be a fraction —
 * and a warning suggests writing "6.1%" if a fraction was meant.
 */
function readEngagementRate(cell: Cell | null, errors: CellProblem[], warnings: CellProblem[]): number | undefined {
  if (!cell) return undefined;
  const parsed = parseNumberish(cell.raw);
  const fail = (message: string): undefined => {
    errors.push({ column: cell.header, message: `${cell.header} "${cell.raw}" ${message}` });
    return undefined;
  };
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.value === null) return undefined;
  if (parsed.abbreviated) return fail("is not a percentage");
  if (parsed.value < 0 || parsed.value > 100) return fail("must be between 0 and 100 (%)");
  if (!parsed.percent && parsed.value > 0 && parsed.value < 1) {
    warnings.push({
      column: cell.header,
      message: `${cell.header} "${cell.raw}" was read as ${parsed.value}%; if it is a fraction, write it as a percentage ("${Number((parsed.value * 100).toPrecision(12))}%")`,
    });
  }
  return parsed.value;
}

/**
 * Email: an optional "mailto:" and a "Name <address>" wrapper are removed; with several addresses
 * the first is kept (with a warning). Domain lower-cased, local part kept as written.
 */
function readEmail(cell: Cell | null, errors: CellProblem[], warnings: CellProblem[]): string | undefined {
  if (!cell) return undefined;
  const unwrapped = (/<([^>]*)>/.exec(cell.raw)?.[1] ?? cell.raw).replace(/^mailto:/i, "").trim();
  const [first = "", ...others] = unwrapped.split(/[\s,;]+/).filter((part) => part !== "");
  if (!EMAIL.test(first)) {
    errors.push({ column: cell.header, message: `${cell.header} "${cell.raw}" is not a valid email address` });
    return undefined;
  }
  if (others.length > 0) {
    warnings.push({ column: cell.header, message: `${cell.header} "${cell.raw}" has several addresses; only ${first} was kept` });
  }
  const at = first.lastIndexOf("@");
  return `${first.slice(0, at)}@${first.slice(at + 1).toLowerCase()}`;
}

interface Identity {
  platform: Platform;
  handle: string;
  url?: string;
}

/**
 * Platform and handle, from the platform, handle and profile_url columns together:
 * - the handle comes from the handle column or from the profile link (either may hold a link);
 * - the platform comes from the platform column, else from the link's site, else the file's default;
 * - when both columns name a handle or platform they must agree.
 * Null when the row has neither a handle nor a profile link (it may still have platform columns);
 * undefined when a problem was reported.
 */
function readIdentity(
  read: ReturnType<typeof readCells>,
  errors: CellProblem[],
  defaultPlatform: Platform | null,
): Identity | null | undefined {
  const before = errors.length;
  const fail = (column: string, message: string): void => void errors.push({ column, message });
  const platformCell = read.one("platform");
  const platformColumn = parsePlatform(platformCell?.raw);
  if (platformCell && !platformColumn) {
    fail(platformCell.header, `${platformCell.header} "${platformCell.raw}" is not a supported platform (use ${PLATFORM_LIST})`);
  }

  const found: { cell: Cell; handle: string; platform: Platform | null; url: string | null }[] = [];
  for (const cell of [read.one("handle"), read.one("profile_url")]) {
    if (!cell) continue;
    if (tooLong(cell, TEXT_LIMITS.profileUrl, errors)) continue;
    const result = normalizeHandle(cell.raw, platformColumn ?? defaultPlatform);
    if (result.ok) found.push({ cell, ...result });
    else fail(cell.header, `${cell.header} "${cell.raw}" ${result.error}`);
  }
  if (errors.length > before) return undefined;

  const [a, b] = found;
  if (!a) return null;
  if (b && a.handle !== b.handle) {
    fail(b.cell.header, `${a.cell.header} "${a.cell.raw}" does not match ${b.cell.header} "${b.cell.raw}" (handle ${b.handle})`);
  }
  for (const link of found) {
    if (link.platform && platformColumn && link.platform !== platformColumn) {
      fail(
        link.cell.header,
        `${link.cell.header} "${link.cell.raw}" is ${withArticle(PLATFORM_LABELS[link.platform])} link but the platform is ${PLATFORM_LABELS[platformColumn]}`,
      );
    }
  }
  if (b && a.platform && b.platform && a.platform !== b.platform) {
    fail(b.cell.header, `${a.cell.header} and ${b.cell.header} link to different platforms`);
  }
  const platform = platformColumn ?? a.platform ?? b?.platform ?? defaultPlatform;
  if (!platform) {
    fail(
      read.label("platform"),
      `${read.label("platform")} is missing and no profile link names it (choose a platform for the whole file, or add a platform column)`,
    );
  }
  if (errors.length > before || !platform) return undefined;

  // Re-check the handle under the final platform's rules (e.g. its length limit).
  const checked = normalizeHandle(a.handle, platform);
  if (!checked.ok) {
    fail(a.cell.header, `${a.cell.header} "${a.cell.raw}" ${checked.error}`);
    return undefined;
  }
  const url = a.url ?? b?.url;
  return { platform, handle: checked.handle, ...(url ? { url } : {}) };
}

/** The accounts in the row's platform columns ("Instagram": "@jane", "TikTok": "tiktok.com/@jane"), left to right. */
function readPlatformColumns(read: ReturnType<typeof readCells>, errors: CellProblem[]): (Identity & { cell: Cell })[] {
  const accounts: (Identity & { cell: Cell })[] = [];
  for (const { platform, cell } of read.platformCells) {
    if (tooLong(cell, TEXT_LIMITS.profileUrl, errors)) continue;
    const result = normalizeHandle(cell.raw, platform);
    if (!result.ok) {
      errors.push({ column: cell.header, message: `${cell.header} "${cell.raw}" ${result.error}` });
    } else if (result.platform && result.platform !== platform) {
      errors.push({
        column: cell.header,
        message: `${cell.header} "${cell.raw}" is ${withArticle(PLATFORM_LABELS[result.platform])} link, not ${withArticle(PLATFORM_LABELS[platform])} one`,
      });
    } else {
      accounts.push({ platform, handle: result.handle, ...(result.url ? { url: result.url } : {}), cell });
    }
  }
  return accounts;
}

/** Reports a cell longer than its limit; true when it was. */
function tooLong(cell: Cell | null, limit: number, errors: CellProblem[]): boolean {
  const problem = cell ? textTooLong(cell.header, cell.raw, limit) : null;
  if (problem && cell) errors.push({ column: cell.header, message: problem });
  return problem !== null;
}

/** Reports a list with too many items or an item too long; the list as given otherwise. */
function checkedList(
  read: ReturnType<typeof readCells>,
  field: ImportField,
  list: string[],
  limits: { item: number; items: number },
  errors: CellProblem[],
): string[] {
  const long = list.find((item) => item.length > limits.item);
  if (long) {
    errors.push({
      column: read.label(field),
      message: `${read.label(field)} "${long.slice(0, 20)}…" is ${long.length.toLocaleString("en-US")} characters long; each item may have at most ${limits.item}`,
    });
  } else if (list.length > limits.items) {
    errors.push({ column: read.label(field), message: `${read.label(field)} has ${list.length} items; the limit is ${limits.items}` });
  }
  return list;
}

/** Drops undefined properties, so records compare and serialise without `key: undefined`. */
function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

const listOf = (cells: Cell[], lowercase: boolean): string[] => splitList(cells.map((cell) => cell.raw).join(","), { lowercase });

/**
 * Validates one data row against the column mapping.
 *
 * Accounts: the handle and profile_url columns give one (its platform from the platform column,
 * else the link's site, else `options.defaultPlatform`); each platform column ("Instagram",
 * "TikTok handle", mapped to `<platform>_handle`) gives one more, with its own follower count from
 * its `<platform>_followers` column. The first account (the handle column's, else the leftmost
 * filled platform column's) is the main one: it also takes the general followers column and the
 * metrics (following, posts, averages, ER, bio, hashtags). A further account without a follower
 * count of its own is left out with a warning. The same account given twice in one row counts once.
 *
 * Required: at least one account, and followers for the main one (whole number ≥ 0; "2.4M"
 * accepted). Optional and checked when present: following and posts (whole numbers ≥ 0), avg
 * likes/comments/views (numbers ≥ 0), engagement rate (0–100 %), email, country (ISO alpha-2 when
 * recognised; an unrecognised country is left empty with a warning, not an error). Lists
 * (languages, niches, tags, brands) split on "," ";" "|"; languages, niches and tags are
 * lower-cased, brands keep their spelling; hashtags lose their "#" and are lower-cased. Display
 * name defaults to the handle. Every text has a length limit ({@link TEXT_LIMITS}): a longer cell
 * is an error of its row, never of the whole import.
 *
 * A row with more non-blank cells than the header has columns is rejected as a whole (its values
 * are shifted, usually by an unquoted "120,500"); missing trailing cells count as empty. Every
 * problem in the row is reported, not just the first.
 */
export function validateRow(
  cells: readonly string[],
  headers: readonly string[],
  mapping: ColumnMapping,
  options: RowOptions = {},
): RowResult {
  const errors: CellProblem[] = [];
  const warnings: CellProblem[] = [];
  if (cells.slice(headers.length).some((cell) => cell.trim() !== "")) {
    errors.push({
      column: "(row)",
      message: `This row has ${cells.length} values but the header has ${headers.length} columns; a value containing the separator (like 120,500) must be in quotes`,
    });
    return { ok: false, errors, warnings };
  }

  const read = readCells(cells, headers, mapping);
  const identity = readIdentity(read, errors, options.defaultPlatform ?? null);
  const columns = readPlatformColumns(read, errors);
  const accounts: (Identity & { cell?: Cell })[] = [];
  for (const account of [...(identity ? [identity] : []), ...columns]) {
    if (!accounts.some((a) => a.platform === account.platform && a.handle === account.handle)) accounts.push(account);
  }
  if (identity === null && columns.length === 0 && errors.length === 0) {
    const labels = [
      ...(mapping && Object.values(mapping).some((f) => f === "handle" || f === "profile_url") ? [read.label("handle")] : []),
      ...read.platformHeaders,
    ];
    errors.push(
      read.platformHeaders.length === 0
        ? { column: read.label("handle"), message: `${read.label("handle")} is missing (give a handle or a profile link)` }
        : {
            column: labels[0] ?? "handle",
            message: `${labels.join(", ")} ${labels.length > 1 ? "are all" : "is"} empty: give a handle or a profile link`,
          },
    );
  }

  const errorsBeforeFollowers = errors.length;
  const generalFollowers = readNumber(read.one("followers"), { kind: "count" }, errors);
  const followersOf = new Map<Platform, number | undefined>();
  for (const account of accounts) {
    if (!followersOf.has(account.platform)) {
      followersOf.set(account.platform, readNumber(read.one(platformFollowersField(account.platform)), { kind: "count" }, errors));
    }
  }
  const followersBad = errors.length > errorsBeforeFollowers;
  const main = accounts[0];
  const mainFollowers = main ? (followersOf.get(main.platform) ?? generalFollowers) : generalFollowers;
  if (mainFollowers === undefined && !followersBad) {
    const label = read.label("followers");
    errors.push({ column: label, message: `${label} is missing` });
  }
  const following = readNumber(read.one("following"), { kind: "count" }, errors);
  const posts = readNumber(read.one("posts"), { kind: "count" }, errors);
  const avgLikes = readNumber(read.one("avg_likes"), { kind: "amount" }, errors);
  const avgComments = readNumber(read.one("avg_comments"), { kind: "amount" }, errors);
  const avgViews = readNumber(read.one("avg_views"), { kind: "amount" }, errors);
  const engagementRate = readEngagementRate(read.one("engagement_rate"), errors, warnings);
  const emailCell = read.one("email");
  const email = tooLong(emailCell, TEXT_LIMITS.email, errors) ? undefined : readEmail(emailCell, errors, warnings);

  const countryCell = read.one("country");
  const country = parseCountry(countryCell?.raw) ?? undefined;
  if (countryCell && !country) {
    warnings.push({
      column: countryCell.header,
      message: `${countryCell.header} "${countryCell.raw.slice(0, 40)}" is not a recognised country; it was left empty`,
    });
  }

  const nameCell = read.one("display_name");
  const bioCell = read.one("bio");
  const notesCell = read.one("notes");
  tooLong(nameCell, TEXT_LIMITS.displayName, errors);
  tooLong(bioCell, TEXT_LIMITS.bio, errors);
  tooLong(notesCell, TEXT_LIMITS.notes, errors);
  const niches = listOf(read.all("niches"), true);
  const nicheProblem = nicheListProblem(niches);
  if (nicheProblem) errors.push({ column: read.label("niches"), message: nicheProblem });
  const listLimits = { item: TEXT_LIMITS.listItem, items: TEXT_LIMITS.listItems };
  const languages = checkedList(read, "languages", listOf(read.all("languages"), true), listLimits, errors);
  const tags = checkedList(read, "tags", listOf(read.all("tags"), true), listLimits, errors);
  const brandsWorkedWith = checkedList(read, "brands_worked_with", listOf(read.all("brands_worked_with"), false), listLimits, errors);
  const topHashtags = checkedList(
    read,
    "top_hashtags",
    parseHashtags(
      read
        .all("top_hashtags")
        .map((cell) => cell.raw)
        .join(","),
    ),
    { item: TEXT_LIMITS.hashtag, items: TEXT_LIMITS.hashtags },
    errors,
  );

  if (errors.length > 0 || !main || mainFollowers === undefined) return { ok: false, errors, warnings };

  const person = {
    displayName: nameCell?.raw ?? main.handle,
    ...definedOnly({ email, country, notes: notesCell?.raw }),
    languages,
    niches,
    tags,
    brandsWorkedWith,
  };
  const record: ImportRecord = {
    platform: main.platform,
    handle: main.handle,
    ...(main.url ? { url: main.url } : {}),
    followers: mainFollowers,
    ...definedOnly({ following, posts, engagementRate, avgLikes, avgComments, avgViews, bio: bioCell?.raw }),
    ...person,
    topHashtags,
  };
  const others: ImportRecord[] = [];
  for (const account of accounts.slice(1)) {
    const followers = followersOf.get(account.platform);
    if (followers === undefined) {
      const cell = account.cell ?? main.cell;
      warnings.push({
        column: cell?.header ?? PLATFORM_LABELS[account.platform],
        message: `${PLATFORM_LABELS[account.platform]} "${cell?.raw ?? account.handle}" was not imported: it has no follower count (map a ${PLATFORM_LABELS[account.platform]} followers column)`,
      });
      continue;
    }
    others.push({
      platform: account.platform,
      handle: account.handle,
      ...(account.url ? { url: account.url } : {}),
      followers,
      ...person,
      topHashtags: [],
    });
  }
  return { ok: true, record, others, warnings };
}
