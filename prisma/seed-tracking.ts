// Demo tracking: the demo campaign's working collaborations get a tracking link (through
// lib/tracking's own createLink) with a few hundred clicks over the last four weeks — people from
// several countries and devices, some returning visitors, some bots and link previews — and a
// discount code each. Idempotent and tolerant: a collaboration that already has links (from another
// seed) keeps them, and only links without clicks get demo clicks; codes are added only where none
// exist. Clicks are written with writeClicks, the same insert the redirect's buffer uses.
import { createHash } from "node:crypto";

import { db } from "../lib/db";
import type { ClickRow } from "../lib/tracking/click-buffer";
import { newClickId } from "../lib/tracking/click-id";
import { createDiscountCode } from "../lib/tracking/discount-codes";
import { createLink, saveTrackingDefaults } from "../lib/tracking/links";
import { writeClicks } from "../lib/tracking/recorder";
import { createDiscountCodeSchema, createLinkSchema } from "../lib/tracking/schemas";
import { visitorHash } from "../lib/tracking/visitor";
import { rng } from "./seed-influencers";

const DESTINATION = "https://shop.example/products/spf-50-fluid";
const WITH_LINKS = new Set(["accepted", "drafting", "in_review", "changes_requested", "approved", "live", "completed"]);
const COUNTRIES = ["US", "US", "US", "GB", "GB", "CA", "DE", "AU", "FR", "NL"];
const AGENTS = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0.0.40.92",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36 musical_ly_2023",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
];
const DEVICES: [string, string, string][] = [
  ["mobile", "Instagram", "iOS"],
  ["mobile", "Mobile Safari", "iOS"],
  ["mobile", "Chrome", "Android"],
  ["mobile", "TikTok", "Android"],
  ["desktop", "Safari", "Mac OS"],
  ["desktop", "Chrome", "Windows"],
  ["tablet", "Mobile Safari", "iOS"],
];
const BOTS = ["facebookexternalhit/1.1", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "WhatsApp/2.23.20.0"];
const REFERRERS = ["instagram.com", "l.instagram.com", "tiktok.com", null, null, "youtube.com"];

/** Demo clicks of one link over the last `days` days: people (some returning the same day) and bots. */
export function demoClicks(opts: {
  workspaceId: string;
  linkId: string;
  collaborationId: string;
  count: number;
  seed: number;
  now: number;
  days?: number;
}): ClickRow[] {
  const rand = rng(opts.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const days = opts.days ?? 28;
  const rows: ClickRow[] = [];
  type Visitor = { at: number; ip: string; d: number };
  let visitor: Visitor | null = null;
  for (let i = 0; i < opts.count; i++) {
    // Interest rises after the post goes out (about ten days ago) and fades.
    const age = Math.floor(days * Math.pow(rand(), 1.6));
    const at = opts.now - age * 86_400_000 - Math.floor(rand() * 86_400_000);
    const bot = rand() < 0.08;
    // One in five clicks is a visitor coming back the same day (same hash: unique stays put).
    const again: Visitor | null = visitor && !bot && rand() < 0.2 ? visitor : null;
    const ip: string = again ? again.ip : `203.0.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}`;
    const d: number = again ? again.d : Math.floor(rand() * DEVICES.length);
    const when: number = again ? again.at + Math.floor(rand() * 3_600_000) : at;
    const ua = bot ? pick(BOTS) : AGENTS[d]!;
    const day = new Date(when).toISOString().slice(0, 10);
    const [device, browser, os] = bot ? [null, null, null] : DEVICES[d]!;
    rows.push({
      workspaceId: opts.workspaceId,
      id: newClickId(when),
      linkId: opts.linkId,
      collaborationId: opts.collaborationId,
      at: new Date(when),
      country: bot ? "US" : pick(COUNTRIES),
      device,
      browser,
      os,
      referrerDomain: bot ? null : pick(REFERRERS),
      isBot: bot,
      visitorHash: visitorHash({ ip, userAgent: ua, salt: createHash("sha256").update(`demo-salt:${day}`).digest("hex") }),
    });
    if (!bot) visitor = { at: when, ip, d };
  }
  return rows;
}

export async function seedTracking({
  workspaceId,
  userId,
  log = console.log,
}: {
  workspaceId: string;
  userId: string;
  log?: (m: string) => void;
}) {
  const campaign = await db.campaign.findFirst({
    where: { workspaceId, name: "Spring SPF launch" },
    select: { id: true, tracking: { select: { destinationUrl: true } } },
  });
  if (!campaign) return;
  if (!campaign.tracking?.destinationUrl) {
    await saveTrackingDefaults({
      workspaceId,
      actorId: userId,
      input: {
        campaignId: campaign.id,
        destinationUrl: DESTINATION,
        utmSource: "{platform}",
        utmMedium: "influencer",
        utmCampaign: "{campaign}",
        utmContent: "{handle}",
      },
    });
  }
  const collaborations = await db.collaboration.findMany({
    where: { workspaceId, campaignId: campaign.id },
    select: {
      id: true,
      status: true,
      trackingLinks: { select: { id: true }, orderBy: { createdAt: "asc" } },
      discountCodes: { select: { id: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const now = Date.now();
  let links = 0;
  let clicks = 0;
  let codes = 0;
  for (const [i, c] of collaborations.entries()) {
    if (!WITH_LINKS.has(c.status)) continue;
    const linkIds = c.trackingLinks.map((l) => l.id);
    if (linkIds.length === 0) {
      const link = await createLink({ workspaceId, actorId: userId, input: createLinkSchema.parse({ collaborationId: c.id }) });
      linkIds.push(link.id);
      links++;
    }
    const clicked = await db.click.groupBy({ by: ["linkId"], where: { workspaceId, linkId: { in: linkIds } } });
    const done = new Set(clicked.map((r) => r.linkId));
    for (const linkId of linkIds) {
      if (done.has(linkId)) continue;
      const rows = demoClicks({ workspaceId, linkId, collaborationId: c.id, count: 40 + ((i * 37) % 90), seed: 1000 + i, now });
      await writeClicks(rows);
      clicks += rows.length;
    }
    if (c.discountCodes.length === 0) {
      await createDiscountCode({
        workspaceId,
        actorId: userId,
        input: createDiscountCodeSchema.parse({ collaborationId: c.id, pattern: "{NAME}15", description: "15% off the first order" }),
      });
      codes++;
    }
  }
  log(`Demo tracking: ${links} links, ${clicks} clicks, ${codes} discount codes`);
}
