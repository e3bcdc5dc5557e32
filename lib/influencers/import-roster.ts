/**
 * THE import service: a planned CSV (lib/influencers/import) applied to a workspace's roster in
 * chunks, one transaction each. A (platform, handle) already in the roster is updated (or counted
 * unchanged); a new one joins the person of its row's other accounts (a row with platform columns
 * is one person), else the influencer with the same email, else becomes a new influencer (created
 * by create.ts, like every influencer). Shared by the upload route (small files), the background job
 * (large ones) and the CLI.
 */

import { checkLimit } from "@/lib/billing/limits";
import { db, type Db } from "@/lib/db";
import { failedRowsCsv, planImport, type ColumnMapping, type ImportRecord } from "@/lib/influencers/import";
import type { Platform } from "@/lib/vocabulary";

import { ACCOUNT_FIELDS } from "./account-fields";
import { insertAccounts, insertInfluencers, newId, type NewAccount, type NewInfluencer } from "./create";
import { accountChanges, influencerChanges, type ExistingAccount } from "./import-diff";
import { recomputeInfluencers, type DbClient } from "./recompute";

export interface ImportCounts {
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary extends ImportCounts {
  totalRows: number;
  errors: { row: number; message: string }[];
  warnings: { row: number; message: string }[];
  /** CSV of the rows not imported (null when every row went in). */
  failedRowsCsv: string | null;
}

export interface ImportOptions {
  workspaceId: string;
  text: string;
  mapping: ColumnMapping;
  /** Platform of handles that name none (the wizard's file-wide choice). */
  defaultPlatform?: Platform | null;
  ownerId?: string | null;
  chunkSize?: number;
  /** The day follower snapshots are recorded on (default: today, UTC). */
  today?: Date;
  onProgress?: (counts: ImportCounts, totalRows: number) => Promise<void> | void;
  /** The client the rows are written with: `jobDb` (the long statement budget) from background jobs. */
  client?: Db;
}

/** Throws CsvFormatError when the text is not a readable CSV. */
export async function importRoster(opts: ImportOptions): Promise<ImportSummary> {
  const plan = planImport(opts.text, opts.mapping, { defaultPlatform: opts.defaultPlatform });
  const chunkSize = opts.chunkSize ?? 500;
  const today = new Date(`${(opts.today ?? new Date()).toISOString().slice(0, 10)}T00:00:00Z`);
  const counts: ImportCounts = { processed: 0, created: 0, updated: 0, unchanged: 0 };
  const skipped = plan.totalRows - plan.importableRows;
  const emailOwners = new Map<string, string>();

  let rowsDone = 0;
  for (let i = 0; i < plan.records.length;) {
    // A row's accounts stay in one chunk: they are one person.
    let end = Math.min(i + chunkSize, plan.records.length);
    while (end < plan.records.length && plan.records[end]!.line === plan.records[end - 1]!.line) end++;
    const chunk = plan.records.slice(i, end);
    const result = await (opts.client ?? db).$transaction((tx) => applyChunk(tx, { ...opts, today, emailOwners }, chunk), {
      timeout: 120_000,
      maxWait: 30_000,
    });
    counts.created += result.created;
    counts.updated += result.updated;
    counts.unchanged += result.unchanged;
    rowsDone += new Set(chunk.map((r) => r.line)).size;
    i = end;
    counts.processed = Math.min(plan.totalRows, rowsDone + (i >= plan.records.length ? skipped : 0));
    await opts.onProgress?.({ ...counts }, plan.totalRows);
  }
  counts.processed = plan.totalRows;
  if (plan.records.length === 0) await opts.onProgress?.({ ...counts }, plan.totalRows);
  return {
    ...counts,
    totalRows: plan.totalRows,
    errors: plan.errors.map(({ row, message }) => ({ row, message })),
    warnings: plan.warnings,
    failedRowsCsv: plan.failed.length > 0 ? failedRowsCsv(plan.headers, plan.failed) : null,
  };
}

type ChunkContext = ImportOptions & { today: Date; emailOwners: Map<string, string> };

const newAccount = (r: ImportRecord, today: Date): NewAccount => ({
  platform: r.platform,
  handle: r.handle,
  url: r.url,
  followers: r.followers,
  following: r.following,
  posts: r.posts,
  avgLikes: r.avgLikes,
  avgComments: r.avgComments,
  avgViews: r.avgViews,
  engagementRate: r.engagementRate,
  bio: r.bio,
  topHashtags: r.topHashtags,
  lastRefreshedAt: today,
});

async function applyChunk(tx: DbClient, ctx: ChunkContext, chunk: { line: number; record: ImportRecord }[]) {
  const { workspaceId, today } = ctx;
  const records = chunk.map((c) => c.record);
  const existing = await tx.socialAccount.findMany({
    where: { workspaceId, platform: { in: [...new Set(records.map((r) => r.platform))] }, handle: { in: records.map((r) => r.handle) } },
    select: {
      ...ACCOUNT_FIELDS,
      influencerId: true,
      influencer: {
        select: {
          displayName: true,
          email: true,
          country: true,
          notes: true,
          languages: true,
          niches: true,
          tags: true,
          brandsWorkedWith: true,
        },
      },
    },
  });
  const byKey = new Map(existing.map((a) => [`${a.platform}\u0000${a.handle}`, a as ExistingAccount]));
  const newRecords = records.filter((r) => !byKey.has(`${r.platform}\u0000${r.handle}`));
  const emails = [...new Set(newRecords.flatMap((r) => (r.email && !ctx.emailOwners.has(r.email) ? [r.email] : [])))];
  if (emails.length > 0) {
    const owners = await tx.influencer.findMany({ where: { workspaceId, email: { in: emails } }, select: { id: true, email: true } });
    for (const o of owners) if (o.email) ctx.emailOwners.set(o.email, o.id);
  }

  const people = new Map<string, NewInfluencer & { id: string; accounts: NewAccount[] }>();
  const joining: (NewAccount & { influencerId: string })[] = [];
  const snapshots: { accountId: string; followers: number }[] = [];
  const accountUpdates: object[] = [];
  const personUpdates = new Map<string, object>();
  const toRecompute = new Set<string>();
  /** The person each row's accounts belong to, once one of them is known. */
  const personOfLine = new Map<number, string>();
  for (const { line, record } of chunk) {
    const found = byKey.get(`${record.platform}\u0000${record.handle}`);
    if (found && !personOfLine.has(line)) personOfLine.set(line, found.influencerId);
  }
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  for (const { line, record: r } of chunk) {
    const found = byKey.get(`${r.platform}\u0000${r.handle}`);
    if (found) {
      const a = accountChanges(found, r);
      const p = influencerChanges(found.influencer, r);
      if (!a && !p) {
        unchanged++;
        continue;
      }
      updated++;
      if (a) accountUpdates.push({ id: found.id, ...a });
      if (p) personUpdates.set(found.influencerId, { id: found.influencerId, ...p });
      if (r.followers !== found.followers) snapshots.push({ accountId: found.id, followers: r.followers });
      toRecompute.add(found.influencerId);
      continue;
    }
    created++;
    const owner = personOfLine.get(line) ?? (r.email ? ctx.emailOwners.get(r.email) : undefined);
    if (owner && !people.has(owner)) {
      joining.push({ ...newAccount(r, today), influencerId: owner });
      personOfLine.set(line, owner);
      continue;
    }
    if (owner) {
      people.get(owner)!.accounts.push(newAccount(r, today));
      continue;
    }
    const id = newId();
    if (r.email) ctx.emailOwners.set(r.email, id);
    personOfLine.set(line, id);
    people.set(id, {
      id,
      displayName: r.displayName,
      email: r.email ?? null,
      country: r.country ?? null,
      languages: r.languages,
      niches: r.niches,
      tags: r.tags,
      notes: r.notes ?? null,
      brandsWorkedWith: r.brandsWorkedWith,
      ownerId: ctx.ownerId ?? null,
      accounts: [newAccount(r, today)],
    });
  }

  await checkLimit(tx, workspaceId, "influencers", people.size);
  if (people.size) await insertInfluencers(tx, workspaceId, [...people.values()], { today });
  if (accountUpdates.length) {
    await tx.$executeRaw`
      UPDATE "SocialAccount" AS a SET url = v.url, followers = v.followers, following = v.following, posts = v.posts,
        "avgLikes" = v."avgLikes", "avgComments" = v."avgComments", "avgViews" = v."avgViews", "engagementRate" = v."engagementRate",
        "engagementRateSource" = v."engagementRateSource", bio = v.bio, "topHashtags" = v."topHashtags", "lastRefreshedAt" = ${today}, "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify(accountUpdates)}::jsonb) AS v(id text, url text, followers integer, following integer, posts integer,
        "avgLikes" double precision, "avgComments" double precision, "avgViews" double precision, "engagementRate" double precision,
        "engagementRateSource" text, bio text, "topHashtags" text[])
      WHERE a."workspaceId" = ${workspaceId} AND a.id = v.id`;
  }
  if (personUpdates.size) {
    await tx.$executeRaw`
      UPDATE "Influencer" AS i SET "displayName" = v."displayName", email = v.email, country = v.country, notes = v.notes,
        languages = v.languages, niches = v.niches, tags = v.tags, "brandsWorkedWith" = v."brandsWorkedWith", "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify([...personUpdates.values()])}::jsonb) AS v(id text, "displayName" text, email text, country text, notes text,
        languages text[], niches text[], tags text[], "brandsWorkedWith" text[])
      WHERE i."workspaceId" = ${workspaceId} AND i.id = v.id`;
  }
  if (snapshots.length) {
    await tx.$executeRaw`
      INSERT INTO "FollowerSnapshot" ("workspaceId", "socialAccountId", "capturedOn", followers)
      SELECT ${workspaceId}, v."accountId", ${today}::date, v.followers
      FROM jsonb_to_recordset(${JSON.stringify(snapshots)}::jsonb) AS v("accountId" text, followers integer)
      ON CONFLICT ("workspaceId", "socialAccountId", "capturedOn") DO UPDATE SET followers = EXCLUDED.followers`;
  }
  // New accounts of people already in the roster (recomputed there, with their other accounts).
  if (joining.length) await insertAccounts(tx, workspaceId, joining, { today });
  for (const j of joining) toRecompute.delete(j.influencerId);
  if (toRecompute.size) await recomputeInfluencers(workspaceId, [...toRecompute], tx);
  return { created, updated, unchanged };
}
