// Demo roster: 300 varied influencers across platforms and tiers, with 12 weekly follower snapshots
// each (some with bought-follower spikes), some risky profiles, brands worked with, and two lists.
// Deterministic (seeded PRNG) and idempotent: skipped when the workspace already has influencers.
import { db } from "../lib/db";
import { insertInfluencers, type NewAccount, type NewInfluencer } from "../lib/influencers/create";
import { PLATFORMS, type Platform } from "../lib/vocabulary";

const FIRST = [
  "Ava",
  "Liam",
  "Maya",
  "Noah",
  "Zoe",
  "Leo",
  "Isla",
  "Omar",
  "Lena",
  "Marco",
  "Chloe",
  "Hugo",
  "Sofia",
  "Kai",
  "Nina",
  "Theo",
  "Aisha",
  "Jonas",
  "Priya",
  "Lucas",
];
const LAST = [
  "Rivera",
  "Kim",
  "Dubois",
  "Silva",
  "Novak",
  "Jansen",
  "Costa",
  "Weber",
  "Khan",
  "Larsen",
  "Moreau",
  "Baker",
  "Tanaka",
  "Fox",
  "Hill",
];
const NICHES = [
  "skincare",
  "beauty",
  "fitness",
  "vegan",
  "food",
  "baking",
  "travel",
  "gaming",
  "tech",
  "parenting",
  "home decor",
  "wellness",
  "fashion",
  "yoga",
  "books",
];
const COUNTRIES = ["US", "US", "GB", "DE", "FR", "BR", "ES", "CA", "AU", "NL"];
const BRANDS = ["Glossier", "Sephora", "Gymshark", "HelloFresh", "Lush", "Oatly", "Nike"];
const BIO_WORDS = ["lover", "creator", "coach", "daily", "studio", "journal", "kitchen", "diaries"];

/** A small deterministic generator (mulberry32), so the demo looks the same on every install. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedInfluencers({
  workspaceId,
  userId,
  log = console.log,
}: {
  workspaceId: string;
  userId: string;
  log?: (m: string) => void;
}) {
  if (await db.influencer.count({ where: { workspaceId } })) return;
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const people: NewInfluencer[] = [];
  let accountCount = 0;
  const start = Date.UTC(2026, 7, 1);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  for (let n = 0; n < 300; n++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const niches = [...new Set([pick(NICHES), ...(r() < 0.5 ? [pick(NICHES)] : [])])];
    const risky = r() < 0.12;
    const spiky = risky ? r() < 0.6 : r() < 0.06;
    const person: NewInfluencer & { accounts: NewAccount[] } = {
      displayName: name,
      email: r() < 0.6 ? `${name.toLowerCase().replace(" ", ".")}${n}@example.com` : null,
      country: pick(COUNTRIES),
      languages: ["en"],
      niches,
      tags: r() < 0.15 ? ["vip"] : [],
      ownerId: userId,
      brandsWorkedWith: r() < 0.25 ? [pick(BRANDS)] : [],
      notes: r() < 0.2 ? "Met at the spring creator event; prefers email." : null,
      accounts: [],
    };
    people.push(person);
    const platformCount = r() < 0.3 ? 2 : 1;
    const used = new Set<Platform>();
    for (let a = 0; a < platformCount; a++) {
      const platform = a === 0 ? (r() < 0.5 ? "instagram" : pick(PLATFORMS)) : pick(PLATFORMS);
      if (used.has(platform)) continue;
      used.add(platform);
      const followers = Math.floor(1200 * 10 ** (3.2 * r() ** 1.6));
      const er = risky ? 0.05 + r() * 0.15 : followers < 10_000 ? 3 + r() * 6 : followers < 100_000 ? 2 + r() * 5 : 0.8 + r() * 2.5;
      const handle = `${name.toLowerCase().replace(" ", ".")}${n}${a ? `.${platform}` : ""}`.slice(0, 30);
      const following = risky ? Math.floor(followers * (1.5 + r() * 2)) : Math.floor(followers * r() * 0.2);
      const posts = 40 + Math.floor(r() * 900);
      const bio = `${niches[0]} ${pick(BIO_WORDS)} · ${pick(COUNTRIES)}`;
      // 12 weekly snapshots ending at today's count; a spike doubles the audience in one week.
      const history: { date: string; followers: number }[] = [];
      let f = Math.round(followers / (spiky ? 2.1 : 1 + r() * 0.15));
      for (let w = 0; w < 12; w++) {
        const last = w === 11;
        if (spiky && w === 7) f = Math.round(f * 1.9);
        else if (!last) f = Math.round(f * (1 + r() * 0.012));
        history.push({ date: day(start + w * 7 * 86_400_000), followers: last ? followers : f });
      }
      person.accounts.push({
        platform,
        handle,
        followers,
        following,
        posts,
        avgLikes: Math.round(((followers * er) / 100) * 0.95),
        avgComments: Math.round(((followers * er) / 100) * 0.05),
        bio,
        topHashtags: niches.map((x) => x.replace(/\s/g, "")),
        history,
        lastRefreshedAt: new Date(start + 11 * 7 * 86_400_000),
      });
      accountCount++;
    }
  }
  await db.$transaction((tx) => insertInfluencers(tx, workspaceId, people), { timeout: 120_000 });
  const spring = await db.influencerList.create({
    data: {
      workspaceId,
      name: "Spring launch – skincare",
      description: "Micro skincare creators with real engagement",
      createdById: userId,
    },
    select: { id: true },
  });
  const fitness = await db.influencerList.create({
    data: { workspaceId, name: "Fitness ambassadors", createdById: userId },
    select: { id: true },
  });
  const pickFor = async (niche: string, listId: string) => {
    const rows = await db.influencer.findMany({
      where: { workspaceId, niches: { has: niche }, riskLevel: "low" },
      select: { id: true },
      take: 8,
    });
    await db.listMember.createMany({ data: rows.map((x) => ({ workspaceId, listId, influencerId: x.id })), skipDuplicates: true });
  };
  await pickFor("skincare", spring.id);
  await pickFor("fitness", fitness.id);
  log(`Demo roster: ${people.length} influencers, ${accountCount} accounts, 2 lists`);
}
