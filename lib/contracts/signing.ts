/**
 * The influencer's side of signing, through the portal: read the sent version, consent to electronic
 * records, sign (with a guardian when the influencer is a minor), decline, or ask for changes.
 *
 * Everything is scoped by the portal gate's context — the one collaboration its invite token names —
 * never by an id from the client; the only thing the client names is the version number on its
 * screen, checked against the contract's current version. Each transition locks the contract row
 * (lock.ts) and writes its ContractEvent in the same transaction, with the request's IP, user agent
 * and the version's SHA-256. Signing, consent, declining and change requests are rate limited per IP
 * and per link on top of the portal's own limit.
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { notifyBrand } from "@/lib/notifications/notify";
import type { PortalContext } from "@/lib/portal/gate";
import { brandLink } from "@/lib/portal/respond";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { emitEvent } from "@/lib/webhooks/events";

import { CONSENT_DISCLOSURE_VERSION } from "./consent";
import type { RequestMeta } from "./drafting";
import { lockContract } from "./lock";
import { event, latestContractId, lockSent } from "./portal-lock";
import type { RenderedSection } from "./render";
import { contractTermsSchema } from "./schema";
import { assertSigningCodeVerified, signingCodeStatus, verifySigningCode } from "./signing-code";
import type { DeclineContractInput, GiveConsentInput, RequestChangesInput, SignContractInput } from "./signing-schemas";

type Tx = Prisma.TransactionClient;

const TOO_MANY = "Too many attempts on this contract. Try again in {wait}.";
export const SIGNING_RATE_LIMITS = {
  ip: { name: "contract-sign:ip", limit: 30, windowSeconds: 600, message: TOO_MANY },
  link: { name: "contract-sign:link", limit: 20, windowSeconds: 600, message: TOO_MANY },
} as const satisfies Record<string, RateLimitRule>;

/** A new visit to the same version after this long is recorded as another `viewed` event. */
const VIEW_VISIT_MS = 60 * 60 * 1000;

async function limit(ctx: PortalContext, meta: RequestMeta): Promise<void> {
  await enforceRateLimits([
    [SIGNING_RATE_LIMITS.ip, meta.ip],
    [SIGNING_RATE_LIMITS.link, ctx.collaborationId],
  ]);
}

async function hasConsent(tx: Tx | typeof db, workspaceId: string, contractId: string): Promise<boolean> {
  return (await tx.contractEvent.count({ where: { workspaceId, contractId, kind: "consent_given" } })) > 0;
}

// ---------- reading ----------

/** The contract's state for the portal's overview (no `viewed` event: the text isn't shown there). */
export async function portalContractSummary(ctx: PortalContext) {
  const id = await latestContractId(db, ctx);
  if (!id) return { state: "none" as const };
  const c = await db.contract.findUnique({
    where: { workspaceId_id: { workspaceId: ctx.workspaceId, id } },
    select: { state: true, currentVersion: true },
  });
  if (!c) return { state: "none" as const };
  if (c.currentVersion === 0) return { state: "preparing" as const };
  return { state: c.state === "draft" ? ("revising" as const) : c.state, version: c.currentVersion };
}

/** What the portal's contract page shows. `state: "none"` = no contract; "preparing" = a draft never sent. */
export async function viewPortalContract(ctx: PortalContext, meta: RequestMeta) {
  const id = await latestContractId(db, ctx);
  const c = id
    ? await db.contract.findUnique({
        where: { workspaceId_id: { workspaceId: ctx.workspaceId, id } },
        select: {
          id: true,
          state: true,
          currentVersion: true,
          declineReason: true,
          completedAt: true,
          influencerSignedAt: true,
          signatures: {
            where: { voidedAt: null },
            orderBy: { signedAt: "asc" },
            select: { version: true, party: true, typedName: true, signedAt: true },
          },
        },
      })
    : null;
  if (!c) return { state: "none" as const };
  if (c.currentVersion === 0) return { state: "preparing" as const };

  const version = await db.contractVersion.findUniqueOrThrow({
    where: { workspaceId_contractId_version: { workspaceId: ctx.workspaceId, contractId: c.id, version: c.currentVersion } },
    select: { version: true, sha256: true, terms: true, sections: true, supersededAt: true, createdAt: true },
  });
  const terms = contractTermsSchema.parse(version.terms);
  const lastRequest = await db.contractEvent.findFirst({
    where: { workspaceId: ctx.workspaceId, contractId: c.id, kind: "changes_requested" },
    orderBy: { createdAt: "desc" },
    select: { version: true, detail: true },
  });
  // A draft that was sent before is being revised (after an edit or a change request).
  const state = c.state === "draft" ? ("revising" as const) : c.state;
  if (state === "sent") await recordView(ctx, c.id, version, meta);

  const message = (lastRequest?.detail as { message?: unknown } | null)?.message;
  return {
    state,
    version: version.version,
    sha256: version.sha256,
    sentAt: version.createdAt.toISOString(),
    sections: version.sections as unknown as RenderedSection[],
    consentGiven: await hasConsent(db, ctx.workspaceId, c.id),
    consentVersion: CONSENT_DISCLOSURE_VERSION,
    influencerLegalName: terms.parties.influencer.legalName,
    isMinor: terms.influencerIsMinor,
    guardianName: terms.guardianName,
    signatures: c.signatures
      .filter((s) => s.version === version.version)
      .map((s) => ({ party: s.party, typedName: s.typedName, signedAt: s.signedAt.toISOString() })),
    declineReason: c.declineReason,
    completedAt: c.completedAt?.toISOString() ?? null,
    changesRequested: state === "revising" && typeof message === "string" ? message : null,
    signingCode:
      state === "sent" ? await signingCodeStatus(ctx, { contractId: c.id, version: version.version }) : { required: false as const },
  };
}
export type PortalContractView = Awaited<ReturnType<typeof viewPortalContract>>;

/** Records `viewed` for this version once per visit (again only after an hour), under the row lock. */
async function recordView(ctx: PortalContext, contractId: string, v: { version: number; sha256: string }, meta: RequestMeta) {
  await db.$transaction(async (tx) => {
    await lockContract(tx, ctx.workspaceId, contractId);
    const recent = await tx.contractEvent.count({
      where: {
        workspaceId: ctx.workspaceId,
        contractId,
        kind: "viewed",
        version: v.version,
        createdAt: { gt: new Date(Date.now() - VIEW_VISIT_MS) },
      },
    });
    if (recent === 0) await tx.contractEvent.create({ data: event(ctx, contractId, "viewed", v, meta) });
  });
}

// ---------- transitions ----------

/** Consent to electronic records (once per contract), recorded with the version's hash and the disclosure's version. */
export async function giveConsent(ctx: PortalContext, input: GiveConsentInput, meta: RequestMeta) {
  await limit(ctx, meta);
  return db.$transaction(async (tx) => {
    const { contract, version } = await lockSent(tx, ctx, input.version);
    if (!(await hasConsent(tx, ctx.workspaceId, contract.id))) {
      await tx.contractEvent.create({
        data: event(ctx, contract.id, "consent_given", version, meta, { disclosureVersion: CONSENT_DISCLOSURE_VERSION }),
      });
    }
    return { consentGiven: true };
  });
}

/**
 * Signs the current version: the influencer's typed name (and optional drawing), and the guardian's
 * when the terms say the influencer is a minor. Refused without consent, on a stale version, or once
 * signed (the lock makes a second, concurrent signature see the first).
 */
export async function signContract(ctx: PortalContext, input: SignContractInput, meta: RequestMeta) {
  await limit(ctx, meta);
  // A code typed with the signature is checked first, in its own transaction, so a wrong one counts.
  if (input.code) await verifySigningCode(ctx, { version: input.version, code: input.code }, meta);
  const signed = await db.$transaction(async (tx) => {
    const { contract, version } = await lockSent(tx, ctx, input.version);
    if (!(await hasConsent(tx, ctx.workspaceId, contract.id))) {
      throw new AppError("CONFLICT", "Agree to sign electronically first.");
    }
    await assertSigningCodeVerified(tx, ctx, { contractId: contract.id, version: version.version });
    const terms = contractTermsSchema.parse(version.terms);
    if (terms.influencerIsMinor && !input.guardian) {
      throw new AppError("UNPROCESSABLE", "A parent or guardian must sign too.", {
        fieldErrors: { "guardian.typedName": ["Your parent or guardian types their full legal name here"] },
      });
    }
    const now = new Date();
    const signers = [
      { party: "influencer" as const, typedName: input.typedName, drawnSignature: input.drawnSignature },
      ...(terms.influencerIsMinor && input.guardian
        ? [{ party: "guardian" as const, typedName: input.guardian.typedName, drawnSignature: input.guardian.drawnSignature }]
        : []),
    ];
    await tx.contractSignature.createMany({
      data: signers.map((s) => ({
        workspaceId: ctx.workspaceId,
        contractId: contract.id,
        version: version.version,
        party: s.party,
        typedName: s.typedName,
        drawnSignature: s.drawnSignature,
        documentHash: version.sha256,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 500) ?? null,
        signedAt: now,
      })),
    });
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: contract.id } },
      data: { state: "signed_by_influencer", influencerSignedAt: now },
    });
    await tx.contractEvent.createMany({
      data: signers.map((s) =>
        event(ctx, contract.id, "signed", version, meta, { party: s.party, typedName: s.typedName, drawn: s.drawnSignature ? 1 : 0 }),
      ),
    });
    await emitEvent(tx, ctx.workspaceId, "contract.signed", {
      contractId: contract.id,
      collaborationId: ctx.collaborationId,
      version: version.version,
      party: "influencer",
      state: "signed_by_influencer",
    });
    return { version: version.version, sha256: version.sha256, typedName: input.typedName };
  });
  const b = await brandLink(ctx);
  await notifyBrand({
    workspaceId: ctx.workspaceId,
    kind: "contract.signed",
    title: `${b.influencer} signed the contract for "${b.campaign}"`,
    body: "It is ready for your countersignature.",
    link: b.link,
  });
  return { state: "signed_by_influencer" as const, version: signed.version };
}

/** Declines the contract with a reason; the contract is closed (the brand can start a new one). */
export async function declineContract(ctx: PortalContext, input: DeclineContractInput, meta: RequestMeta) {
  await limit(ctx, meta);
  await db.$transaction(async (tx) => {
    const { contract, version } = await lockSent(tx, ctx, input.version);
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: contract.id } },
      data: { state: "declined", declinedAt: new Date(), declineReason: input.reason },
    });
    await tx.contractEvent.create({ data: event(ctx, contract.id, "declined", version, meta, { reason: input.reason }) });
  });
  const b = await brandLink(ctx);
  await notifyBrand({
    workspaceId: ctx.workspaceId,
    kind: "contract.declined",
    title: `${b.influencer} declined the contract for "${b.campaign}"`,
    body: `Reason: ${input.reason}`,
    link: b.link,
  });
  return { state: "declined" as const };
}

/**
 * Asks for changes: the sent version is superseded and the contract goes back to the brand as a
 * draft; their next send is version N+1.
 */
export async function requestContractChanges(ctx: PortalContext, input: RequestChangesInput, meta: RequestMeta) {
  await limit(ctx, meta);
  await db.$transaction(async (tx) => {
    const { contract, version } = await lockSent(tx, ctx, input.version);
    await tx.contractVersion.updateMany({
      where: { workspaceId: ctx.workspaceId, contractId: contract.id, version: version.version, supersededAt: null },
      data: { supersededAt: new Date() },
    });
    await tx.contract.update({
      where: { workspaceId_id: { workspaceId: ctx.workspaceId, id: contract.id } },
      data: { state: "draft" },
    });
    await tx.contractEvent.create({
      data: event(ctx, contract.id, "changes_requested", version, meta, { message: input.message }),
    });
  });
  const b = await brandLink(ctx);
  await notifyBrand({
    workspaceId: ctx.workspaceId,
    kind: "contract.changes_requested",
    title: `${b.influencer} asked for changes to the contract for "${b.campaign}"`,
    body: input.message.slice(0, 500),
    link: b.link,
  });
  return { state: "revising" as const };
}
