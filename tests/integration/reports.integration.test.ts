// Client reports on real Postgres: share-link tokens (only their SHA-256 stored, the raw token nowhere
// in the database), expiry and revocation (the same 404 as an unknown token), a token of another
// workspace's report opening only that report, frozen vs live numbers after a snapshot changes, the
// PDF's figures and formulas (pdftotext), and the public page's noindex.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { GET as sharedPdfRoute } from "@/app/(public)/reports/[token]/pdf/route";
import { GET as memberPdfRoute } from "@/app/api/w/[workspaceSlug]/reports/[reportId]/pdf/route";
import { db } from "@/lib/db";
import { addSnapshot } from "@/lib/posts/snapshots";
import { createReport, deleteReport, reportData } from "@/lib/reports/crud";
import { createReportSchema } from "@/lib/reports/schemas";
import { createShareLink, openSharedReport, revokeShareLink, unsafeFindReportByShareToken } from "@/lib/reports/share-links";
import { hashToken } from "@/lib/tokens";

import { createTenant, type Tenant } from "../fixtures/tenant";
import { callCase, page, snapshot, workspaceTables } from "./cross-tenant/harness";
import { actAs } from "./session-double";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));

const run = promisify(execFile);
const HAS_POPPLER = existsSync("/usr/bin/pdftotext");
if (!HAS_POPPLER) console.warn("pdftotext missing (apt-get install poppler-utils): the PDF text checks below are skipped");

let tmp: string;
let A: Tenant;
let B: Tenant;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "report-test-"));
  A = await createTenant("A");
  B = await createTenant("B");
}, 120_000);

async function pdftotext(bytes: Uint8Array): Promise<string> {
  const file = path.join(tmp, `r-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  return (await run("/usr/bin/pdftotext", ["-layout", file, "-"], { maxBuffer: 10 * 1024 * 1024 })).stdout;
}

const sharedPdf = (token: string) =>
  sharedPdfRoute(new Request(`http://test/reports/${token}/pdf`), { params: Promise.resolve({ token }) });
const publicPage = (token: string) =>
  callCase(
    page("app/(public)/reports/[token]/page.tsx", () => ({ params: { token } })),
    "unused",
    A,
    A,
  );

async function newLink(t: Tenant, reportId = t.reportId, expiresInDays = 30) {
  return createShareLink({ workspaceId: t.id, actorId: t.owner.id, input: { reportId, expiresInDays } });
}

describe("share-link tokens", () => {
  it("stores only the SHA-256 of a 256-bit token: the raw token is in no row of any table", async () => {
    const link = await newLink(A);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    const row = await db.reportShareLink.findFirst({ where: { workspaceId: A.id, id: link.id }, select: { tokenHash: true } });
    expect(row?.tokenHash).toBe(hashToken(link.token));
    const everything = JSON.stringify(await snapshot(A));
    expect(everything).not.toContain(link.token);
    expect((await workspaceTables()).length).toBeGreaterThan(10);
    const audit = await db.auditLog.findMany({ where: { workspaceId: A.id, action: "report.link_created" }, select: { metadata: true } });
    expect(JSON.stringify(audit)).not.toContain(link.token);
  });

  it("a token opens exactly its own report; B's token opens B's report and nothing of A", async () => {
    const shared = await unsafeFindReportByShareToken(B.reportToken);
    expect(shared).toMatchObject({ workspaceId: B.id, reportId: B.reportId });
    const out = await publicPage(B.reportToken);
    expect(out.code).toBe("OK");
    expect(out.text).toContain(`Report ${B.tag}`);
    expect(out.text).toContain(B.campaignName);
    for (const secret of [A.tag, A.campaignName, A.slug, A.id, A.reportId, B.id, B.reportId, B.slug, B.campaignId])
      expect(out.text).not.toContain(secret);
    const res = await sharedPdf(B.reportToken);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-robots-tag")).toContain("noindex");
    if (HAS_POPPLER) {
      const text = await pdftotext(new Uint8Array(await res.arrayBuffer()));
      expect(text).toContain(B.campaignName);
      expect(text).not.toContain(A.campaignName);
    }
  });

  it("unknown, malformed, expired and revoked tokens get the same plain 404 (page and PDF), and record no view", async () => {
    const expired = await newLink(A, A.reportId, 7);
    await db.reportShareLink.updateMany({ where: { workspaceId: A.id, id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await newLink(A);
    await revokeShareLink({ workspaceId: A.id, actorId: A.owner.id, linkId: revoked.id });
    const unknown = "x".repeat(43);
    const bodies = new Set<string>();
    for (const token of [unknown, "short", expired.token, revoked.token]) {
      expect(await unsafeFindReportByShareToken(token)).toBeNull();
      const res = await sharedPdf(token);
      expect(res.status).toBe(404);
      bodies.add(await res.text());
      const out = await publicPage(token);
      expect({ code: out.code, status: out.status }).toEqual({ code: "NOT_FOUND", status: 404 });
    }
    expect([...bodies]).toEqual(["Not found"]);
    const rows = await db.reportShareLink.findMany({
      where: { workspaceId: A.id, id: { in: [expired.id, revoked.id] } },
      select: { views: true, lastViewedAt: true },
    });
    expect(rows.every((r) => r.views === 0 && r.lastViewedAt === null)).toBe(true);
  });

  it("expiry is checked at the time of opening; a link that never expires keeps working", async () => {
    const week = await newLink(A, A.reportId, 7);
    const never = await newLink(A, A.reportId, 0);
    const in8Days = new Date(Date.now() + 8 * 86_400_000);
    expect(await unsafeFindReportByShareToken(week.token)).not.toBeNull();
    expect(await unsafeFindReportByShareToken(week.token, in8Days)).toBeNull();
    expect(await unsafeFindReportByShareToken(never.token, new Date(Date.now() + 3650 * 86_400_000))).not.toBeNull();
  });

  it("revoking one link leaves the report's other links working; deleting the report kills them all", async () => {
    const one = await newLink(A);
    const two = await newLink(A);
    await revokeShareLink({ workspaceId: A.id, actorId: A.owner.id, linkId: one.id });
    expect((await sharedPdf(one.token)).status).toBe(404);
    expect((await sharedPdf(two.token)).status).toBe(200);
    // Revoking B's link as A: NOT_FOUND, and B's link still works.
    await expect(revokeShareLink({ workspaceId: A.id, actorId: A.owner.id, linkId: B.shareLinkId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await unsafeFindReportByShareToken(B.reportToken)).not.toBeNull();
    const doomed = await createReport({
      workspaceId: A.id,
      actorId: A.owner.id,
      timeZone: "UTC",
      input: createReportSchema.parse({ title: "Doomed", campaignId: A.campaignId, sections: ["summary"], mode: "live" }),
    });
    const l = await newLink(A, doomed.id);
    expect((await sharedPdf(l.token)).status).toBe(200);
    await deleteReport({ workspaceId: A.id, actorId: A.owner.id, reportId: doomed.id });
    expect((await sharedPdf(l.token)).status).toBe(404);
  });

  it("opening a link records when it was last viewed (at most once a minute)", async () => {
    const link = await newLink(A);
    const t0 = new Date(Date.now() + 1000);
    await openSharedReport(link.token, { ip: null, now: t0 });
    await openSharedReport(link.token, { ip: null, now: new Date(t0.getTime() + 10_000) });
    let row = await db.reportShareLink.findFirst({
      where: { workspaceId: A.id, id: link.id },
      select: { views: true, lastViewedAt: true },
    });
    expect(row).toEqual({ views: 1, lastViewedAt: t0 });
    const t1 = new Date(t0.getTime() + 120_000);
    await openSharedReport(link.token, { ip: null, now: t1 });
    row = await db.reportShareLink.findFirst({ where: { workspaceId: A.id, id: link.id }, select: { views: true, lastViewedAt: true } });
    expect(row).toEqual({ views: 2, lastViewedAt: t1 });
  });
});

describe("frozen and live reports", () => {
  it("after a new snapshot, a frozen report shows the numbers of its creation and a live one the new numbers", async () => {
    const input = (mode: "live" | "frozen") =>
      createReportSchema.parse({ title: `${mode} report`, campaignId: A.campaignId, sections: ["summary", "charts"], mode });
    const frozen = await createReport({ workspaceId: A.id, actorId: A.owner.id, timeZone: "UTC", input: input("frozen") });
    const live = await createReport({ workspaceId: A.id, actorId: A.owner.id, timeZone: "UTC", input: input("live") });
    const before = await reportData({ workspaceId: A.id, reportId: frozen.id, timeZone: "UTC" });
    const liveBefore = await reportData({ workspaceId: A.id, reportId: live.id, timeZone: "UTC" });
    expect(before.data.totals.reach).toBe(1000);
    expect(liveBefore.data.totals.reach).toBe(1000);

    await addSnapshot({
      workspaceId: A.id,
      actorId: A.owner.id,
      postId: A.postId,
      source: "manual",
      capturedAt: new Date("2026-10-09T00:00:00Z"),
      counts: {
        views: null,
        reach: 4000,
        impressions: 6000,
        likes: 200,
        comments: 20,
        saves: 20,
        shares: null,
        replies: null,
        clicks: 90,
        avgWatchPct: null,
        frameViews: [],
      },
    });

    const after = await reportData({ workspaceId: A.id, reportId: frozen.id, timeZone: "UTC" });
    expect(after.data).toEqual(before.data);
    const liveAfter = await reportData({ workspaceId: A.id, reportId: live.id, timeZone: "UTC" });
    expect(liveAfter.data.totals.reach).toBe(4000); // the latest snapshot, not a sum
    expect(liveAfter.data.rates.engagementRateByReach).toBeCloseTo(6, 10); // (200 + 20 + 20) ÷ 4000 × 100
    // The Results tab's rule: CTR counts our tracking link's clicks (the fixture's 1 click by a person)
    // where the collaboration has links, not the 90 the platform reported.
    expect(liveAfter.data.rates.ctr).toBeCloseTo((1 / 6000) * 100, 10);
    // The daily series spreads the growth over the capture days and adds up to the latest values.
    expect(liveAfter.data.daily.reduce((s, d) => s + d.impressions, 0)).toBe(6000);
    expect(liveAfter.data.daily.find((d) => d.date === "2026-10-09")?.impressions).toBe(4500);
  });

  it("a report on another workspace's campaign is refused before anything is written", async () => {
    const before = await db.report.count({ where: { workspaceId: A.id } });
    await expect(
      createReport({
        workspaceId: A.id,
        actorId: A.owner.id,
        timeZone: "UTC",
        input: createReportSchema.parse({ title: "Theirs", campaignId: B.campaignId, sections: ["summary"], mode: "frozen" }),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.report.count({ where: { workspaceId: A.id } })).toBe(before);
  });
});

describe("PDF", () => {
  it.skipIf(!HAS_POPPLER)("the member download carries the brand, campaign, comment, figures and their formulas", async () => {
    const C = await createTenant("C");
    actAs(C.owner);
    const res = await memberPdfRoute(new Request(`http://test/api/w/${C.slug}/reports/${C.reportId}/pdf`), {
      params: Promise.resolve({ workspaceSlug: C.slug, reportId: C.reportId }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="report-c[\w-]*\.pdf"$/);
    const text = await pdftotext(new Uint8Array(await res.arrayBuffer()));
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(C.name); // the workspace's name as the brand
    expect(flat).toContain(`Report ${C.tag}`);
    expect(flat).toContain(`Campaign: ${C.campaignName}`);
    expect(flat).toContain(`Comment ${C.tag}`);
    // The fixture's post: reach 1,000, impressions 1,500, likes 40 + comments 5 + saves 3 → ERR 4.80 %.
    expect(flat).toContain("ERR");
    expect(flat).toContain("4.80%"); // two decimals, as on the Results tab
    expect(flat).toContain("(likes + comments + saves) ÷ reach × 100");
    expect(flat).toContain("clicks ÷ impressions × 100");
    expect(flat).toContain("CTR 0.07%"); // the tracking link's 1 click ÷ 1,500 impressions
    expect(flat).toMatch(/Reach\s*/);
    expect(flat).toContain("1K"); // reach total
    expect(flat).toContain("Per-creator table");
  });

  it("the public page says noindex in its metadata", async () => {
    const mod = await import("@/app/(public)/reports/[token]/page");
    const meta = await mod.generateMetadata({ params: Promise.resolve({ token: B.reportToken }) });
    expect(meta.robots).toEqual({ index: false, follow: false });
    expect(meta.referrer).toBe("no-referrer");
  });
});
