// The brand-side contract services behind the pages: the workspace template (unknown merge fields
// refused, the default used when a contract is sent, reset), the contracts list (filters, keyset
// pages, bad URL values dropped), and the "drafts before signing" setting enforced on submission.
import { beforeEach, describe, expect, it } from "vitest";

import { respondToInviteAction, saveDraftAction } from "@/app/(portal)/actions";
import { contractHash, contractTermsSchema, DEFAULT_CONTRACT_TEMPLATE, renderContract } from "@/lib/contracts";
import { generateContract, sendContract } from "@/lib/contracts/drafting";
import { contractListFilters, listContracts, PAGE_SIZE } from "@/lib/contracts/queries";
import { getContractSettings, updateContractSettings } from "@/lib/contracts/settings";
import { defaultTemplateOf, resetDefaultTemplate, saveDefaultTemplate } from "@/lib/contracts/templates";
import { db } from "@/lib/db";

import { COMPLIANT_CAPTION, createAcceptedCollaboration, createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createWorkspaceWith } from "../fixtures/factories";

const meta = { ip: "203.0.113.9", userAgent: "vitest" };
let ws: { id: string; slug: string };
let ownerId: string;

beforeEach(async () => {
  const { workspace, owner } = await createWorkspaceWith();
  ws = workspace;
  ownerId = owner.id;
});

/** A contract whose terms pass checkContract, ready to send. */
async function readyContract(collaborationId: string) {
  const { id } = await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId });
  const row = await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id } }, select: { terms: true } });
  const terms = contractTermsSchema.parse(row.terms);
  await db.contract.update({
    where: { workspaceId_id: { workspaceId: ws.id, id } },
    data: { terms: { ...terms, killFeePercent: 25, approvalRounds: 2 } },
  });
  return id;
}

const customClause = { key: "pets", title: "Pets", body: "{{influencer.legalName}} may feature their dog.", include: "always" };

describe("contract template", () => {
  it("is the shipped default until saved", async () => {
    const t = await defaultTemplateOf(ws.id);
    expect(t).toMatchObject({ id: null, shipped: true });
    expect(t.content.clauses.map((c) => c.key)).toEqual(DEFAULT_CONTRACT_TEMPLATE.clauses.map((c) => c.key));
  });

  it("refuses an unknown merge field, naming the clause and the field, and stores nothing", async () => {
    const clauses = [...DEFAULT_CONTRACT_TEMPLATE.clauses];
    clauses[4] = { ...clauses[4]!, body: "The Brand pays {{price}} within {{paymentNetDays}}." };
    const err = await saveDefaultTemplate({ workspaceId: ws.id, actorId: ownerId, clauses }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { "clauses.4.body": ["Unknown merge field: {{price}}"] } });
    expect((err as Error).message).toBe("Clause 5 (Fee and payment): Unknown merge field: {{price}}");
    expect(await db.contractTemplate.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { workspaceId: ws.id, action: { startsWith: "contract_template" } } })).toBe(0);
  });

  it("refuses duplicate keys and an empty clause", async () => {
    await expect(
      saveDefaultTemplate({ workspaceId: ws.id, actorId: ownerId, clauses: [customClause, { ...customClause, title: "Again" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Two clauses have the same key" });
    await expect(
      saveDefaultTemplate({ workspaceId: ws.id, actorId: ownerId, clauses: [{ ...customClause, body: "  " }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Clause 1 (Pets): The clause has no text" });
  });

  it("is the template a new contract is sent with, in the saved order", async () => {
    const clauses = [
      DEFAULT_CONTRACT_TEMPLATE.clauses[2]!,
      customClause,
      ...DEFAULT_CONTRACT_TEMPLATE.clauses.filter((c) => c.key !== "deliverables"),
    ];
    await saveDefaultTemplate({ workspaceId: ws.id, actorId: ownerId, clauses });
    const { collaborationId } = await createAcceptedCollaboration(ws.id, ownerId);
    const id = await readyContract(collaborationId);
    await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: id, ...meta });
    const v = await db.contractVersion.findUniqueOrThrow({
      where: { workspaceId_contractId_version: { workspaceId: ws.id, contractId: id, version: 1 } },
      select: { sections: true },
    });
    const sections = v.sections as { key: string; text: string }[];
    expect(sections.slice(0, 2).map((s) => s.key)).toEqual(["deliverables", "pets"]);
    expect(sections[1]!.text).toMatch(/^.+ may feature their dog\.$/);
    expect(sections[1]!.text).not.toContain("{{");
    expect(await db.auditLog.count({ where: { workspaceId: ws.id, action: "contract_template.updated" } })).toBe(1);
  });

  it("saves over the one default and resets to the shipped clauses, leaving other workspaces alone", async () => {
    const other = await createWorkspaceWith();
    await saveDefaultTemplate({ workspaceId: other.workspace.id, actorId: other.owner.id, clauses: [customClause] });
    await saveDefaultTemplate({ workspaceId: ws.id, actorId: ownerId, clauses: [customClause] });
    await saveDefaultTemplate({ workspaceId: ws.id, actorId: ownerId, clauses: [{ ...customClause, title: "Animals" }] });
    expect(await db.contractTemplate.count({ where: { workspaceId: ws.id } })).toBe(1);
    expect((await defaultTemplateOf(ws.id)).content.clauses).toEqual([{ ...customClause, title: "Animals" }]);
    await resetDefaultTemplate({ workspaceId: ws.id, actorId: ownerId });
    expect((await defaultTemplateOf(ws.id)).content).toEqual(DEFAULT_CONTRACT_TEMPLATE);
    expect((await defaultTemplateOf(other.workspace.id)).content.clauses).toEqual([customClause]);
  });
});

describe("contracts list", () => {
  /** Inserts a contract in a given state and time, as the signing services would leave it. */
  async function contractAt(collaborationId: string, state: "draft" | "sent" | "completed" | "voided", updatedAt: Date) {
    const terms = contractTermsSchema.parse({ feeMinor: 5_000 });
    return (
      await db.contract.create({
        data: { workspaceId: ws.id, collaborationId, state, terms, createdById: ownerId, updatedAt },
        select: { id: true },
      })
    ).id;
  }

  it("filters by state and campaign, newest change first, and ignores another workspace's campaign", async () => {
    const a = await createInvitedCollaboration(ws.id, ownerId);
    const b = await createInvitedCollaboration(ws.id, ownerId);
    const t = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));
    const aDraft = await contractAt(a.collaborationId, "draft", t(1));
    const aDone = await contractAt(a.collaborationId, "completed", t(3));
    const bSent = await contractAt(b.collaborationId, "sent", t(2));
    const other = await createWorkspaceWith();
    const foreign = await createInvitedCollaboration(other.workspace.id, other.owner.id);

    const ids = async (f: Parameters<typeof listContracts>[0]) => (await listContracts(f)).rows.map((r) => r.id);
    expect(await ids({ workspaceId: ws.id })).toEqual([aDone, bSent, aDraft]);
    expect(await ids({ workspaceId: ws.id, state: "completed" })).toEqual([aDone]);
    expect(await ids({ workspaceId: ws.id, campaign: a.campaignId })).toEqual([aDone, aDraft]);
    expect(await ids({ workspaceId: ws.id, campaign: a.campaignId, state: "sent" })).toEqual([]);
    expect(await ids({ workspaceId: ws.id, campaign: foreign.campaignId })).toEqual([]);
    const [row] = (await listContracts({ workspaceId: ws.id, state: "sent" })).rows;
    expect(row).toMatchObject({ campaignId: b.campaignId, collaborationId: b.collaborationId, feeMinor: 5_000, currency: "USD" });
  });

  it("pages with a keyset cursor: no row twice, none skipped, also among equal times", async () => {
    const { collaborationId } = await createInvitedCollaboration(ws.id, ownerId);
    const same = new Date(Date.UTC(2026, 1, 1));
    const made: string[] = [];
    for (let i = 0; i < PAGE_SIZE + 3; i++)
      made.push(await contractAt(collaborationId, "voided", i % 2 ? same : new Date(same.getTime() - i * 1000)));
    const first = await listContracts({ workspaceId: ws.id });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listContracts({ workspaceId: ws.id, cursor: first.nextCursor! });
    expect(second.rows).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((r) => r.id))).toEqual(new Set(made));
    const keys = all.map((r) => `${r.updatedAt}|${r.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it("filters to contracts whose rights or ad codes end within the ending-soon window", async () => {
    const now = new Date(Date.UTC(2026, 5, 1));
    const day = 86_400_000;
    const soon = await createInvitedCollaboration(ws.id, ownerId);
    const later = await createInvitedCollaboration(ws.id, ownerId);
    const revoked = await createInvitedCollaboration(ws.id, ownerId);
    const soonId = await contractAt(soon.collaborationId, "completed", now);
    await contractAt(later.collaborationId, "completed", now);
    await contractAt(revoked.collaborationId, "completed", now);
    const code = (collaborationId: string, expiresAt: Date, revokedAt: Date | null = null) =>
      db.adAuthorizationCode.create({
        data: { workspaceId: ws.id, collaborationId, platform: "tiktok_spark_ads", code: "#X", expiresAt, revokedAt },
      });
    await code(soon.collaborationId, new Date(now.getTime() + 10 * day));
    await code(later.collaborationId, new Date(now.getTime() + 60 * day));
    await code(later.collaborationId, new Date(now.getTime() - 1 * day));
    await code(revoked.collaborationId, new Date(now.getTime() + 5 * day), now);

    const ids = async (f: Parameters<typeof listContracts>[0]) => (await listContracts(f)).rows.map((r) => r.id);
    expect(await ids({ workspaceId: ws.id, rights: "ending", now })).toEqual([soonId]);
    expect(await ids({ workspaceId: ws.id, rights: "ending", campaign: later.campaignId, now })).toEqual([]);
    expect(contractListFilters({ rights: "ending" })).toEqual({ rights: "ending" });
    expect(contractListFilters({ rights: "soon" })).toEqual({});
  });

  it("keeps valid URL filters and drops bad ones", () => {
    expect(contractListFilters({ state: "sent", campaign: "cm123abc", cursor: "1700000000000.cmx" })).toEqual({
      state: "sent",
      campaign: "cm123abc",
      cursor: "1700000000000.cmx",
    });
    expect(contractListFilters({ state: "signed", campaign: "x'; drop", cursor: "y".repeat(200) })).toEqual({});
    expect(contractListFilters({ state: ["sent", "draft"], campaign: "" })).toEqual({});
  });
});

describe("drafts before the contract is signed", () => {
  const draft = (deliverableId: string, submit: boolean) => ({
    deliverableId,
    caption: COMPLIANT_CAPTION,
    platform: "instagram" as const,
    format: "post" as const,
    submit,
  });

  async function acceptedWithContract() {
    const c = await createInvitedCollaboration(ws.id, ownerId);
    expect(await respondToInviteAction(c.token, { decision: "accept", reason: "" })).toMatchObject({ ok: true });
    const contractId = await readyContract(c.collaborationId);
    return { ...c, contractId };
  }
  const submitted = (collaborationId: string) =>
    db.contentDraft.count({ where: { workspaceId: ws.id, collaborationId, status: "submitted" } });

  it("is off by default: submitting is refused while the contract is unsigned, saving is not", async () => {
    expect(await getContractSettings(ws.id)).toEqual({ draftsBeforeContractSigned: false, signingCodeRequired: false });
    const c = await acceptedWithContract();
    expect(await saveDraftAction(c.token, draft(c.deliverableId, true))).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringContaining("The brand hasn't sent the contract yet") },
    });
    await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: c.contractId, ...meta });
    expect(await saveDraftAction(c.token, draft(c.deliverableId, true))).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringContaining("Sign the contract first") },
    });
    expect(await submitted(c.collaborationId)).toBe(0);
    expect(await saveDraftAction(c.token, draft(c.deliverableId, false))).toMatchObject({ ok: true });
    expect(await db.contentDraft.count({ where: { workspaceId: ws.id, collaborationId: c.collaborationId, status: "draft" } })).toBe(1);
  });

  it("lets the draft through once the contract is completed", async () => {
    const c = await acceptedWithContract();
    await db.contract.update({ where: { workspaceId_id: { workspaceId: ws.id, id: c.contractId } }, data: { state: "completed" } });
    expect(await saveDraftAction(c.token, draft(c.deliverableId, true))).toMatchObject({ ok: true });
    expect(await submitted(c.collaborationId)).toBe(1);
  });

  it("does not hold back a collaboration without a contract", async () => {
    const c = await createInvitedCollaboration(ws.id, ownerId);
    await respondToInviteAction(c.token, { decision: "accept", reason: "" });
    expect(await saveDraftAction(c.token, draft(c.deliverableId, true))).toMatchObject({ ok: true });
  });

  it("when switched on, drafts are submitted before signing; the change is audited", async () => {
    const c = await acceptedWithContract();
    await updateContractSettings({ workspaceId: ws.id, actorId: ownerId, draftsBeforeContractSigned: true });
    expect(await saveDraftAction(c.token, draft(c.deliverableId, true))).toMatchObject({ ok: true });
    expect(await submitted(c.collaborationId)).toBe(1);
    expect(await db.auditLog.count({ where: { workspaceId: ws.id, action: "contract_settings.updated" } })).toBe(1);
  });

  it("reads the setting of the collaboration's own workspace", async () => {
    const other = await createWorkspaceWith();
    await updateContractSettings({ workspaceId: other.workspace.id, actorId: other.owner.id, draftsBeforeContractSigned: true });
    const c = await acceptedWithContract();
    expect(await saveDraftAction(c.token, draft(c.deliverableId, true))).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});

// Keeps the imports honest: the helpers used to build fixtures above render and hash as the services do.
it("fixture terms render with the shipped template", () => {
  const terms = contractTermsSchema.parse({ feeMinor: 1 });
  expect(contractHash({ version: 1, terms, sections: renderContract(terms, DEFAULT_CONTRACT_TEMPLATE) })).toMatch(/^[0-9a-f]{64}$/);
});
