/**
 * THE import service: a planned CSV (lib/influencers/import) applied to a workspace's roster in
 * chunks, one transaction each. A (platform, handle) already in the roster is updated (or counted
 * unchanged); a new one joins the influencer with the same email, else becomes a new influencer.
 * Shared by the upload route (small files), the background job (large ones) and the CLI.
 */

import { randomBytes } from "node:crypto";

import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { failedRowsCsv, planImport, type ColumnMapping, type ImportRecord } from "@/lib/influencers/import";

import { ACCOUNT_FIELDS } from "./account-fields";
import { influencerFigures, type AccountInput } from "./denormalise";
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
  ownerId?: string | null;
  chunkSize?: number;
  /** The day follower snapshots are recorded on (default: today, UTC). */
  today?: Date;
  onProgress?: (counts: ImportCounts, totalRows: number) => Promise<void> | void;
  /** The client the rows are written with: `jobDb` (the long statement budget) from background jobs. */
  client?: Db;
}

/** A cuid-like id for rows created in bulk (createMany needs the ids up front). */
export function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;
}

/** Throws CsvFormatError when the text is not a readable CSV. */
export async function importRoster(opts: ImportOptions): Promise<ImportSummary> {
  const plan = planImport(opts.text, opts.mapping);
  const chunkSize = opts.chunkSize ?? 500;
  const today = new Date(`${(opts.today ?? new Date()).toISOString().slice(0, 10)}T00:00:00Z`);
  const counts: ImportCounts = { processed: 0, created: 0, updated: 0, unchanged: 0 };
  const skipped = plan.totalRows - plan.records.length;
  const emailOwners = new Map<string, string>();

  for (let i = 0; i < plan.records.length; i += chunkSize) {
    const chunk = plan.records.slice(i, i + chunkSize).map((r) => r.record);
    const result = await (opts.client ?? db).$transaction((tx) => applyChunk(tx, { ...opts, today, emailOwners }, chunk), {
      timeout: 120_000,
      maxWait: 30_000,
    });
    counts.created += result.created;
    counts.updated += result.updated;
    counts.unchanged += result.unchanged;
    counts.processed = Math.min(plan.totalRows, i + chunk.length + (i + chunk.length >= plan.records.length ? skipped : 0));
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

const accountInput = (r: ImportRecord, today: Date): AccountInput => ({
  platform: r.platform,
  handle: r.handle,
  followers: r.followers,
  following: r.following,
  posts: r.posts,
  avgLikes: r.avgLikes,
  avgComments: r.avgComments,
  engagementRate: r.engagementRate,
  engagementRateSource: r.engagementRate !== undefined ? "imported" : null,
  bio: r.bio,
  topHashtags: r.topHashtags,
  history: [{ date: today.toISOString().slice(0, 10), followers: r.followers }],
});

async function applyChunk(tx: DbClient, ctx: ChunkContext, records: ImportRecord[]) {
  const { workspaceId, today } = ctx;
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

  const people: Prisma.InfluencerCreateManyInput[] = [];
  const accounts: Prisma.SocialAccountCreateManyInput[] = [];
  const snapshots: { accountId: string; followers: number }[] = [];
  const accountUpdates: object[] = [];
  const personUpdates: object[] = [];
  const toRecompute = new Set<string>();
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  for (const r of records) {
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
      if (p) personUpdates.push({ id: found.influencerId, ...p });
      if (r.followers !== found.followers) snapshots.push({ accountId: found.id, followers: r.followers });
      toRecompute.add(found.influencerId);
      continue;
    }
    created++;
    const accountId = newId();
    const input = accountInput(r, today);
    const owner = r.email ? ctx.emailOwners.get(r.email) : undefined;
    const figures = influencerFigures({ displayName: r.displayName, niches: r.niches }, [input]);
    const influencerId = owner ?? newId();
    if (owner) toRecompute.add(owner);
    else {
      if (r.email) ctx.emailOwners.set(r.email, influencerId);
      people.push({
        workspaceId,
        id: influencerId,
        displayName: r.displayName,
        email: r.email ?? null,
        country: r.country ?? null,
        languages: r.languages,
        niches: r.niches,
        tags: r.tags,
        notes: r.notes ?? null,
        brandsWorkedWith: r.brandsWorkedWith,
        ownerId: ctx.ownerId ?? null,
        ...figures.influencer,
      });
    }
    const f = figures.accounts[0];
    accounts.push({
      workspaceId,
      id: accountId,
      influencerId,
      platform: r.platform,
      handle: r.handle,
      url: r.url ?? null,
      followers: r.followers,
      following: r.following ?? null,
      posts: r.posts ?? null,
      avgLikes: r.avgLikes ?? null,
      avgComments: r.avgComments ?? null,
      avgViews: r.avgViews ?? null,
      engagementRate: f?.engagementRate ?? null,
      engagementRateSource: f?.engagementRateSource ?? null,
      bio: r.bio ?? null,
      topHashtags: r.topHashtags,
      lastRefreshedAt: today,
    });
    snapshots.push({ accountId, followers: r.followers });
  }

  if (people.length) await tx.influencer.createMany({ data: people });
  if (accounts.length) await tx.socialAccount.createMany({ data: accounts });
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
  if (personUpdates.length) {
    await tx.$executeRaw`
      UPDATE "Influencer" AS i SET "displayName" = v."displayName", email = v.email, country = v.country, notes = v.notes,
        languages = v.languages, niches = v.niches, tags = v.tags, "brandsWorkedWith" = v."brandsWorkedWith", "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify(personUpdates)}::jsonb) AS v(id text, "displayName" text, email text, country text, notes text,
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
  if (toRecompute.size) await recomputeInfluencers(workspaceId, [...toRecompute], tx);
  return { created, updated, unchanged };
}
