// Upload → stored → served, on real Postgres and the local-disk driver (in the temp DATA_DIR that
// setup-file.ts gives each test file): the influencer uploads through the portal route, the token
// holder and workspace members read the file with the right headers, everyone else gets 404 (the
// workspace route's cross-tenant rows are in cross-tenant/cases/storage.ts; the token-gated portal
// routes and draft action are tested across tenants here); spoofed files are refused; caps hold;
// drafts carry their media and the review side sees it.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";

import { reviewDraftAction } from "@/app/(app)/actions/review";
import { respondToInviteAction, saveDraftAction } from "@/app/(portal)/actions";
import { issueInvite, revokeInvite } from "@/lib/collaborations/invite";
import { reviewQueue } from "@/lib/collaborations/review";
import { db } from "@/lib/db";
import { setLogDestination } from "@/lib/log";
import { portalGate } from "@/lib/portal/gate";
import { MEDIA_QUOTA } from "@/lib/portal/media-rules";
import { loadPortal } from "@/lib/portal/view";
import { spoolDir, storage } from "@/lib/storage";
import { deleteWorkspace } from "@/lib/workspaces/crud";

import { COMPLIANT_CAPTION, createInvitedCollaboration, portalToken } from "../fixtures/campaign-factories";
import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { getMemberFile, getPortalFile, sampleMp4, samplePng, upload, uploadOk } from "../fixtures/storage";
import { actAs } from "./session-double";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function tenant() {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ owner });
  const c = await createInvitedCollaboration(workspace.id, owner.id);
  const accepted = await respondToInviteAction(c.token, { decision: "accept" });
  if (!accepted.ok) throw new Error(accepted.error.message);
  return { ...workspace, owner, ...c };
}
type Tenant = Awaited<ReturnType<typeof tenant>>;

let A: Tenant;
let B: Tenant;
let png: Buffer;
beforeEach(async () => {
  [A, B] = await Promise.all([tenant(), tenant()]);
  png ??= await samplePng();
  actAs(A.owner);
});

function expectSafeHeaders(res: Response) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("cache-control")).toMatch(/^private\b/);
  expect(res.headers.get("content-security-policy")).toContain("sandbox");
}

async function filesOnDisk(): Promise<string[]> {
  const root = path.join(process.env.DATA_DIR!, "files");
  return fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.|-/.test(path.basename(f))) : [];
}

describe("upload → stored → served", () => {
  it("stores an image with its sniffed type, hash, size, dimensions and thumbnail, owned by the token's collaboration", async () => {
    const res = await upload(A.token, png, { name: "beach day.png", contentType: "image/gif" /* the client's claim is ignored */ });
    expect(res.status).toBe(201);
    const { file } = (await res.json()) as { file: Record<string, unknown> };
    expect(file).toMatchObject({
      kind: "image",
      contentType: "image/png",
      size: png.length,
      width: 1200,
      height: 800,
      hasThumbnail: true,
      name: "beach day.png",
    });
    const row = await db.storedFile.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: A.id, id: file.id as string } } });
    expect(row).toMatchObject({
      ownerType: "collaboration",
      ownerId: A.collaborationId,
      uploader: "portal",
      uploadedById: null,
      sha256: sha256(png),
      storageKey: `w/${A.id}/${file.id}`,
      thumbnailKey: `w/${A.id}/${file.id}.thumb.webp`,
    });
    expect(await storage().head(row.storageKey)).toEqual({ size: png.length });
    expect(fs.readdirSync(spoolDir())).toEqual([]); // nothing left in scratch space
  });

  it("serves it to the token holder: sniffed type, nosniff, inline, private; and the thumbnail as a ≤640 px WebP", async () => {
    const id = await uploadOk(A.token, png, { name: "beach.html" });
    const res = await getPortalFile(A.token, id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="beach.png"; filename*=UTF-8''beach.png`);
    expect(res.headers.get("content-length")).toBe(String(png.length));
    expectSafeHeaders(res);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);

    const thumb = await getPortalFile(A.token, id, { variant: "thumbnail" });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    expectSafeHeaders(thumb);
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 640, height: 427 });
  });

  it("serves it to workspace members with the collaboration's read permission (owner, viewer, client)", async () => {
    const id = await uploadOk(A.token, png);
    for (const role of ["viewer", "client"] as const) {
      actAs(await addMember(A.id, role));
      const res = await getMemberFile(A.slug, id);
      expect(res.status, role).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expectSafeHeaders(res);
      expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(sha256(png));
    }
    actAs(A.owner);
    expect((await getMemberFile(A.slug, id, { variant: "thumbnail" })).headers.get("content-type")).toBe("image/webp");
  });

  it("answers 304 to a revalidation with the same ETag (the permission is still checked first)", async () => {
    const id = await uploadOk(A.token, png);
    const first = await getMemberFile(A.slug, id);
    const etag = first.headers.get("etag")!;
    expect(etag).toBe(`"${sha256(png)}"`);
    expect((await getMemberFile(A.slug, id, { headers: { "If-None-Match": etag } })).status).toBe(304);
    actAs(B.owner);
    expect((await getMemberFile(A.slug, id, { headers: { "If-None-Match": etag } })).status).toBe(404);
  });
});

describe("who can't read it: always 404", () => {
  let id: string;
  beforeEach(async () => {
    id = await uploadOk(A.token, png);
  });

  it("another workspace's member, with A's slug or with their own", async () => {
    actAs(B.owner);
    const viaA = await getMemberFile(A.slug, id);
    expect(viaA.status).toBe(404);
    const viaB = await getMemberFile(B.slug, id);
    expect(viaB.status).toBe(404);
    expect(await viaB.text()).not.toContain(A.id);
  });

  it("signed out → 401", async () => {
    actAs(null);
    expect((await getMemberFile(A.slug, id)).status).toBe(401);
  });

  it("another collaboration's token, in another workspace or the same one", async () => {
    expect((await getPortalFile(B.token, id)).status).toBe(404);
    const sibling = await createInvitedCollaboration(A.id, A.owner.id, { campaignId: A.campaignId });
    expect((await getPortalFile(sibling.token, id)).status).toBe(404);
    expect((await getPortalFile(sibling.token, id, { variant: "thumbnail" })).status).toBe(404);
  });

  it("a revoked token, an expired token, a re-issued token's old value, and garbage", async () => {
    const revoked = await createInvitedCollaboration(A.id, A.owner.id);
    await respondToInviteAction(revoked.token, { decision: "accept" });
    const rid = await uploadOk(revoked.token, png);
    expect((await getPortalFile(revoked.token, rid)).status).toBe(200);
    await revokeInvite({ workspaceId: A.id, actorId: A.owner.id, collaborationId: revoked.collaborationId });
    expect((await getPortalFile(revoked.token, rid)).status).toBe(404);

    await db.collaboration.updateMany({
      where: { workspaceId: A.id, id: A.collaborationId },
      data: { inviteExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await getPortalFile(A.token, id)).status).toBe(404);
    const { url } = await issueInvite({ workspaceId: A.id, actorId: A.owner.id, collaborationId: A.collaborationId });
    expect((await getPortalFile(A.token, id)).status).toBe(404);
    expect((await getPortalFile(portalToken(url), id)).status).toBe(200);
    expect((await getPortalFile("not-a-token", id)).status).toBe(404);
  });

  it("an id that isn't a file, or a file whose bytes are gone", async () => {
    expect((await getMemberFile(A.slug, "../../etc/passwd")).status).toBe(404);
    expect((await getMemberFile(A.slug, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const row = await db.storedFile.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: A.id, id } },
      select: { storageKey: true },
    });
    await storage().delete(row.storageKey);
    const lines: string[] = [];
    setLogDestination({ write: (l: string) => void lines.push(l) });
    try {
      expect((await getMemberFile(A.slug, id)).status).toBe(404);
    } finally {
      setLogDestination(undefined);
    }
    expect(lines.map((l) => JSON.parse(l) as { level: string; msg: string })).toContainEqual(
      expect.objectContaining({ level: "error", msg: "object missing for a recorded file" }),
    );
  });
});

describe("spoofed and unacceptable files", () => {
  const refused = async (bytes: Uint8Array, name: string) => {
    const before = await db.storedFile.count();
    const disk = await filesOnDisk();
    const res = await upload(A.token, bytes, { name, contentType: "image/png" });
    expect(await db.storedFile.count()).toBe(before);
    expect(await filesOnDisk()).toEqual(disk);
    expect(fs.readdirSync(spoolDir())).toEqual([]);
    return res;
  };

  it.each([
    ["HTML named .png", Buffer.from("<!doctype html><html><body><script>fetch('/api/w/x/members')</script></body></html>")],
    [
      "SVG with a script named .png",
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>'),
    ],
    ["a PDF (not a draft medium)", Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "latin1")],
    ["CSV text (not a draft medium)", Buffer.from("name,handle\nAna,@ana\n")],
  ])("refuses %s with 422 and stores nothing", async (_label, bytes) => {
    const res = await refused(bytes, "photo.png");
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Upload an image .* or a video/);
  });

  it("refuses a GIF header with HTML behind it (a polyglot): it sniffs as GIF but doesn't decode", async () => {
    const res = await refused(Buffer.from("GIF89a/*\x00\x00*/=1;<html><script>alert(1)</script></html>", "latin1"), "x.gif");
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/could not be read/);
  });

  it("caps each kind: an image over 20 MB is refused from its Content-Length once sniffed, before the rest arrives", async () => {
    // Control: the same first 5,000 bytes with their true length get past the cap (and fail to decode).
    expect((await refused(png.subarray(0, 5000), "cut.png")).status).toBe(422);
    const big = await upload(A.token, png.subarray(0, 5000), { contentLength: 21 * 1024 * 1024 });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toMatch(/limit is 20 MB/);
    const huge = await upload(A.token, sampleMp4(5000), { contentLength: 201 * 1024 * 1024 });
    expect(huge.status).toBe(413);
  });

  it("refuses an upload cut off before its Content-Length, and an empty one", async () => {
    expect((await upload(A.token, png, { contentLength: png.length + 10 })).status).toBe(400);
    expect((await upload(A.token, new Uint8Array(0), { contentLength: null })).status).toBe(400);
  });

  it("refuses uploads before the collaboration is accepted, and past the quota", async () => {
    const invited = await createInvitedCollaboration(A.id, A.owner.id);
    expect((await upload(invited.token, png)).status).toBe(409);
    await db.storedFile.createMany({
      data: Array.from({ length: MEDIA_QUOTA.files }, (_, i) => ({
        workspaceId: A.id,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        ownerType: "collaboration" as const,
        ownerId: A.collaborationId,
        kind: "image" as const,
        contentType: "image/png",
        size: 1,
        sha256: "0".repeat(64),
        storageKey: `w/${A.id}/placeholder-${i}`,
        originalName: "x.png",
        uploader: "portal" as const,
      })),
    });
    const res = await upload(A.token, png);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/upload limit/);
  });
});

describe("video", () => {
  it("stores an MP4 without a thumbnail and serves byte ranges for seeking", async () => {
    const mp4 = sampleMp4(100_000);
    const res = await upload(A.token, mp4, { name: "clip.mov" });
    const { file } = (await res.json()) as { file: { id: string; kind: string; contentType: string; hasThumbnail: boolean } };
    expect(file).toMatchObject({ kind: "video", contentType: "video/mp4", hasThumbnail: false });

    const part = await getPortalFile(A.token, file.id, { headers: { Range: "bytes=1000-1999" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 1000-1999/100000");
    expect(part.headers.get("content-length")).toBe("1000");
    expect(part.headers.get("accept-ranges")).toBe("bytes");
    expect(part.headers.get("content-disposition")).toMatch(/^inline; filename="clip\.mp4"/);
    expectSafeHeaders(part);
    expect(Buffer.from(await part.arrayBuffer()).equals(mp4.subarray(1000, 2000))).toBe(true);

    const tail = await getMemberFile(A.slug, file.id, { headers: { Range: "bytes=-10" } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(mp4.subarray(-10))).toBe(true);

    const beyond = await getPortalFile(A.token, file.id, { headers: { Range: "bytes=100000-" } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe("bytes */100000");
    expect((await getPortalFile(A.token, file.id, { variant: "thumbnail" })).status).toBe(404);
    const head = await getPortalFile(A.token, file.id, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("100000");
  });
});

describe("drafts carry their media", () => {
  const draft = (t: Tenant, media: { fileId: string; altText?: string }[], submit = false) =>
    saveDraftAction(t.token, {
      deliverableId: t.deliverableId,
      caption: COMPLIANT_CAPTION,
      platform: "instagram",
      format: "post",
      media,
      submit,
    });

  it("attaches uploads in order with their descriptions; the portal and the review queue show them; versions keep their own", async () => {
    const img = await uploadOk(A.token, png, { name: "look.png" });
    const vid = await uploadOk(A.token, sampleMp4(), { name: "clip.mp4" });
    const v1 = await draft(A, [{ fileId: vid }, { fileId: img, altText: "Serum bottle on a sunny windowsill" }], true);
    expect(v1.ok).toBe(true);

    const queue = await reviewQueue(A.id);
    expect(queue[0]!.media.map((m) => [m.id, m.kind, m.altText])).toEqual([
      [vid, "video", ""],
      [img, "image", "Serum bottle on a sunny windowsill"],
    ]);
    expect(queue[0]!.media[1]).toMatchObject({ hasThumbnail: true, width: 1200, height: 800, contentType: "image/png" });
    expect(JSON.stringify(queue[0])).not.toContain("w/"); // no storage keys reach a page

    const changes = await reviewDraftAction(A.slug, { draftId: queue[0]!.id, decision: "request_changes", comment: "Image first please" });
    expect(changes.ok).toBe(true);
    const v2 = await draft(A, [{ fileId: img, altText: "Serum bottle, close-up" }], true);
    expect(v2.ok && v2.data.version).toBe(2);
    // The queue shows version 2 beside version 1, each with its own media.
    const [item] = await reviewQueue(A.id);
    expect(item!.version).toBe(2);
    expect(item!.media.map((m) => m.altText)).toEqual(["Serum bottle, close-up"]);
    expect(item!.previous?.version).toBe(1);
    expect(item!.previous?.media.map((m) => m.kind)).toEqual(["video", "image"]);
    const view = await loadPortal(await portalGate(A.token));
    const [latest, previous] = view.deliverables[0]!.drafts;
    expect(latest!.media.map((m) => [m.id, m.altText])).toEqual([[img, "Serum bottle, close-up"]]);
    expect(previous!.media.map((m) => [m.id, m.altText])).toEqual([
      [vid, ""],
      [img, "Serum bottle on a sunny windowsill"],
    ]);
  });

  it("refuses another collaboration's file id (any workspace) and changes nothing", async () => {
    const foreign = await uploadOk(B.token, png);
    const sibling = await createInvitedCollaboration(A.id, A.owner.id, { campaignId: A.campaignId });
    await respondToInviteAction(sibling.token, { decision: "accept" });
    const siblingFile = await uploadOk(sibling.token, png);
    for (const fileId of [foreign, siblingFile, "not-a-file"]) {
      const r = await draft(A, [{ fileId }]);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe("NOT_FOUND");
    }
    expect(await db.contentDraft.count({ where: { workspaceId: A.id, collaborationId: A.collaborationId } })).toBe(0);
    expect(await db.draftMedia.count({ where: { workspaceId: A.id } })).toBe(0);
  });

  it("refuses the same file twice and more than 10 files", async () => {
    const img = await uploadOk(A.token, png);
    const twice = await draft(A, [{ fileId: img }, { fileId: img }]);
    expect(!twice.ok && twice.error.code).toBe("BAD_REQUEST");
    const many = await draft(
      A,
      Array.from({ length: 11 }, (_, i) => ({ fileId: `f${i}` })),
    );
    expect(!many.ok && many.error.code).toBe("BAD_REQUEST");
  });
});

describe("deleting a workspace", () => {
  it("removes its files' objects too, and nobody else's", async () => {
    const a = await uploadOk(A.token, png);
    const b = await uploadOk(B.token, png);
    const keysOf = async (workspaceId: string, id: string) =>
      db.storedFile.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId, id } }, select: { storageKey: true, thumbnailKey: true } });
    const [ka, kb] = [await keysOf(A.id, a), await keysOf(B.id, b)];
    await deleteWorkspace({ workspaceId: A.id, slug: A.slug, confirm: A.slug });
    expect(await storage().head(ka.storageKey)).toBeNull();
    expect(await storage().head(ka.thumbnailKey!)).toBeNull();
    expect(await storage().head(kb.storageKey)).toEqual({ size: png.length });
    expect(await storage().head(kb.thumbnailKey!)).not.toBeNull();
  });
});

// The portal has no session and no slug, so the slug-based harness doesn't apply: these are its
// cross-tenant cases, with both tenants' files, media, drafts and stored objects compared.
describe("portal routes and the draft action across tenants: A's token never reaches B", () => {
  let bFile: string;
  let bPng: Buffer;
  beforeEach(async () => {
    bPng = await samplePng(300, 200, 66);
    bFile = await uploadOk(B.token, bPng, { name: "b-secret.png" });
    const saved = await saveDraftAction(B.token, {
      deliverableId: B.deliverableId,
      caption: COMPLIANT_CAPTION,
      platform: "instagram",
      format: "post",
      media: [{ fileId: bFile, altText: "B's alt text" }],
    });
    if (!saved.ok) throw new Error(saved.error.message);
  });

  async function snapshot(t: Tenant) {
    const [files, media, drafts] = await Promise.all([
      db.storedFile.findMany({ where: { workspaceId: t.id }, orderBy: { id: "asc" } }),
      db.draftMedia.findMany({ where: { workspaceId: t.id }, orderBy: [{ draftId: "asc" }, { position: "asc" }] }),
      db.contentDraft.findMany({
        where: { workspaceId: t.id },
        orderBy: { id: "asc" },
        select: { id: true, version: true, updatedAt: true },
      }),
    ]);
    const dir = path.join(process.env.DATA_DIR!, "files", "w", t.id);
    return { files, media, drafts, objects: fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [] };
  }

  it("GET app/(portal)/i/[token]/files/[fileId] with B's file id → 404 without B's bytes; A and B unchanged", async () => {
    const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
    for (const variant of [undefined, "thumbnail"] as const) {
      const res = await getPortalFile(A.token, bFile, { variant });
      expect(res.status).toBe(404);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.includes(bPng.subarray(100, 200))).toBe(false);
      expect(body.toString()).not.toMatch(new RegExp(`${B.id}|b-secret`));
    }
    expect((await getPortalFile(B.token, bFile)).status).toBe(200); // control
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });

  it("POST app/(portal)/i/[token]/files stores into A's collaboration only; B unchanged", async () => {
    const b = await snapshot(B);
    const id = await uploadOk(A.token, png, { name: "new.png" });
    expect(await db.storedFile.findFirst({ where: { id }, select: { workspaceId: true, ownerId: true } })).toEqual({
      workspaceId: A.id,
      ownerId: A.collaborationId,
    });
    expect(await snapshot(B)).toEqual(b);
  });

  it("saveDraftAction with B's file id → NOT_FOUND; A and B unchanged", async () => {
    const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
    const r = await saveDraftAction(A.token, {
      deliverableId: A.deliverableId,
      caption: COMPLIANT_CAPTION,
      platform: "instagram",
      format: "post",
      media: [{ fileId: bFile, altText: "" }],
    });
    expect(!r.ok && r.error.code).toBe("NOT_FOUND");
    expect(JSON.stringify(r)).not.toContain(B.id);
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });
});
