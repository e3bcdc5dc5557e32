// Demo data for outreach: the sender identity, two templates, first messages sent over the
// last ten days (two answered), and a pipeline in several stages, one follow-up due today.
// Uses the roster seeded before it; with an empty roster it creates four influencers of its own.
// Idempotent: does nothing when the workspace already has outreach templates.
import { db } from "../lib/db";
import type { PipelineStage } from "../lib/db/generated/client";
import { outreachMessageId } from "../lib/outreach/footer";
import { lintOutreachMessage } from "../lib/outreach/lint";
import { createInfluencerWithAccount } from "../tests/fixtures/influencers";

const DAY = 24 * 3600_000;

const FALLBACK_ROSTER = [
  { name: "Maya Chen", handle: "mayaglows", platform: "instagram" as const, followers: 18_400, email: "maya.chen@example.com" },
  { name: "Leo Martins", handle: "leoskin", platform: "tiktok" as const, followers: 42_100, email: "leo@example.com" },
  { name: "Priya Nair", handle: "priyaroutine", platform: "instagram" as const, followers: 9_800, email: "priya.nair@example.com" },
  { name: "Jonas Weber", handle: "jonasclean", platform: "youtube" as const, followers: 27_600, email: "jonas.w@example.com" },
];

const TEMPLATES = [
  {
    name: "Paid collab — skincare",
    subject: "{{brand}} × {{first_name}}: a paid collaboration?",
    body: `Hi {{first_name}},

Your post {{recent_post_url}} stood out to me — {{recent_post_note}}.

I'm {{sender_name}}, {{sender_role}} at {{brand}}, a small vegan skincare brand ({{brand_links}}).

We'd love you to create {{deliverables}} about our new mineral SPF. We'd offer {{offer}}, with content {{timeline}}.

Would that interest you? Happy to send the full brief.

{{sender_name}}`,
  },
  {
    name: "Gifting first, paid later",
    subject: "Something for your routine, {{first_name}}",
    body: `Hi {{first_name}},

I loved {{recent_post_url}} — {{recent_post_note}}.

I'm {{sender_name}} from {{brand}} ({{brand_links}}). We'd like to send you our SPF set, no strings; if you like it, we'd pay {{offer}} for {{deliverables}}, {{timeline}}.

{{sender_name}}`,
  },
];

type Plan = { daysAgo: number | null; stage: PipelineStage; reply?: { afterDays: number; body: string } };
const PLANS: Plan[] = [
  {
    daysAgo: 9,
    stage: "agreed",
    reply: { afterDays: 1, body: "Love this! Yes — the reel works for me. Can you send the SPF and the brief?" },
  },
  {
    daysAgo: 8,
    stage: "negotiating",
    reply: { afterDays: 2, body: "Thanks for reaching out! My rate for a reel + 2 stories is $450. Is there flexibility?" },
  },
  { daysAgo: 6, stage: "contacted" },
  { daysAgo: 2, stage: "contacted" },
  { daysAgo: 12, stage: "no_response" },
  { daysAgo: null, stage: "prospect" },
  { daysAgo: null, stage: "prospect" },
];

function body(name: string, handle: string, postUrl: string) {
  const first = name.split(/\s+/)[0];
  return `Hi ${first},

Your post ${postUrl} stood out to me — the way you explained layering SPF over serum was so clear.

I'm Dana, partnerships lead at Demo Brand, a small vegan skincare brand (demobrand.example, instagram.com/demobrand).

We'd love you to create one Instagram reel and two stories about our new mineral SPF. We'd offer $350 plus the full SPF set, with content live between 3 and 14 June.

Would that interest you, @${handle}? Happy to send the full brief.

Dana`;
}

export async function seedOutreach({ workspaceId, userId, log }: { workspaceId: string; userId: string; log: (m: string) => void }) {
  if (await db.outreachTemplate.count({ where: { workspaceId } })) return;
  const identity = {
    fromName: "Dana at Demo Brand",
    fromAddress: "dana@demobrand.example",
    replyTo: "partnerships@demobrand.example",
    brandName: "Demo Brand",
    brandLinks: ["demobrand.example", "instagram.com/demobrand"],
    brandIntro: "a small vegan skincare brand",
    postalAddress: "12 Market Street, Portland, OR 97201, USA",
  };
  await db.workspaceSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...identity }, update: identity });
  await db.outreachTemplate.createMany({ data: TEMPLATES.map((t) => ({ workspaceId, createdById: userId, ...t })) });

  // Micro-influencers first (10k–100k followers): who this product is for.
  let roster = await db.influencer.findMany({
    where: { workspaceId, email: { not: null }, followers: { gte: 10_000, lte: 100_000 } },
    orderBy: [{ followers: "desc" }, { id: "asc" }],
    take: PLANS.length,
    select: { id: true, displayName: true, email: true, accounts: { select: { handle: true, platform: true }, take: 1 } },
  });
  if (roster.length === 0) {
    roster = await db.influencer.findMany({
      where: { workspaceId, email: { not: null } },
      orderBy: [{ followers: "asc" }, { id: "asc" }],
      take: PLANS.length,
      select: { id: true, displayName: true, email: true, accounts: { select: { handle: true, platform: true }, take: 1 } },
    });
  }
  if (roster.length === 0) {
    for (const r of FALLBACK_ROSTER) {
      await createInfluencerWithAccount(workspaceId, {
        name: r.name,
        email: r.email,
        handle: r.handle,
        platform: r.platform,
        followers: r.followers,
        url: `https://${r.platform}.com/${r.handle}`,
      });
    }
    roster = await db.influencer.findMany({
      where: { workspaceId, email: { not: null } },
      orderBy: [{ followers: "desc" }, { id: "asc" }],
      select: { id: true, displayName: true, email: true, accounts: { select: { handle: true, platform: true }, take: 1 } },
    });
  }

  const now = Date.now();
  for (const [i, inf] of roster.entries()) {
    const plan = PLANS[i]!;
    const handle = inf.accounts[0]?.handle ?? inf.displayName.toLowerCase().replace(/\W+/g, "");
    await db.pipelineEntry.create({ data: { workspaceId, influencerId: inf.id, stage: plan.stage, position: i } });
    await db.timelineEvent.create({
      data: {
        workspaceId,
        influencerId: inf.id,
        kind: "stage_changed",
        summary: "Prospect",
        data: { to: "prospect" },
        actorId: userId,
        createdAt: new Date(now - 14 * DAY),
      },
    });
    if (plan.daysAgo === null) continue;
    const sentAt = new Date(now - plan.daysAgo * DAY);
    const postUrl = `https://www.instagram.com/p/demo${i}xYz/`;
    const subject = `Demo Brand × ${inf.displayName.split(/\s+/)[0]}: a paid collaboration?`;
    const text = body(inf.displayName, handle, postUrl);
    const lint = lintOutreachMessage({
      subject,
      body: text,
      influencer: { name: inf.displayName, handle, recentPost: { url: postUrl } },
      brand: { name: identity.brandName, links: identity.brandLinks },
    });
    const msg = await db.outreachMessage.create({
      data: {
        workspaceId,
        influencerId: inf.id,
        kind: "first",
        toEmail: inf.email!.toLowerCase(),
        subject,
        body: text,
        lintScore: lint.score,
        lintFindings: lint.findings.map((f) => ({ ...f })),
        status: "sent",
        scheduledAt: sentAt,
        sentAt,
        attempts: 1,
        createdById: userId,
        createdAt: sentAt,
      },
      select: { id: true },
    });
    await db.outreachMessage.updateMany({
      where: { workspaceId, id: msg.id },
      data: { smtpMessageId: outreachMessageId(msg.id, identity.fromAddress) },
    });
    await db.timelineEvent.create({
      data: {
        workspaceId,
        influencerId: inf.id,
        kind: "message_sent",
        summary: `First message sent: “${subject}”`,
        data: { messageId: msg.id },
        createdAt: sentAt,
      },
    });
    if (plan.reply) {
      const receivedAt = new Date(sentAt.getTime() + plan.reply.afterDays * DAY);
      await db.outreachReply.create({ data: { workspaceId, influencerId: inf.id, messageId: msg.id, body: plan.reply.body, receivedAt } });
      await db.timelineEvent.create({
        data: {
          workspaceId,
          influencerId: inf.id,
          kind: "reply",
          summary: `Replied: “${plan.reply.body}”`,
          data: { messageId: msg.id },
          actorId: userId,
          createdAt: receivedAt,
        },
      });
    }
    if (plan.stage !== "prospect") {
      await db.timelineEvent.create({
        data: {
          workspaceId,
          influencerId: inf.id,
          kind: "stage_changed",
          summary: `Prospect → ${plan.stage.replace("_", " ")}`,
          data: { to: plan.stage },
          actorId: userId,
          createdAt: new Date(sentAt.getTime() + 60_000),
        },
      });
    }
  }
  log(
    `Outreach demo: 2 templates, ${Math.min(roster.length, PLANS.filter((p) => p.daysAgo !== null).length)} sent messages, pipeline of ${roster.length}`,
  );
}
