// Demo contracts on "Spring SPF launch", made through the same services the app uses (so versions,
// hashes, signatures, audit events, usage rights and the payment schedule agree with each other):
// - the workspace's default template (the shipped clauses, saved);
// - an executed contract on the live collaboration, signed 40 days ago — its sealed PDF is made on
//   first download — with Spark Ads granted, a TikTok Spark Ads code expiring inside the reminder
//   window, the "on signing" half of the fee overdue and the "when live" half due;
// - a contract awaiting the influencer's signature (sent and opened) on the drafting collaboration;
// - a draft with readiness findings (Spark Ads without a term, milestones that don't add up to 100 %)
//   on the collaboration in review.
// Idempotent: skipped when the workspace already has a contract. Runs after seed-campaigns.
import { enterAdCode } from "../lib/contracts/ad-codes";
import { countersignContract } from "../lib/contracts/countersign";
import { generateContract, sendContract, updateContractTerms, type RequestMeta } from "../lib/contracts/drafting";
import { anchorRightsAtGoLive } from "../lib/contracts/rights";
import { contractTermsSchema, type ContractTerms } from "../lib/contracts/schema";
import { giveConsent, signContract, viewPortalContract } from "../lib/contracts/signing";
import { signContractSchema } from "../lib/contracts/signing-schemas";
import { resetDefaultTemplate } from "../lib/contracts/templates";
import { db } from "../lib/db";
import type { PortalContext } from "../lib/portal/gate";
import { addDays, zonedDay } from "../lib/time-zone";

const DAY_MS = 86_400_000;
/** How long ago the executed contract was signed: past its net-30, so its first payment is overdue. */
const SIGNED_DAYS_AGO = 40;

// Documentation addresses (RFC 5737) and ordinary browsers for the audit trail.
const BRAND_META: RequestMeta = {
  ip: "203.0.113.10",
  userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
};
const CREATOR_META: RequestMeta = {
  ip: "198.51.100.23",
  userAgent:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
};

/** The generated terms of a contract, changed by `edit`, saved through the editor's service. */
async function editTerms(ref: { workspaceId: string; actorId: string; contractId: string }, edit: (t: ContractTerms) => ContractTerms) {
  const c = await db.contract.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId: ref.workspaceId, id: ref.contractId } },
    select: { terms: true },
  });
  await updateContractTerms({ ...ref, terms: edit(contractTermsSchema.parse(c.terms)), ...BRAND_META });
}

/**
 * Agreed terms for a collaboration that went well: half on signing, Spark Ads for 90 days, a kill fee,
 * and the reel cross-posted to TikTok (Spark Ads boost TikTok posts), both due on `dueDate`.
 */
function fullTerms(t: ContractTerms, dueDate: string): ContractTerms {
  return {
    ...t,
    deliverables: [
      ...t.deliverables.map((d) => ({ ...d, dueDate, liveDays: 90 })),
      { type: "short_video", platform: "tiktok", count: 1, dueDate, liveDays: 90 },
    ],
    paymentMilestones: [
      { percent: 50, when: "signing" },
      { percent: 50, when: "live" },
    ],
    productValueMinor: 4_800,
    usage: { organic: true, paid: true, sparkAds: true, durationDays: 90, territories: ["United States", "Canada"] },
    approvalRounds: 2,
    approvalTurnaroundDays: 3,
    killFeePercent: 25,
    terminationNoticeDays: 14,
    governingLaw: "the State of Oregon",
  };
}

/**
 * Moves an executed contract `days` into the past, as if it had been signed then: its own times, its
 * signatures and audit events, the grants counted from its completion and the due dates counted
 * from signing. Rights then start at the go-live, as they would have (anchorRightsAtGoLive).
 */
async function backdate(workspaceId: string, contractId: string, collaborationId: string, days: number) {
  const shift = days * DAY_MS;
  const back = (d: Date | null) => (d ? new Date(d.getTime() - shift) : d);
  await db.$transaction(async (tx) => {
    const c = await tx.contract.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId, id: contractId } },
      select: { createdAt: true, sentAt: true, influencerSignedAt: true, completedAt: true },
    });
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId, id: contractId } },
      data: {
        createdAt: back(c.createdAt)!,
        sentAt: back(c.sentAt),
        influencerSignedAt: back(c.influencerSignedAt),
        completedAt: back(c.completedAt),
        updatedAt: back(c.completedAt)!,
      },
    });
    for (const v of await tx.contractVersion.findMany({ where: { workspaceId, contractId }, select: { version: true, createdAt: true } }))
      await tx.contractVersion.update({
        where: { workspaceId_contractId_version: { workspaceId, contractId, version: v.version } },
        data: { createdAt: back(v.createdAt)! },
      });
    for (const s of await tx.contractSignature.findMany({ where: { workspaceId, contractId }, select: { id: true, signedAt: true } }))
      await tx.contractSignature.update({ where: { workspaceId_id: { workspaceId, id: s.id } }, data: { signedAt: back(s.signedAt)! } });
    for (const e of await tx.contractEvent.findMany({ where: { workspaceId, contractId }, select: { id: true, createdAt: true } }))
      await tx.contractEvent.update({ where: { workspaceId_id: { workspaceId, id: e.id } }, data: { createdAt: back(e.createdAt)! } });
    for (const g of await tx.usageRightGrant.findMany({
      where: { workspaceId, contractId, startBasis: "completion" },
      select: { id: true, startsAt: true, endsAt: true },
    }))
      await tx.usageRightGrant.update({
        where: { workspaceId_id: { workspaceId, id: g.id } },
        data: { startsAt: back(g.startsAt)!, endsAt: back(g.endsAt) },
      });
    for (const p of await tx.creatorPayment.findMany({
      where: { workspaceId, contractId, milestone: "signing" },
      select: { id: true, dueDate: true },
    }))
      await tx.creatorPayment.update({ where: { workspaceId_id: { workspaceId, id: p.id } }, data: { dueDate: back(p.dueDate) } });
    const live = await tx.statusChange.findFirst({
      where: { workspaceId, collaborationId, toStatus: "live" },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    if (live) await anchorRightsAtGoLive(tx, { workspaceId, collaborationId, liveAt: live.createdAt });
  });
}

export async function seedContracts({
  workspaceId,
  userId,
  log = console.log,
}: {
  workspaceId: string;
  userId: string;
  log?: (m: string) => void;
}) {
  if (await db.contract.count({ where: { workspaceId } })) return;
  const campaign = await db.campaign.findFirst({ where: { workspaceId, name: "Spring SPF launch" }, select: { id: true } });
  if (!campaign) return;
  const collabs = await db.collaboration.findMany({
    where: { workspaceId, campaignId: campaign.id },
    select: { id: true, status: true, influencerId: true },
  });
  const byStatus = (s: string) => collabs.find((c) => c.status === s);
  const live = byStatus("live");
  const drafting = byStatus("drafting");
  const inReview = byStatus("in_review");
  if (!live || !drafting || !inReview) return;

  await resetDefaultTemplate({ workspaceId, actorId: userId });
  const { timeZone } = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { timeZone: true } });
  const today = zonedDay(new Date(), timeZone);
  const ctxOf = (c: { id: string; influencerId: string }): PortalContext => ({
    workspaceId,
    collaborationId: c.id,
    campaignId: campaign.id,
    influencerId: c.influencerId,
  });
  const brandSigner = (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } })).name ?? "Dana Demo";

  // 1. Executed, 40 days ago.
  {
    const { id: contractId } = await generateContract({ workspaceId, actorId: userId, collaborationId: live.id });
    const ref = { workspaceId, actorId: userId, contractId };
    // Posted two days ago, live since yesterday (seed-campaigns).
    await editTerms(ref, (t) => fullTerms(t, addDays(today, -2)));
    const { version } = await sendContract({ ...ref, ...BRAND_META });
    const ctx = ctxOf(live);
    const view = await viewPortalContract(ctx, CREATOR_META);
    const legalName = "influencerLegalName" in view ? view.influencerLegalName : "";
    await giveConsent(ctx, { version, agree: true }, CREATOR_META);
    await signContract(ctx, signContractSchema.parse({ version, typedName: legalName, agree: true }), CREATOR_META);
    await countersignContract({ ...ref, version, typedName: brandSigner, ...BRAND_META });
    await backdate(workspaceId, contractId, live.id, SIGNED_DAYS_AGO);
    // "Ready for your countersignature" was dealt with back then: read, and dated with the signature.
    await db.notification.updateMany({
      where: { workspaceId, kind: "contract.signed", readAt: null },
      data: { readAt: new Date(), createdAt: new Date(Date.now() - SIGNED_DAYS_AGO * DAY_MS) },
    });
    // The creator's Spark Ads code for the TikTok cut, generated on the go-live day for 7 days.
    await enterAdCode(ctx, {
      platform: "tiktok_spark_ads",
      code: "#ZfvA4qK7nSparkDemoCode0bT2x9mWq1hG8cLr",
      validDays: 7,
      generatedOn: addDays(today, -1),
    });
  }

  // 2. Sent and opened; the influencer hasn't signed yet.
  {
    const { id: contractId } = await generateContract({ workspaceId, actorId: userId, collaborationId: drafting.id });
    const ref = { workspaceId, actorId: userId, contractId };
    await editTerms(ref, (t) => {
      const terms = fullTerms(t, addDays(today, 21));
      return { ...terms, usage: { ...terms.usage, paid: false, sparkAds: false } };
    });
    await sendContract({ ...ref, ...BRAND_META });
    await viewPortalContract(ctxOf(drafting), CREATOR_META);
  }

  // 3. A draft the readiness check stops: Spark Ads with no term, milestones adding up to 90 %.
  {
    const { id: contractId } = await generateContract({ workspaceId, actorId: userId, collaborationId: inReview.id });
    await editTerms({ workspaceId, actorId: userId, contractId }, (t) => ({
      ...t,
      deliverables: t.deliverables.map((d) => ({ ...d, dueDate: addDays(today, 28) })),
      paymentMilestones: [
        { percent: 40, when: "signing" },
        { percent: 50, when: "live" },
      ],
      usage: { ...t.usage, organic: true, sparkAds: true, durationDays: null },
    }));
  }
  log("Demo contracts ready: one executed (PDF sealed on first download), one awaiting signature, one draft with findings.");
}
