// The demo contracts: made through the services, so what each page shows agrees — states, signatures,
// audit events, findings, the payment schedule (one overdue), rights anchored at go-live, a Spark Ads
// code inside the reminder window — and the executed contract seals on its first download.
import { execFileSync } from "node:child_process";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { checkContract, contractTermsSchema } from "@/lib/contracts";
import { executedPdfForMember } from "@/lib/contracts/executed-pdf";
import { collaborationPayments } from "@/lib/contracts/payments";
import { collaborationRights, rightsEndingSoon } from "@/lib/contracts/rights";
import { defaultTemplateOf } from "@/lib/contracts/templates";
import { DEFAULT_REMINDER_DAYS } from "@/lib/contracts/usage-rights";
import { db } from "@/lib/db";
import { seedCampaigns } from "@/prisma/seed-campaigns";
import { seedContracts } from "@/prisma/seed-contracts";

import { createWorkspaceWith } from "../fixtures/factories";

// Sealing is queued on completion; the demo's contract is sealed when first downloaded instead.
vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

const DAY_MS = 86_400_000;
let workspaceId = "";
let userId = "";

async function contractOn(status: string) {
  return db.contract.findFirstOrThrow({
    where: { workspaceId, collaboration: { status: status as never } },
    select: {
      id: true,
      state: true,
      terms: true,
      currentVersion: true,
      completedAt: true,
      sealedAt: true,
      collaborationId: true,
      signatures: { select: { party: true, typedName: true, signedAt: true } },
      events: { select: { kind: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
}

describe("demo contracts", () => {
  beforeAll(async () => {
    const { workspace, owner } = await createWorkspaceWith();
    workspaceId = workspace.id;
    userId = owner.id;
    await seedCampaigns({ workspaceId, userId, log: () => {} });
    await seedContracts({ workspaceId, userId, log: () => {} });
    await seedContracts({ workspaceId, userId, log: () => {} }); // idempotent
  }, 60_000);

  it("has the default template and three contracts, once", async () => {
    expect((await defaultTemplateOf(workspaceId)).id).not.toBeNull();
    const states = (await db.contract.findMany({ where: { workspaceId }, select: { state: true } })).map((c) => c.state).sort();
    expect(states).toEqual(["completed", "draft", "sent"]);
  });

  it("the executed contract was signed by both sides 40 days ago, in order, with every event", async () => {
    const c = await contractOn("live");
    expect(c.state).toBe("completed");
    expect(c.signatures.map((s) => s.party).sort()).toEqual(["brand", "influencer"]);
    expect(c.events.map((e) => e.kind)).toEqual(["created", "sent", "viewed", "consent_given", "signed", "countersigned", "completed"]);
    const ago = (Date.now() - c.completedAt!.getTime()) / DAY_MS;
    expect(ago).toBeGreaterThan(39.9);
    expect(ago).toBeLessThan(40.1);
    expect(c.events.every((e) => e.createdAt.getTime() <= c.completedAt!.getTime() + 1)).toBe(true);
    expect(c.sealedAt).toBeNull(); // sealed on first download
    // Its "ready for your countersignature" notification is history, not a to-do.
    expect(await db.notification.count({ where: { workspaceId, kind: "contract.signed", readAt: null } })).toBe(0);
  });

  it("the schedule has the signing half overdue and the live half due; rights start at go-live", async () => {
    const c = await contractOn("live");
    const { payments } = await collaborationPayments({ workspaceId, collaborationId: c.collaborationId });
    expect(payments.map((p) => [p.milestone, p.state])).toEqual([
      ["signing", "overdue"],
      ["live", "due"],
    ]);
    const { grants, codes } = await collaborationRights({ workspaceId, collaborationId: c.collaborationId, timeZone: "UTC" });
    expect(grants.map((g) => g.kind).sort()).toEqual(["organic", "paid", "spark_ads"]);
    expect(grants.every((g) => g.startBasis === "live" && g.daysLeft !== null && g.daysLeft > 80)).toBe(true);
    expect(codes).toHaveLength(1);
    expect(codes[0]!.daysLeft).toBeGreaterThan(0);
    expect(codes[0]!.daysLeft).toBeLessThanOrEqual(Math.max(...DEFAULT_REMINDER_DAYS));
    const soon = await rightsEndingSoon({ workspaceId, timeZone: "UTC" });
    expect(JSON.stringify(soon)).toContain("tiktok_spark_ads");
  });

  it("the contract awaiting signature was sent and opened, not signed", async () => {
    const c = await contractOn("drafting");
    expect(c.state).toBe("sent");
    expect(c.signatures).toEqual([]);
    expect(c.events.map((e) => e.kind)).toEqual(["created", "sent", "viewed"]);
  });

  it("the draft has readiness errors", async () => {
    const c = await contractOn("in_review");
    expect(c.state).toBe("draft");
    const codes = checkContract(contractTermsSchema.parse(c.terms))
      .findings.filter((f) => f.severity === "error")
      .map((f) => f.code);
    expect(codes).toEqual(["MILESTONES_NOT_100", "PAID_USAGE_NO_TERM"]);
  });

  it("the executed contract seals on its first download and names both signers", async () => {
    const c = await contractOn("live");
    const file = await executedPdfForMember({ workspaceId, contractId: c.id, userId, ip: null, userAgent: null });
    expect(Buffer.from(file.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await contractOn("live")).sealedAt).not.toBeNull();
    const text = execFileSync("pdftotext", ["-", "-"], { input: Buffer.from(file.bytes), encoding: "utf8" });
    for (const s of c.signatures) expect(text).toContain(s.typedName);
    expect(text).toContain("Certificate of completion");
  }, 60_000);
});
