// Cross-tenant suite for stored files. Workspace route (GET a file or its thumbnail), acting as the
// owner of workspace A: B's slug → 404; A's slug with B's file id → 404; signed out → 401; a slug
// nobody has → 404; both tenants unchanged, and the control (A's slug, A's file) serves the bytes.
// Portal routes and the draft action take a token instead of a session: A's token with B's file ids
// → 404 / NOT_FOUND, an upload with A's token lands in A only, and nothing of B changes.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { beforeEach, describe, expect, it, vi } from "vitest";

import { respondToInviteAction, saveDraftAction } from "@/app/(portal)/actions";
import { db } from "@/lib/db";

import { COMPLIANT_CAPTION, createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { getMemberFile, getPortalFile, samplePng, upload, uploadOk } from "../fixtures/storage";
import { actAs } from "./session-double";

await vi.hoisted(async () => {
  const [nodeFs, nodeOs, nodePath] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  process.env.DATA_DIR = nodeFs.mkdtempSync(nodePath.join(nodeOs.tmpdir(), "storage-xt-"));
});

const uid = () => randomBytes(4).toString("hex");

async function createTenant(label: string) {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ name: `Tenant ${label}`, owner });
  const c = await createInvitedCollaboration(workspace.id, owner.id);
  await respondToInviteAction(c.token, { decision: "accept" });
  const png = await samplePng(300, 200, label.charCodeAt(0));
  const fileId = await uploadOk(c.token, png, { name: `secret-${label}.png` });
  const saved = await saveDraftAction(c.token, {
    deliverableId: c.deliverableId,
    caption: COMPLIANT_CAPTION,
    platform: "instagram",
    format: "post",
    media: [{ fileId, altText: `Alt text of ${label}` }],
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return { ...workspace, owner, ...c, fileId, draftId: saved.data.id, png };
}
type Tenant = Awaited<ReturnType<typeof createTenant>>;

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
  const objects = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  return { files, media, drafts, objects };
}

function secretsOf(t: Tenant): string[] {
  return [t.id, t.slug, t.name, t.fileId, t.collaborationId, t.draftId, `secret-${t.name.slice(-1)}`, `Alt text of ${t.name.slice(-1)}`];
}

type Outcome = { status: number; text: string; bytes: Buffer };
async function outcome(res: Response): Promise<Outcome> {
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, text: bytes.toString("latin1"), bytes };
}

const FILE_ROUTE = "app/api/w/[workspaceSlug]/files/[fileId]/route.ts";

type Case = { covers: string; call: (slug: string, ids: Tenant) => Promise<Outcome>; expectBytes: (t: Tenant) => Buffer | null };
export const CASES: Case[] = [
  {
    covers: `${FILE_ROUTE} GET`,
    call: async (slug, t) => outcome(await getMemberFile(slug, t.fileId)),
    expectBytes: (t) => t.png,
  },
  {
    covers: `${FILE_ROUTE} GET (thumbnail)`,
    call: async (slug, t) => outcome(await getMemberFile(slug, t.fileId, { variant: "thumbnail" })),
    expectBytes: () => null,
  },
];

let A: Tenant;
let B: Tenant;
beforeEach(async () => {
  A = await createTenant("A");
  B = await createTenant("B");
  actAs(A.owner);
});

function expectNoLeak(o: Outcome, other: Tenant) {
  for (const s of secretsOf(other)) expect(o.text, `response mentions ${s} of the other tenant`).not.toContain(s);
  expect(o.bytes.includes(other.png.subarray(100, 200)), "response carries the other tenant's bytes").toBe(false);
}

describe.each(CASES)("$covers", (c) => {
  it("control: serves A's file to A's owner, and nothing of B", async () => {
    const o = await c.call(A.slug, A);
    expect(o.status).toBe(200);
    const expected = c.expectBytes(A);
    if (expected) expect(o.bytes.equals(expected)).toBe(true);
    expectNoLeak(o, B);
  });

  it("B's slug → 404; A and B unchanged", async () => {
    const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
    const o = await c.call(B.slug, B);
    expect(o.status).toBe(404);
    expectNoLeak(o, B);
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });

  it("A's slug with B's file id → 404; A and B unchanged", async () => {
    const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
    const o = await c.call(A.slug, B);
    expect(o.status).toBe(404);
    expectNoLeak(o, B);
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });

  it("signed out → 401; nothing changes", async () => {
    actAs(null);
    const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
    const o = await c.call(A.slug, A);
    expect(o.status).toBe(401);
    expectNoLeak(o, A);
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });

  it("a slug that belongs to nobody → 404", async () => {
    expect((await c.call(`no-such-${uid()}`, A)).status).toBe(404);
  });
});

// The portal side: no session and no slug, the token is the credential (the cross-tenant meta-test
// lists these as token-gated; they are tested here).
describe("portal file routes and the draft action, with A's token", () => {
  it("control: A's token reads A's file and its thumbnail", async () => {
    expect((await getPortalFile(A.token, A.fileId)).status).toBe(200);
    expect((await getPortalFile(A.token, A.fileId, { variant: "thumbnail" })).status).toBe(200);
  });

  it("GET app/(portal)/i/[token]/files/[fileId] with B's file id → 404; nothing changes", async () => {
    const [a, b] = await Promise.all([snapshot(A), snapshot(B)]);
    for (const variant of [undefined, "thumbnail"] as const) {
      const o = await outcome(await getPortalFile(A.token, B.fileId, { variant }));
      expect(o.status).toBe(404);
      expectNoLeak(o, B);
    }
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });

  it("POST app/(portal)/i/[token]/files stores into A's collaboration only; B unchanged", async () => {
    const b = await snapshot(B);
    const res = await upload(A.token, A.png, { name: "new.png" });
    expect(res.status).toBe(201);
    const { file } = (await res.json()) as { file: { id: string } };
    expect(await db.storedFile.findFirst({ where: { id: file.id }, select: { workspaceId: true, ownerId: true } })).toEqual({
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
      media: [{ fileId: B.fileId, altText: "" }],
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe("NOT_FOUND");
    expect(JSON.stringify(r)).not.toContain(B.id);
    expect(await snapshot(A)).toEqual(a);
    expect(await snapshot(B)).toEqual(b);
  });
});
