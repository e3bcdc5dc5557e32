// Contract drafting on real Postgres: generation from the collaboration, the readiness gate on
// sending, version freezing with its hash, voiding pending signatures on edit, and workspace scoping.
import { beforeEach, describe, expect, it } from "vitest";

import { contractHash, contractTermsSchema, DEFAULT_CONTRACT_TEMPLATE, renderContract, type ContractTerms } from "@/lib/contracts";
import { generateContract, sendContract, updateContractTerms } from "@/lib/contracts/drafting";
import { db } from "@/lib/db";

import { createAcceptedCollaboration, createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createWorkspaceWith } from "../fixtures/factories";

const meta = { ip: "203.0.113.7", userAgent: "vitest" };
let ws: { id: string };
let ownerId: string;
let collaborationId: string;

beforeEach(async () => {
  const { workspace, owner } = await createWorkspaceWith();
  ws = workspace;
  ownerId = owner.id;
  ({ collaborationId } = await createAcceptedCollaboration(ws.id, ownerId));
});

const terms = async (contractId: string): Promise<ContractTerms> =>
  contractTermsSchema.parse(
    (await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id: contractId } } })).terms,
  );

const events = async (contractId: string) =>
  db.contractEvent.findMany({
    where: { workspaceId: ws.id, contractId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, version: true, documentHash: true, ip: true },
  });

describe("generateContract", () => {
  it("copies deliverables, agreed fee, product and parties from the collaboration and records 'created'", async () => {
    const { id, state } = await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId });
    expect(state).toBe("draft");
    const t = await terms(id);
    expect(t.feeMinor).toBe(30_000);
    expect(t.agreedFeeMinor).toBe(30_000);
    expect(t.product).toBe("Serum");
    expect(t.deliverables).toEqual([expect.objectContaining({ type: "post", platform: "instagram", count: 1, dueDate: "2030-05-10" })]);
    expect(t.parties.influencer.legalName).not.toBe("");
    expect((await events(id)).map((e) => e.kind)).toEqual(["created"]);
  });

  it("refuses a second open contract and another workspace's collaboration", async () => {
    await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId });
    await expect(generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId })).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createWorkspaceWith();
    await expect(generateContract({ workspaceId: other.workspace.id, actorId: other.owner.id, collaborationId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.contract.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
  });

  it("refuses a collaboration the influencer hasn't accepted, naming its status", async () => {
    const invited = await createInvitedCollaboration(ws.id, ownerId);
    await expect(
      generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId: invited.collaborationId }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining('"Invited"'),
    });
    await db.collaboration.update({
      where: { workspaceId_id: { workspaceId: ws.id, id: invited.collaborationId } },
      data: { status: "cancelled" },
    });
    await expect(
      generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId: invited.collaborationId }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('"Cancelled"'),
    });
    expect(await db.contract.count({ where: { workspaceId: ws.id, collaborationId: invited.collaborationId } })).toBe(0);
  });
});

describe("sendContract", () => {
  it("is refused while checkContract has an error, and nothing is frozen", async () => {
    const { id } = await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId });
    await updateContractTerms({
      workspaceId: ws.id,
      actorId: ownerId,
      contractId: id,
      terms: { ...(await terms(id)), deliverables: [] },
      ...meta,
    });
    await expect(sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: id, ...meta })).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      fieldErrors: { deliverables: [expect.any(String)] },
    });
    expect(await db.contractVersion.count({ where: { workspaceId: ws.id, contractId: id } })).toBe(0);
  });

  it("freezes version 1 with the rendered text and its SHA-256, and records 'sent' with the hash and IP", async () => {
    const { id } = await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId });
    const sent = await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: id, ...meta });
    expect(sent.version).toBe(1);
    const v = await db.contractVersion.findUniqueOrThrow({
      where: { workspaceId_contractId_version: { workspaceId: ws.id, contractId: id, version: 1 } },
    });
    const t = contractTermsSchema.parse(v.terms);
    expect(v.sections).toEqual(renderContract(t, DEFAULT_CONTRACT_TEMPLATE));
    expect(v.sha256).toBe(contractHash({ version: 1, terms: t, sections: renderContract(t, DEFAULT_CONTRACT_TEMPLATE) }));
    expect(sent.sha256).toBe(v.sha256);
    expect((await events(id)).at(-1)).toEqual({ kind: "sent", version: 1, documentHash: v.sha256, ip: meta.ip });
    await expect(sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: id, ...meta })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("an edit after sending voids the pending signature and the version; the next send is version 2", async () => {
    const { id } = await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId });
    const first = await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: id, ...meta });
    await db.contractSignature.create({
      data: { workspaceId: ws.id, contractId: id, version: 1, party: "influencer", typedName: "Maya Ortiz", documentHash: first.sha256 },
    });
    await db.contract.update({
      where: { workspaceId_id: { workspaceId: ws.id, id } },
      data: { state: "signed_by_influencer", influencerSignedAt: new Date() },
    });

    await updateContractTerms({
      workspaceId: ws.id,
      actorId: ownerId,
      contractId: id,
      terms: { ...(await terms(id)), approvalRounds: 2 },
      ...meta,
    });
    const after = await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id } } });
    expect(after.state).toBe("draft");
    expect(after.influencerSignedAt).toBeNull();
    expect((await db.contractSignature.findFirstOrThrow({ where: { workspaceId: ws.id, contractId: id } })).voidedAt).not.toBeNull();
    expect(
      (await db.contractVersion.findFirstOrThrow({ where: { workspaceId: ws.id, contractId: id, version: 1 } })).supersededAt,
    ).not.toBeNull();

    const second = await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: id, ...meta });
    expect(second.version).toBe(2);
    expect(second.sha256).not.toBe(first.sha256);
    expect((await events(id)).map((e) => e.kind)).toEqual(["created", "sent", "voided", "sent"]);
  });

  it("refuses another workspace's contract id and leaves it unchanged", async () => {
    const { id } = await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId });
    const other = await createWorkspaceWith();
    const call = { workspaceId: other.workspace.id, actorId: other.owner.id, contractId: id, ...meta };
    await expect(sendContract(call)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateContractTerms({ ...call, terms: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const unchanged = await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id } } });
    expect(unchanged.state).toBe("draft");
    expect(unchanged.currentVersion).toBe(0);
    expect((await terms(id)).feeMinor).toBe(30_000);
  });
});
