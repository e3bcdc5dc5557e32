// Roster free-text search on real Postgres. Query words are resolved through the workspace's word
// dictionary into exact "searchWords" lookups (prisma/post-migrate/search.sql, lib/influencers/search.ts);
// these tests pin that this gives exactly the profiles a plain substring search would, that typos
// still find their profiles (flagged as similar), and that the words follow every edit.
import { randomBytes } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { createInfluencer, updateInfluencer } from "@/lib/influencers/crud";
import { createInfluencerSchema, influencerDetailsSchema } from "@/lib/influencers/schemas";
import { countMatches, MAX_EXPANSION, prepareSearch, searchInfluencers, searchPage } from "@/lib/influencers/search";

import { createWorkspaceWith } from "../fixtures/factories";

const uid = () => randomBytes(3).toString("hex");

type Person = { name: string; handle: string; bio?: string; niches?: string[]; hashtags?: string[]; country?: string };
const PEOPLE: Person[] = [
  { name: "Olivia Hill", handle: "olivia.hill77", bio: "Vegan baker in Leeds", niches: ["baking", "vegan"], country: "GB" },
  { name: "Olivia Stone", handle: "liv_stone", bio: "Trail runner and coach", niches: ["fitness"], country: "US" },
  { name: "Ben Hillary", handle: "benhillary", bio: "Home decor on a budget", niches: ["home decor"], hashtags: ["veggie"], country: "US" },
  { name: "José Álvarez", handle: "jose.alvarez", bio: "Cocina vegana y café", niches: ["food"], country: "ES" },
  { name: "Grace Kim", handle: "gracekim_fit", bio: "Fitness coach, mum of two", niches: ["fitness", "parenting"], country: "US" },
  { name: "Tara Nguyen", handle: "taracooks", bio: "Weeknight dinners #glutenfree", niches: ["food"], country: "AU" },
  { name: "Sam Rossi", handle: "sam.rossi", bio: "Retro gaming streams", niches: ["gaming"], country: "IT" },
];

let workspaceId = "";
let userId = "";
const idOf: Record<string, string> = {};

beforeAll(async () => {
  const { workspace, owner } = await createWorkspaceWith();
  workspaceId = workspace.id;
  userId = owner.id;
  for (const p of PEOPLE) {
    const input = createInfluencerSchema.parse({
      displayName: p.name,
      niches: p.niches ?? [],
      country: p.country,
      account: { platform: "instagram", handle: p.handle, followers: 20_000, bio: p.bio, topHashtags: p.hashtags ?? [] },
    });
    idOf[p.handle] = (await createInfluencer({ workspaceId, userId, input })).id;
  }
});

const ids = async (q: string, extra: object = {}) => {
  const r = await searchInfluencers({ workspaceId, q, limit: 200, ...extra });
  return { ids: r.rows.map((x) => x.id).sort(), fuzzy: r.fuzzyWords, total: r.total };
};

/** The reference: every query word as a case-insensitive substring of the search document. */
async function substringReference(q: string): Promise<string[]> {
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^@+/, ""))
    .filter(Boolean);
  const conds = words.map((w) => Prisma.sql`"searchText" ILIKE ${`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const rows = await db.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Influencer" WHERE "workspaceId" = ${workspaceId} AND ${Prisma.join(conds, " AND ")}`;
  return rows.map((r) => r.id).sort();
}

describe("roster text search", () => {
  it.each([
    "vegan",
    "veg",
    "gan",
    "hill",
    "olivia hill",
    "olivia.hill77",
    "hill77",
    "@olivia.hill77",
    "#veggie",
    "#glutenfree",
    "josé",
    "álvarez",
    "café",
    "home decor",
    "decor budget",
    "coach",
    "fit",
    "kim_fit",
    "Leeds",
    "OLIVIA",
    "os",
    "7",
  ])("%s finds exactly the profiles that contain it", async (q) => {
    const expected = await substringReference(q);
    const got = await ids(q);
    expect(got.fuzzy).toEqual([]);
    expect(got.ids).toEqual(expected);
    expect(got.total).toBe(expected.length);
  });

  it("finds nothing for a word no profile has, without pretending it is a typo of something", async () => {
    expect(await ids("xyz")).toEqual({ ids: [], fuzzy: [], total: 0 });
    expect((await ids("vegan zebra")).ids).toEqual([]);
  });

  it("finds a misspelt word by similar spelling and says so", async () => {
    const r = await ids("bakng");
    expect(r.ids).toEqual([idOf["olivia.hill77"]]);
    expect(r.fuzzy).toEqual(["bakng"]);
    const coach = await ids("fitnes coahc");
    expect(coach.ids).toEqual([idOf["gracekim_fit"], idOf["liv_stone"]].sort());
    expect(coach.fuzzy).toEqual(["coahc"]);
  });

  it("a mistyped handle finds the profile with the same parts, flagged as similar", async () => {
    // All parts exist but not together as written ("77" vs "78").
    const near = await ids("olivia.hill78");
    expect(near.ids).toEqual([idOf["olivia.hill77"]]);
    expect(near.fuzzy).toEqual(["olivia.hill78"]);
    // A misspelt part is replaced by its similar words.
    const typo = await ids("olivai.hill77");
    expect(typo.ids).toContain(idOf["olivia.hill77"]);
    expect(typo.fuzzy).toEqual(["olivai.hill77"]);
  });

  it("follows edits: a renamed influencer is found by the new name and no longer by the old one", async () => {
    const input = createInfluencerSchema.parse({
      displayName: `Quentin Marsh ${uid()}`,
      account: { platform: "tiktok", handle: `qm_${uid()}`, followers: 5_000 },
    });
    const { id } = await createInfluencer({ workspaceId, userId, input });
    expect((await ids("quentin")).ids).toEqual([id]);
    await updateInfluencer({
      workspaceId,
      userId,
      influencerId: id,
      input: influencerDetailsSchema.parse({ displayName: "Wilhelmina Marsh" }),
    });
    expect((await ids("wilhelmina")).ids).toEqual([id]);
    expect((await ids("quentin")).ids).toEqual([]);
    const [row] = await db.$queryRaw<
      { words: string[] }[]
    >`SELECT "searchWords" AS words FROM "Influencer" WHERE "workspaceId" = ${workspaceId} AND id = ${id}`;
    expect(row!.words).toContain("wilhelmina");
    expect(row!.words).not.toContain("quentin");
  });

  it("a word inside more than MAX_EXPANSION dictionary words is still found, as a substring", async () => {
    const stem = `zq${uid()}`.replace(/[0-9]/g, "x");
    await db.$executeRaw`INSERT INTO "InfluencerSearchWord" ("workspaceId", word)
      SELECT ${workspaceId}, ${stem} || chr(97 + g % 26) || chr(97 + g / 26) FROM generate_series(0, ${MAX_EXPANSION + 5}) g ON CONFLICT DO NOTHING`;
    // The profile's word sorts after every generated one, so it is not among the first MAX_EXPANSION + 1:
    // only the substring fallback can find it.
    const input = createInfluencerSchema.parse({
      displayName: `Stem ${stem}zz person`,
      account: { platform: "youtube", handle: `stem_${uid()}`, followers: 3_000 },
    });
    const { id } = await createInfluencer({ workspaceId, userId, input });
    expect((await ids(stem)).ids).toEqual([id]);
  });

  it("the page and the count agree, and both stay inside the workspace", async () => {
    const other = await createWorkspaceWith();
    await createInfluencer({
      workspaceId: other.workspace.id,
      userId: other.owner.id,
      input: createInfluencerSchema.parse({
        displayName: "Olivia Elsewhere",
        account: { platform: "instagram", handle: "olivia.hill77", followers: 9 },
      }),
    });
    const prepared = await prepareSearch({ workspaceId, q: "olivia", limit: 1 });
    const page = await searchPage(prepared);
    const count = await countMatches(prepared);
    expect(page.rows).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    expect(count).toEqual({ total: 2, totalIsLowerBound: false });
    expect((await ids("elsewhere")).ids).toEqual([]);
  });
});

describe("roster filters", () => {
  it("several countries are one filter: any of them", async () => {
    const us = await searchInfluencers({ workspaceId, filters: { countries: ["US"] }, limit: 200 });
    const usGb = await searchInfluencers({ workspaceId, filters: { countries: ["US", "GB"] }, limit: 200 });
    expect(us.rows.map((r) => r.country).every((c) => c === "US")).toBe(true);
    expect(us.total).toBe(3);
    expect(usGb.total).toBe(4);
    expect(new Set(usGb.rows.map((r) => r.country))).toEqual(new Set(["US", "GB"]));
  });

  it("text, niche and country together, sorted by engagement", async () => {
    const r = await searchInfluencers({
      workspaceId,
      q: "coach",
      filters: { niches: ["fitness"], countries: ["US"] },
      sort: "engagement",
      limit: 200,
    });
    expect(r.rows.map((x) => x.id).sort()).toEqual([idOf["gracekim_fit"], idOf["liv_stone"]].sort());
  });
});

describe("niche limits", () => {
  it("refuses more than 10 niches, or a niche over 40 characters, with a plain message", () => {
    const tooMany = influencerDetailsSchema.safeParse({ displayName: "A", niches: Array.from({ length: 11 }, (_, k) => `niche${k}`) });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.message).toBe("Use at most 10 niches");
    const tooLong = influencerDetailsSchema.safeParse({ displayName: "A", niches: ["x".repeat(41)] });
    expect(tooLong.error?.issues[0]?.message).toMatch(/longer than 40 characters/);
    expect(influencerDetailsSchema.safeParse({ displayName: "A", niches: ["beauty", "travel"] }).success).toBe(true);
  });
});
