// Contract signing on real Postgres: the influencer's side through the portal token (view, consent,
// sign, decline, ask for changes), the brand's countersignature and void, the order between them,
// stale versions after an edit, token scoping, the audit events with their hashes, and two
// concurrent signatures of which only one wins.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  declineContractAction,
  giveContractConsentAction,
  requestContractChangesAction,
  signContractAction,
} from "@/app/(portal)/i/[token]/contract/actions";
import { revokeInvite } from "@/lib/collaborations/invite";
import { listContractEvents } from "@/lib/contracts/audit";
import { CONTRACT_SEAL_QUEUE } from "@/lib/contracts/completed";
import { countersignContract, voidContract } from "@/lib/contracts/countersign";
import { generateContract, sendContract, updateContractTerms } from "@/lib/contracts/drafting";
import { contractTermsSchema } from "@/lib/contracts/schema";
import { giveConsent, signContract, viewPortalContract } from "@/lib/contracts/signing";
import { MAX_DRAWN_SIGNATURE_CHARS } from "@/lib/contracts/signing-schemas";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs";
import { portalGate, type PortalContext } from "@/lib/portal/gate";

import { createAcceptedCollaboration, createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createWorkspaceWith } from "../fixtures/factories";

vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

const meta = { ip: "198.51.100.23", userAgent: "Mozilla/5.0 (iPhone) vitest" };
const brandMeta = { ip: "203.0.113.9", userAgent: "vitest-brand" };
const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

let ws: { id: string; slug: string };
let ownerId: string;
let token: string;
let collaborationId: string;
let ctx: PortalContext;

beforeEach(async () => {
  vi.mocked(enqueue).mockClear();
  const { workspace, owner } = await createWorkspaceWith();
  ws = workspace;
  ownerId = owner.id;
  ({ token, collaborationId } = await createAcceptedCollaboration(ws.id, ownerId));
  ctx = await portalGate(token);
});

/** A contract generated for the collaboration and sent (version 1), optionally with other terms first. */
async function sentContract(edit: Record<string, unknown> = {}) {
  const { id } = await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId });
  if (Object.keys(edit).length) await editTerms(id, edit);
  const sent = await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: id, ...brandMeta });
  return { id, ...sent };
}

async function editTerms(contractId: string, edit: Record<string, unknown>) {
  const c = await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id: contractId } } });
  await updateContractTerms({
    workspaceId: ws.id,
    actorId: ownerId,
    contractId,
    terms: { ...contractTermsSchema.parse(c.terms), ...edit },
    ...brandMeta,
  });
}

const state = async (id: string) =>
  (await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id } }, select: { state: true } })).state;
const kinds = async (id: string) =>
  (await db.contractEvent.findMany({ where: { workspaceId: ws.id, contractId: id }, orderBy: { createdAt: "asc" } })).map((e) => e.kind);
const sign = (version: number, extra: Record<string, unknown> = {}) =>
  signContractAction(token, { version, typedName: "  Maya Ortiz  ", drawnSignature: "", agree: true, ...extra });
const countersign = (contractId: string, version: number) =>
  countersignContract({ workspaceId: ws.id, actorId: ownerId, contractId, version, typedName: "Owner Name", ...brandMeta });

describe("the whole signing flow", () => {
  it("view → consent → sign → countersign completes the contract, records every event with the hash, and queues sealing once", async () => {
    const c = await sentContract();
    const view = await viewPortalContract(ctx, meta);
    expect(view).toMatchObject({ state: "sent", version: 1, sha256: c.sha256, consentGiven: false });
    expect(("sections" in view && view.sections?.length) || 0).toBeGreaterThan(3);
    await viewPortalContract(ctx, meta); // a reload in the same visit is not another view
    expect((await kinds(c.id)).filter((k) => k === "viewed")).toHaveLength(1);

    // No signature before consent.
    expect(await sign(1)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await giveContractConsentAction(token, { version: 1, agree: true })).toEqual({ ok: true, data: { consentGiven: true } });
    expect(await giveContractConsentAction(token, { version: 1, agree: true })).toMatchObject({ ok: true });
    expect(await sign(1, { drawnSignature: PNG })).toEqual({ ok: true, data: { state: "signed_by_influencer", version: 1 } });
    expect(await state(c.id)).toBe("signed_by_influencer");

    const sig = await db.contractSignature.findFirstOrThrow({ where: { workspaceId: ws.id, contractId: c.id, party: "influencer" } });
    expect(sig).toMatchObject({ version: 1, typedName: "Maya Ortiz", drawnSignature: PNG, documentHash: c.sha256, voidedAt: null });

    const done = await countersign(c.id, 1);
    expect(done).toMatchObject({ state: "completed", version: 1, sha256: c.sha256 });
    expect(await state(c.id)).toBe("completed");
    expect(vi.mocked(enqueue)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(enqueue)).toHaveBeenCalledWith(CONTRACT_SEAL_QUEUE, { workspaceId: ws.id, contractId: c.id }, expect.any(Object));

    const trail = await listContractEvents({ workspaceId: ws.id, contractId: c.id });
    expect(trail.map((e) => e.kind)).toEqual(["created", "sent", "viewed", "consent_given", "signed", "countersigned", "completed"]);
    for (const e of trail.slice(1)) expect(e.documentHash, e.kind).toBe(c.sha256);
    const signed = trail.find((e) => e.kind === "signed")!;
    expect(signed).toMatchObject({ actor: "influencer", actorName: "Maya Ortiz", note: "influencer" });
    // Outside a request the action has no IP; the service records what it is given.
    const viewed = await db.contractEvent.findFirstOrThrow({ where: { workspaceId: ws.id, contractId: c.id, kind: "viewed" } });
    expect(viewed).toMatchObject({ ip: meta.ip, userAgent: meta.userAgent, version: 1 });
    expect(trail.find((e) => e.kind === "countersigned")).toMatchObject({ actor: "user", ip: brandMeta.ip, actorName: "Owner Name" });

    const after = await viewPortalContract(ctx, meta);
    expect(after).toMatchObject({ state: "completed", signatures: [{ party: "influencer" }, { party: "brand", typedName: "Owner Name" }] });
    await expect(countersign(c.id, 1)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("records the IP and user agent given to the service on the signature and its event", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    await signContract(ctx, { version: 1, typedName: "Maya Ortiz", drawnSignature: null, agree: true, guardian: null, code: null }, meta);
    const sig = await db.contractSignature.findFirstOrThrow({ where: { workspaceId: ws.id, contractId: c.id } });
    expect(sig).toMatchObject({ ip: meta.ip, userAgent: meta.userAgent });
    const ev = await db.contractEvent.findFirstOrThrow({ where: { workspaceId: ws.id, contractId: c.id, kind: "signed" } });
    expect(ev).toMatchObject({ ip: meta.ip, userAgent: meta.userAgent, documentHash: c.sha256, actor: "influencer" });
  });
});

describe("signing order", () => {
  it("refuses a countersignature before the influencer signed, and changes nothing", async () => {
    const c = await sentContract();
    await expect(countersign(c.id, 1)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await state(c.id)).toBe("sent");
    expect(await db.contractSignature.count({ where: { workspaceId: ws.id, contractId: c.id } })).toBe(0);
    expect(await kinds(c.id)).toEqual(["created", "sent"]);
    expect(vi.mocked(enqueue)).not.toHaveBeenCalled();
  });

  it("a minor's contract needs the guardian's signature too, before and at countersigning", async () => {
    const c = await sentContract({ influencerIsMinor: true, guardianName: "Ana Ortiz" });
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    expect(await sign(1)).toMatchObject({
      ok: false,
      error: { code: "UNPROCESSABLE", fieldErrors: { "guardian.typedName": expect.any(Array) } },
    });
    expect(await state(c.id)).toBe("sent");
    expect(await sign(1, { guardian: { typedName: " Ana Ortiz ", drawnSignature: "", agree: true } })).toMatchObject({ ok: true });
    const sigs = await db.contractSignature.findMany({ where: { workspaceId: ws.id, contractId: c.id }, orderBy: { party: "asc" } });
    expect(sigs.map((s) => [s.party, s.typedName])).toEqual([
      ["influencer", "Maya Ortiz"],
      ["guardian", "Ana Ortiz"],
    ]);

    // A contract whose guardian signature is missing (voided by hand) can't be countersigned.
    await db.contractSignature.updateMany({
      where: { workspaceId: ws.id, contractId: c.id, party: "guardian" },
      data: { voidedAt: new Date() },
    });
    await expect(countersign(c.id, 1)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await state(c.id)).toBe("signed_by_influencer");
  });
});

describe("stale versions", () => {
  it("an edit after the influencer signed voids their signature; a signature or countersignature for version 1 is then refused", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    expect(await sign(1)).toMatchObject({ ok: true });
    await editTerms(c.id, { approvalRounds: 3 });
    expect(await state(c.id)).toBe("draft");
    await expect(countersign(c.id, 1)).rejects.toMatchObject({ code: "CONFLICT" });

    const v2 = await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: c.id, ...brandMeta });
    expect(v2.version).toBe(2);
    await expect(countersign(c.id, 1)).rejects.toMatchObject({ code: "CONFLICT" }); // nobody signed version 2
    expect(await sign(1)).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/replaced/) } });
    expect(await db.contractSignature.count({ where: { workspaceId: ws.id, contractId: c.id, voidedAt: null } })).toBe(0);

    // Consent carries over to the new version; version 2 is signed and countersigned with its own hash.
    expect(await sign(2)).toMatchObject({ ok: true });
    expect((await countersign(c.id, 2)).sha256).toBe(v2.sha256);
    expect(v2.sha256).not.toBe(c.sha256);
  });

  it("asking for changes supersedes the version and returns the contract to the brand; the old version can't be signed", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    expect(await requestContractChangesAction(token, { version: 1, message: "  " })).toMatchObject({
      ok: false,
      error: { fieldErrors: { message: expect.any(Array) } },
    });
    expect(await requestContractChangesAction(token, { version: 1, message: "Net 15 please" })).toMatchObject({ ok: true });
    expect(await state(c.id)).toBe("draft");
    const v1 = await db.contractVersion.findFirstOrThrow({ where: { workspaceId: ws.id, contractId: c.id, version: 1 } });
    expect(v1.supersededAt).not.toBeNull();
    expect(await viewPortalContract(ctx, meta)).toMatchObject({ state: "revising", changesRequested: "Net 15 please" });
    expect(await sign(1)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const ev = await db.contractEvent.findFirstOrThrow({ where: { workspaceId: ws.id, contractId: c.id, kind: "changes_requested" } });
    expect(ev).toMatchObject({ version: 1, documentHash: c.sha256, detail: { message: "Net 15 please" } });

    await editTerms(c.id, { paymentNetDays: 15 });
    expect((await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: c.id, ...brandMeta })).version).toBe(2);
    expect(await sign(2)).toMatchObject({ ok: true });
  });

  it("declining closes the contract with its reason; it can't be signed or countersigned afterwards", async () => {
    const c = await sentContract();
    expect(await declineContractAction(token, { version: 1, reason: "" })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await declineContractAction(token, { version: 1, reason: "Fee too low" })).toMatchObject({ ok: true });
    const row = await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id: c.id } } });
    expect(row).toMatchObject({ state: "declined", declineReason: "Fee too low" });
    expect(await sign(1)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect((await kinds(c.id)).at(-1)).toBe("declined");
  });

  it("a voided contract can't be signed; a completed one can't be voided", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    expect(await sign(1)).toMatchObject({ ok: true });
    await voidContract({ workspaceId: ws.id, actorId: ownerId, contractId: c.id, reason: "Campaign cancelled", ...brandMeta });
    expect(await state(c.id)).toBe("voided");
    expect(await db.contractSignature.count({ where: { workspaceId: ws.id, contractId: c.id, voidedAt: null } })).toBe(0);
    await expect(countersign(c.id, 1)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await viewPortalContract(ctx, meta)).toMatchObject({ state: "voided" });

    // A new contract for the same collaboration, completed, then a void attempt.
    const d = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    expect(await sign(1)).toMatchObject({ ok: true });
    await countersign(d.id, 1);
    await expect(voidContract({ workspaceId: ws.id, actorId: ownerId, contractId: d.id, reason: "x", ...brandMeta })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
    expect(await state(d.id)).toBe("completed");
  });
});

describe("input", () => {
  it("trims the typed name and refuses a blank one, a non-PNG drawing and an oversized drawing", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    expect(await sign(1, { typedName: "   " })).toMatchObject({ ok: false, error: { fieldErrors: { typedName: expect.any(Array) } } });
    expect(await sign(1, { agree: false })).toMatchObject({ ok: false, error: { fieldErrors: { agree: expect.any(Array) } } });
    expect(await sign(1, { drawnSignature: "data:image/svg+xml;base64,PHN2Zz4=" })).toMatchObject({
      ok: false,
      error: { fieldErrors: { drawnSignature: expect.any(Array) } },
    });
    const huge = PNG + "A".repeat(MAX_DRAWN_SIGNATURE_CHARS);
    expect(await sign(1, { drawnSignature: huge })).toMatchObject({
      ok: false,
      error: { fieldErrors: { drawnSignature: expect.any(Array) } },
    });
    expect(await db.contractSignature.count({ where: { workspaceId: ws.id, contractId: c.id } })).toBe(0);
    expect(await state(c.id)).toBe("sent");
  });
});

describe("token scoping", () => {
  it("another collaboration's token (same workspace or another) sees and signs nothing of this contract", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    const sibling = await createInvitedCollaboration(ws.id, ownerId);
    const other = await createWorkspaceWith();
    const foreign = await createInvitedCollaboration(other.workspace.id, other.owner.id);
    for (const t of [sibling.token, foreign.token]) {
      expect(await viewPortalContract(await portalGate(t), meta)).toEqual({ state: "none" });
      expect(await signContractAction(t, { version: 1, typedName: "Eve", agree: true })).toMatchObject({
        ok: false,
        error: { code: "NOT_FOUND" },
      });
      expect(await declineContractAction(t, { version: 1, reason: "no" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(await state(c.id)).toBe("sent");
    expect(await db.contractSignature.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("a revoked or expired link is refused (GONE) and changes nothing", async () => {
    const c = await sentContract();
    await db.collaboration.update({
      where: { workspaceId_id: { workspaceId: ws.id, id: collaborationId } },
      data: { inviteExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await giveContractConsentAction(token, { version: 1, agree: true })).toMatchObject({ ok: false, error: { code: "GONE" } });
    await db.collaboration.update({
      where: { workspaceId_id: { workspaceId: ws.id, id: collaborationId } },
      data: { inviteExpiresAt: new Date(Date.now() + 86_400_000) },
    });
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    await revokeInvite({ workspaceId: ws.id, actorId: ownerId, collaborationId });
    expect(await sign(1)).toMatchObject({ ok: false, error: { code: "GONE" } });
    expect(await requestContractChangesAction(token, { version: 1, message: "x" })).toMatchObject({ ok: false, error: { code: "GONE" } });
    expect(await state(c.id)).toBe("sent");
    expect(await db.contractSignature.count({ where: { workspaceId: ws.id, contractId: c.id } })).toBe(0);
  });
});

describe("rate limit", () => {
  // env is parsed when lib/env.ts is first imported and the harness switches the limiter off, so the
  // services are re-imported with it on.
  const saved = process.env.RATE_LIMIT_DISABLED;
  afterEach(() => {
    process.env.RATE_LIMIT_DISABLED = saved;
    vi.resetModules();
  });

  it("stops signing attempts on one link after its limit, before touching the contract", async () => {
    const c = await sentContract();
    vi.resetModules();
    process.env.RATE_LIMIT_DISABLED = "false";
    const fresh = await import("@/lib/contracts/signing");
    const attempt = () =>
      fresh.giveConsent(ctx, { version: 7, agree: true }, { ip: null, userAgent: null }).catch((e: { code: string }) => e.code);
    for (let i = 0; i < fresh.SIGNING_RATE_LIMITS.link.limit; i++) expect(await attempt()).toBe("CONFLICT");
    expect(await attempt()).toBe("RATE_LIMITED");
    expect(await kinds(c.id)).toEqual(["created", "sent"]);
  });
});

describe("concurrency", () => {
  it("two signatures at once: exactly one wins, one signature row, one 'signed' event", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    const input = { version: 1, typedName: "Maya Ortiz", drawnSignature: null, agree: true as const, guardian: null, code: null };
    const results = await Promise.allSettled([
      signContract(ctx, input, meta),
      signContract(ctx, input, meta),
      signContract(ctx, input, meta),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((x) => x.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.contractSignature.count({ where: { workspaceId: ws.id, contractId: c.id } })).toBe(1);
    expect((await kinds(c.id)).filter((k) => k === "signed")).toHaveLength(1);
  });

  it("a signature racing an edit: never a live signature on a superseded version", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    const input = { version: 1, typedName: "Maya Ortiz", drawnSignature: null, agree: true as const, guardian: null, code: null };
    const [signed] = await Promise.allSettled([signContract(ctx, input, meta), editTerms(c.id, { approvalRounds: 4 })]);
    expect(await state(c.id)).toBe("draft");
    const live = await db.contractSignature.count({ where: { workspaceId: ws.id, contractId: c.id, voidedAt: null } });
    expect(live).toBe(0);
    if (signed.status === "rejected") expect(signed.reason).toMatchObject({ code: "CONFLICT" });
  });

  it("a countersignature racing a void: one of them wins and the contract ends in that state", async () => {
    const c = await sentContract();
    await giveConsent(ctx, { version: 1, agree: true }, meta);
    expect(await sign(1)).toMatchObject({ ok: true });
    const [cs, vd] = await Promise.allSettled([
      countersign(c.id, 1),
      voidContract({ workspaceId: ws.id, actorId: ownerId, contractId: c.id, reason: "x", ...brandMeta }),
    ]);
    expect([cs.status, vd.status].sort()).toEqual(["fulfilled", "rejected"]);
    expect(await state(c.id)).toBe(cs.status === "fulfilled" ? "completed" : "voided");
  });
});
