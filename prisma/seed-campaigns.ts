// Demo campaign: "Spring SPF launch" with a complete, sent brief (two versions, so the portal shows
// what changed), a budget, and six collaborations in different states — invited, declined, drafting,
// in review (a compliant draft), changes requested (a draft missing its disclosure, then reviewed),
// approved and live — with status history, a question and its answer. Idempotent: skipped when the
// workspace already has a campaign. Runs after seed-influencers; creates four influencers if none exist.
import { briefSchema, defaultDisclosureRequirements, type BriefInput } from "../lib/briefs";
import type { CollaborationStatus } from "../lib/collaborations/status";
import { db } from "../lib/db";
import { checkDraft } from "../lib/portal/check-draft";
import { newToken } from "../lib/tokens";
import { createInfluencerWithAccount } from "../tests/fixtures/influencers";

const BRAND = "Demo Brand";

const BRIEF_V1: BriefInput = {
  goals: "Launch the new SPF 50 serum and drive 200 sales with code GLOW15 in May",
  targetAudience: "Women 25 to 34 into clean, everyday skincare",
  keyMessages: ["Light texture, no white cast", "SPF 50 you actually want to wear daily"],
  deliverables: [{ type: "reel", platform: "instagram", count: 1, dueDate: "2026-05-12" }],
  timeline: "Drafts by May 2, our feedback within 3 working days, posts live May 8 to 15",
  paymentTerms: "$300 plus the serum, paid within 30 days of the post going live",
  disclosureRequirements: defaultDisclosureRequirements("US", BRAND),
  dos: ["Show the texture on your skin in daylight", "Mention code GLOW15"],
  donts: ["Don't call it a cure for acne or sensitivity", "Don't use filters on the skin close-ups"],
  creativeFreedom: "Your tone, your format, your own words; we only need the key messages covered",
  links: [{ label: "Product page", url: "https://demo-brand.example.com/spf50" }],
};
const BRIEF_V2: BriefInput = { ...BRIEF_V1, timeline: "Drafts by May 4, our feedback within 2 working days, posts live May 8 to 18" };

const CAPTION_OK =
  "#ad Three weeks with the Demo Brand SPF 50 serum: light, no white cast, and it sits well under makeup. Code GLOW15 for 15% off.";
const CAPTION_BAD = "Obsessed with this serum, no white cast at all! Code GLOW15 #skincare #spf #glow #morningroutine #collab";

type Plan = { status: CollaborationStatus; path: CollaborationStatus[]; draft?: "ok" | "bad"; live?: boolean; decline?: string };
// Most telling states first: a workspace with only four influencers still gets review work.
const PLANS: Plan[] = [
  { status: "in_review", path: ["accepted", "drafting", "in_review"], draft: "ok" },
  { status: "changes_requested", path: ["accepted", "drafting", "in_review", "changes_requested"], draft: "ok" },
  { status: "live", path: ["accepted", "drafting", "in_review", "approved", "live"], draft: "ok", live: true },
  { status: "drafting", path: ["accepted", "drafting"], draft: "bad" },
  { status: "invited", path: [] },
  { status: "declined", path: ["declined"], decline: "Fully booked until June, sorry!" },
];

async function influencersFor(workspaceId: string) {
  const existing = await db.influencer.findMany({
    where: { workspaceId },
    orderBy: [{ followers: "desc" }, { id: "asc" }],
    take: PLANS.length,
    select: { id: true },
  });
  if (existing.length >= 4) return existing.map((e) => e.id);
  const names = ["Ava Rivera", "Noah Kim", "Maya Silva", "Leo Novak"];
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const handle = name.toLowerCase().replace(" ", ".");
    const { id } = await createInfluencerWithAccount(workspaceId, {
      name,
      email: `${handle}@example.com`,
      handle,
      followers: 12_000 + i * 9_000,
    });
    ids.push(id);
  }
  return ids;
}

export async function seedCampaigns({
  workspaceId,
  userId,
  log = console.log,
}: {
  workspaceId: string;
  userId: string;
  log?: (m: string) => void;
}) {
  if (await db.campaign.count({ where: { workspaceId } })) return;
  const influencerIds = await influencersFor(workspaceId);
  const { slug } = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { slug: true } });
  const v1 = briefSchema.parse(BRIEF_V1);
  const v2 = briefSchema.parse(BRIEF_V2);
  const campaign = await db.campaign.create({
    data: {
      workspaceId,
      name: "Spring SPF launch",
      goal: "sales",
      kpis: [
        { metric: "err", target: 3 },
        { metric: "ctr", target: 2 },
        { metric: "code_redemptions", target: 200 },
      ],
      industry: "beauty",
      budgetMinor: 250_000n,
      currency: "USD",
      startDate: new Date("2026-05-01T00:00:00Z"),
      endDate: new Date("2026-05-31T00:00:00Z"),
      hashtag: "#GlowSpring",
      brandHandles: ["@demobrand"],
      approvedClaims: ["SPF 50 broad-spectrum protection"],
      status: "active",
      brief: v2,
      briefVersion: 2,
      createdById: userId,
    },
    select: { id: true },
  });
  await db.briefVersion.createMany({
    data: [
      {
        workspaceId,
        campaignId: campaign.id,
        version: 1,
        content: v1,
        createdById: userId,
        createdAt: new Date(Date.now() - 10 * 86_400_000),
      },
      { workspaceId, campaignId: campaign.id, version: 2, content: v2, createdById: userId },
    ],
  });
  await db.campaign.create({
    data: {
      workspaceId,
      name: "Holiday gift guide",
      goal: "awareness",
      status: "draft",
      budgetMinor: 120_000n,
      createdById: userId,
      brief: briefSchema.parse({ disclosureRequirements: defaultDisclosureRequirements("US", BRAND) }),
    },
  });

  const ctx = { brand: BRAND, approvedClaims: ["SPF 50 broad-spectrum protection"], jurisdiction: "US" as const };
  const day = 86_400_000;
  for (const [i, plan] of PLANS.entries()) {
    const influencerId = influencerIds[i % influencerIds.length]!;
    if (i >= influencerIds.length) break;
    const { tokenHash } = newToken(); // the demo links' tokens are not kept: re-issue one from the app to try the portal
    const collab = await db.collaboration.create({
      data: {
        workspaceId,
        campaignId: campaign.id,
        influencerId,
        status: plan.status,
        compensationType: "product_plus_cash",
        feeMinor: BigInt(30_000 + i * 5_000),
        productDescription: "SPF 50 serum, 50 ml",
        inviteTokenHash: tokenHash,
        inviteExpiresAt: new Date(Date.now() + 30 * day),
        briefVersionSeen: plan.path.length ? 1 : null,
        declineReason: plan.decline ?? null,
      },
      select: { id: true },
    });
    const deliverable = await db.deliverable.create({
      data: {
        workspaceId,
        collaborationId: collab.id,
        type: "reel",
        platform: "instagram",
        count: 1,
        dueDate: new Date("2026-05-12T00:00:00Z"),
        liveUrl: plan.live ? `https://www.instagram.com/reel/demo${i}/` : null,
      },
      select: { id: true },
    });
    let from: CollaborationStatus | null = null;
    const steps: CollaborationStatus[] = ["invited", ...plan.path];
    for (const [n, to] of steps.entries()) {
      const brandMove = to === "invited" || to === "approved" || to === "changes_requested";
      await db.statusChange.create({
        data: {
          workspaceId,
          collaborationId: collab.id,
          fromStatus: from,
          toStatus: to,
          actorType: brandMove ? "brand" : "influencer",
          actorId: brandMove ? userId : null,
          note: to === "declined" ? plan.decline : null,
          createdAt: new Date(Date.now() - (steps.length - n) * day),
        },
      });
      from = to;
    }
    const drafts = plan.draft ? [plan.draft] : [];
    for (const [v, kind] of drafts.entries()) {
      const caption = kind === "ok" ? CAPTION_OK : CAPTION_BAD;
      const result = checkDraft(
        {
          caption,
          platform: "instagram",
          format: "reel",
          paidPartnershipLabel: false,
          usesFilterOrEditing: false,
          transcriptText: "0:02 Hey, I'm working with Demo Brand on this one",
        },
        ctx,
      );
      const status =
        plan.status === "in_review"
          ? "submitted"
          : plan.status === "changes_requested"
            ? "changes_requested"
            : plan.status === "live"
              ? "approved"
              : "draft";
      await db.contentDraft.create({
        data: {
          workspaceId,
          collaborationId: collab.id,
          deliverableId: deliverable.id,
          version: v + 1,
          caption,
          platform: "instagram",
          format: "reel",
          transcript: { raw: "0:02 Hey, I'm working with Demo Brand on this one" },
          findings: JSON.parse(JSON.stringify(result.findings)),
          compliant: result.compliant,
          status,
          submittedAt: status === "draft" ? null : new Date(Date.now() - 2 * day),
          reviewedAt: status === "approved" || status === "changes_requested" ? new Date(Date.now() - day) : null,
          reviewedById: status === "approved" || status === "changes_requested" ? userId : null,
          reviewComment: status === "changes_requested" ? "Lovely! Could you film the texture close-up in daylight?" : null,
        },
      });
    }
    if (plan.status === "in_review") {
      await db.portalMessage.createMany({
        data: [
          {
            workspaceId,
            collaborationId: collab.id,
            author: "influencer",
            body: "Can I film the reel outdoors instead of in the bathroom?",
            createdAt: new Date(Date.now() - 3 * day),
          },
          {
            workspaceId,
            collaborationId: collab.id,
            author: "brand",
            authorUserId: userId,
            body: "Absolutely — daylight shows the texture best.",
            createdAt: new Date(Date.now() - 3 * day + 3_600_000),
          },
        ],
      });
      await db.notification.create({
        data: {
          workspaceId,
          userId,
          kind: "draft.submitted",
          title: 'A draft for "Spring SPF launch" is waiting for review',
          link: `/w/${slug}/campaigns/${campaign.id}/collaborations/${collab.id}`,
        },
      });
    }
  }
  await db.auditLog.create({
    data: {
      workspaceId,
      actorId: userId,
      action: "campaign.created",
      targetType: "campaign",
      targetId: campaign.id,
      metadata: { seeded: true },
    },
  });
  log("Demo campaign ready: Spring SPF launch (brief v2, six collaborations, drafts to review).");
}
