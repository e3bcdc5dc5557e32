// The optional emailed one-time code before the influencer signs, on real Postgres: off by default;
// when on, the code goes to the influencer's email on the contract (only its HMAC stored), the
// signature is refused without it, a wrong code counts (5 tries), it expires after 10 minutes, a new
// code replaces the old one, a second one within a minute is refused, and every step is in the audit
// trail. Token scoping: another link's token can't ask for or use this contract's code.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { sendSigningCodeAction, signContractAction } from "@/app/(portal)/i/[token]/contract/actions";
import { generateContract, sendContract, updateContractTerms } from "@/lib/contracts/drafting";
import { contractTermsSchema } from "@/lib/contracts/schema";
import { updateContractSettings } from "@/lib/contracts/settings";
import { giveConsent, signContract, viewPortalContract } from "@/lib/contracts/signing";
import { sendSigningCode, SIGNING_CODE_TTL_MS, verifySigningCode } from "@/lib/contracts/signing-code";
import { signContractSchema } from "@/lib/contracts/signing-schemas";
import { db } from "@/lib/db";
import { portalGate, type PortalContext } from "@/lib/portal/gate";

import { createAcceptedCollaboration } from "../fixtures/campaign-factories";
import { createWorkspaceWith } from "../fixtures/factories";

vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

const meta = { ip: "198.51.100.23", userAgent: "vitest" };
const EMAIL = "maya.ortiz@example.test";

let ws: { id: string; slug: string };
let ownerId: string;
let token: string;
let ctx: PortalContext;
let contractId: string;

beforeEach(async () => {
  const { workspace, owner } = await createWorkspaceWith();
  ws = workspace;
  ownerId = owner.id;
  const c = await createAcceptedCollaboration(ws.id, ownerId);
  token = c.token;
  ctx = await portalGate(token);
  const { id } = await generateContract({ workspaceId: ws.id, actorId: ownerId, collaborationId: c.collaborationId });
  const row = await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id } }, select: { terms: true } });
  const terms = contractTermsSchema.parse(row.terms);
  await updateContractTerms({
    workspaceId: ws.id,
    actorId: ownerId,
    contractId: id,
    terms: { ...terms, parties: { ...terms.parties, influencer: { ...terms.parties.influencer, email: EMAIL } } },
    ...meta,
  });
  await sendContract({ workspaceId: ws.id, actorId: ownerId, contractId: id, ...meta });
  await giveConsent(ctx, { version: 1, agree: true }, meta);
  contractId = id;
});

afterEach(() => vi.useRealTimers());

const requireCode = () => updateContractSettings({ workspaceId: ws.id, actorId: ownerId, signingCodeRequired: true });
const sign = (code: string | null) =>
  signContractAction(token, { version: 1, typedName: "Maya Ortiz", drawnSignature: "", agree: true, code: code ?? "" });
const state = async () =>
  (await db.contract.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id: contractId } }, select: { state: true } }))
    .state;
const kinds = async () =>
  (await db.contractEvent.findMany({ where: { workspaceId: ws.id, contractId }, orderBy: { createdAt: "asc" } })).map((e) => e.kind);
/** The code from the last email to the influencer (what the dev mail sink holds). */
async function emailedCode(): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: EMAIL },
    orderBy: { createdAt: "desc" },
    select: { subject: true, text: true },
  });
  const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
  expect(mail.subject).toContain(code!);
  return code!;
}
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("the emailed signing code", () => {
  it("is off by default: signing needs no code, and asking for one is refused", async () => {
    expect((await viewPortalContract(ctx, meta)).signingCode).toEqual({ required: false });
    expect(await sendSigningCodeAction(token, { version: 1 })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await sign(null)).toMatchObject({ ok: true });
  });

  it("when required: no signature without it; the right code lets the influencer sign; all in the audit trail", async () => {
    await requireCode();
    expect(await sign(null)).toMatchObject({ ok: false, error: { code: "CONFLICT", fieldErrors: { code: [expect.any(String)] } } });
    expect(await state()).toBe("sent");

    expect(await sendSigningCodeAction(token, { version: 1 })).toMatchObject({ ok: true, data: { sentTo: "m•••@example.test" } });
    const code = await emailedCode();
    const stored = await db.contractSigningCode.findFirstOrThrow({ where: { workspaceId: ws.id, contractId } });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.email).toBe(EMAIL);
    expect((await viewPortalContract(ctx, meta)).signingCode).toEqual({ required: true, verified: false, sentTo: "m•••@example.test" });

    // Spaces typed between the digits are ignored.
    const input = signContractSchema.parse({
      version: 1,
      typedName: "Maya Ortiz",
      agree: true,
      code: ` ${code.slice(0, 3)} ${code.slice(3)} `,
    });
    expect(await signContract(ctx, input, meta)).toMatchObject({ state: "signed_by_influencer" });
    expect(await state()).toBe("signed_by_influencer");
    expect(await kinds()).toEqual(expect.arrayContaining(["code_sent", "code_verified", "signed"]));
    const verified = await db.contractEvent.findFirstOrThrow({ where: { workspaceId: ws.id, contractId, kind: "code_verified" } });
    expect(verified).toMatchObject({ ip: meta.ip, version: 1, documentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("a wrong code counts and is recorded; after 5 wrong tries even the right code is refused until a new one", async () => {
    await requireCode();
    await sendSigningCode(ctx, { version: 1 }, meta);
    const code = await emailedCode();
    expect(await sign(wrong(code))).toMatchObject({
      ok: false,
      error: { code: "UNPROCESSABLE", fieldErrors: { code: ["That code isn't right. 4 tries left."] } },
    });
    for (let i = 0; i < 4; i++) await sign(wrong(code));
    expect(await db.contractSigningCode.findFirstOrThrow({ where: { workspaceId: ws.id, contractId } })).toMatchObject({ attempts: 5 });
    expect(await sign(code)).toMatchObject({
      ok: false,
      error: { fieldErrors: { code: [expect.stringContaining("Too many wrong codes")] } },
    });
    expect(await state()).toBe("sent");
    expect((await kinds()).filter((k) => k === "code_failed")).toHaveLength(5);
  });

  it("expires after 10 minutes; a new code replaces the old one, but not within a minute of the last", async () => {
    await requireCode();
    const t0 = new Date();
    await sendSigningCode(ctx, { version: 1 }, meta, { now: t0 });
    const first = await emailedCode();
    await expect(sendSigningCode(ctx, { version: 1 }, meta, { now: new Date(t0.getTime() + 30_000) })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(
      verifySigningCode(ctx, { version: 1, code: first }, meta, { now: new Date(t0.getTime() + SIGNING_CODE_TTL_MS + 1) }),
    ).rejects.toMatchObject({ message: "This code has expired. Ask for a new one." });

    // A second code (after a minute): the first no longer works, the second does.
    await sendSigningCode(ctx, { version: 1 }, meta, { now: new Date(t0.getTime() + 61_000) });
    const second = await emailedCode();
    expect(await db.contractSigningCode.count({ where: { workspaceId: ws.id, contractId, replacedAt: null } })).toBe(1);
    if (first !== second)
      await expect(verifySigningCode(ctx, { version: 1, code: first }, meta)).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    await verifySigningCode(ctx, { version: 1, code: second }, meta);
    expect(
      await signContract(ctx, { version: 1, typedName: "Maya Ortiz", drawnSignature: null, agree: true, guardian: null, code: null }, meta),
    ).toMatchObject({
      state: "signed_by_influencer",
    });
  });

  it("another collaboration's token neither asks for nor uses this contract's code", async () => {
    await requireCode();
    await sendSigningCode(ctx, { version: 1 }, meta);
    const code = await emailedCode();
    const mails = await db.outboxEmail.count({ where: { to: EMAIL } });
    const sibling = await createAcceptedCollaboration(ws.id, ownerId);
    const other = await createWorkspaceWith();
    const foreign = await createAcceptedCollaboration(other.workspace.id, other.owner.id);
    for (const t of [sibling.token, foreign.token]) {
      expect(await sendSigningCodeAction(t, { version: 1 })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
      expect(await signContractAction(t, { version: 1, typedName: "Eve", agree: true, code })).toMatchObject({
        ok: false,
        error: { code: "NOT_FOUND" },
      });
    }
    expect(await db.contractSigningCode.findFirstOrThrow({ where: { workspaceId: ws.id, contractId } })).toMatchObject({
      attempts: 0,
      verifiedAt: null,
    });
    expect(await db.outboxEmail.count({ where: { to: EMAIL } })).toBe(mails);
  });
});
