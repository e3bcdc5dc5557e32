// The workspace's report logo: upload through the settings route (images only, sniffed, size-capped,
// one per workspace), served to members and to holders of a share link, drawn into the PDF.
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";

import { GET as sharedLogoRoute } from "@/app/(public)/reports/[token]/logo/route";
import { GET as fileRoute } from "@/app/api/w/[workspaceSlug]/files/[fileId]/route";
import { DELETE as deleteLogoRoute, POST as logoRoute } from "@/app/api/w/[workspaceSlug]/settings/logo/route";
import { db } from "@/lib/db";
import { createReport } from "@/lib/reports/crud";
import { reportPdf } from "@/lib/reports/download";
import { createReportSchema } from "@/lib/reports/schemas";
import { createShareLink, revokeShareLink } from "@/lib/reports/share-links";

import { createInvitedCollaboration } from "./../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "./../fixtures/factories";
import { actAs } from "./session-double";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));

const image = (format: "png" | "webp" | "gif" | "jpeg", size = 16) =>
  sharp({ create: { width: size, height: size, channels: 3, background: "#ff6600" } })
    .toFormat(format)
    .toBuffer()
    .then((b) => new Uint8Array(b));

async function world(label: string) {
  const owner = await createUser({ name: `Owner ${label}` });
  const { workspace } = await createWorkspaceWith({ name: `Brand ${label}`, owner });
  const { campaignId } = await createInvitedCollaboration(workspace.id, owner.id);
  const report = await createReport({
    workspaceId: workspace.id,
    actorId: owner.id,
    timeZone: "UTC",
    input: createReportSchema.parse({ title: `Report ${label}`, campaignId, sections: ["summary"], mode: "live" }),
  });
  const link = await createShareLink({ workspaceId: workspace.id, actorId: owner.id, input: { reportId: report.id, expiresInDays: 30 } });
  return { owner, slug: workspace.slug, w: workspace.id, reportId: report.id, link };
}

function upload(slug: string, body: Uint8Array, name = "logo.png", headers: Record<string, string> = {}) {
  return logoRoute(
    new Request(`http://test/api/w/${slug}/settings/logo`, {
      method: "POST",
      body: body.slice(),
      headers: { "X-File-Name": name, ...headers },
    }),
    { params: Promise.resolve({ workspaceSlug: slug }) },
  );
}
const logoId = async (w: string) =>
  (await db.workspaceSettings.findUnique({ where: { workspaceId: w }, select: { logoFileId: true } }))?.logoFileId;
const workspaceFiles = (w: string) => db.storedFile.count({ where: { workspaceId: w, ownerType: "workspace" } });
const sharedLogo = (token: string) =>
  sharedLogoRoute(new Request(`http://test/reports/${token}/logo`), { params: Promise.resolve({ token }) });
const hasImage = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1").includes("/Subtype /Image");

describe("workspace logo", () => {
  it("stores a PNG as the workspace's own file, serves it with its sniffed type, and draws it into the PDF", async () => {
    const A = await world("logo-a");
    actAs(A.owner);
    expect(hasImage((await reportPdf({ workspaceId: A.w, reportId: A.reportId, timeZone: "UTC" })).bytes)).toBe(false);
    const res = await upload(A.slug, await image("png"), "brand.png");
    expect(res.status).toBe(201);
    const id = await logoId(A.w);
    expect(await db.storedFile.findFirst({ where: { workspaceId: A.w, id: id! } })).toMatchObject({
      ownerType: "workspace",
      ownerId: A.w,
      contentType: "image/png",
    });
    const served = await fileRoute(new Request(`http://test/api/w/${A.slug}/files/${id}`), {
      params: Promise.resolve({ workspaceSlug: A.slug, fileId: id! }),
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(hasImage((await reportPdf({ workspaceId: A.w, reportId: A.reportId, timeZone: "UTC" })).bytes)).toBe(true);
  });

  it("refuses other images, non-images and files over 2 MB with a clear message, keeping the logo it had", async () => {
    const A = await world("logo-refuse");
    actAs(A.owner);
    expect((await upload(A.slug, await image("jpeg"), "brand.jpg")).status).toBe(201);
    const kept = await logoId(A.w);
    const gif = await upload(A.slug, await image("gif"), "brand.gif");
    expect(gif.status).toBe(422);
    expect((await gif.json()).error.message).toMatch(/PNG, JPEG or WebP/);
    const html = await upload(A.slug, new TextEncoder().encode("<html><script>alert(1)</script></html>"), "brand.png");
    expect(html.status).toBe(422);
    const big = await upload(A.slug, await image("png"), "big.png", { "Content-Length": String(3 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(await logoId(A.w)).toBe(kept);
    expect(await workspaceFiles(A.w)).toBe(1);
  });

  it("a new logo replaces the old one (its file is deleted); removing it leaves none; WebP is converted for the PDF", async () => {
    const A = await world("logo-replace");
    actAs(A.owner);
    await upload(A.slug, await image("png"), "one.png");
    const first = await logoId(A.w);
    expect((await upload(A.slug, await image("webp"), "two.webp")).status).toBe(201);
    const second = await logoId(A.w);
    expect(second).not.toBe(first);
    expect(await db.storedFile.count({ where: { workspaceId: A.w, id: first! } })).toBe(0);
    expect(hasImage((await reportPdf({ workspaceId: A.w, reportId: A.reportId, timeZone: "UTC" })).bytes)).toBe(true);
    const del = await deleteLogoRoute(new Request(`http://test/api/w/${A.slug}/settings/logo`, { method: "DELETE" }), {
      params: Promise.resolve({ workspaceSlug: A.slug }),
    });
    expect(del.status).toBe(204);
    expect(await logoId(A.w)).toBeNull();
    expect(await workspaceFiles(A.w)).toBe(0);
  });

  it("the shared report's logo route serves only its own workspace's logo, and nothing for a dead link", async () => {
    const A = await world("logo-share-a");
    const B = await world("logo-share-b");
    actAs(A.owner);
    await upload(A.slug, await image("webp"), "a.webp");
    const a = await sharedLogo(A.link.token);
    expect(a.status).toBe(200);
    expect(a.headers.get("content-type")).toBe("image/webp");
    expect(a.headers.get("x-robots-tag")).toContain("noindex");
    // B has no logo: B's token gives nothing, never A's.
    expect((await sharedLogo(B.link.token)).status).toBe(404);
    expect((await sharedLogo("x".repeat(43))).status).toBe(404);
    await revokeShareLink({ workspaceId: A.w, actorId: A.owner.id, linkId: A.link.id });
    expect((await sharedLogo(A.link.token)).status).toBe(404);
  });
});
