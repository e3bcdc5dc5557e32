// Cross-tenant tests for every outreach route and action. Acting as the owner of workspace A:
// B's slug → NOT_FOUND; A's slug with B's record ids → NOT_FOUND; and B's outreach rows unchanged.
// A control call with A's own ids succeeds, so the refusals are for the right reason.
import { beforeEach, describe, expect, it, vi } from "vitest";

import {
  addNoteAction,
  addToPipelineAction,
  cancelMessageAction,
  deleteTemplateAction,
  dismissFollowUpAction,
  logReplyAction,
  moveStageAction,
  queueMessagesAction,
  retryMessageAction,
  saveTemplateAction,
  updateSenderIdentityAction,
} from "@/app/(app)/actions/outreach";
import { POST as optOutPost } from "@/app/api/outreach/opt-out/route";
import { GET as getFollowUps } from "@/app/api/w/[workspaceSlug]/outreach/follow-ups/route";
import { GET as getTimeline } from "@/app/api/w/[workspaceSlug]/outreach/timeline/route";
import { authSecret } from "@/lib/auth/secret";
import type { ActionResult } from "@/lib/auth/workspace-action";
import { db } from "@/lib/db";
import { signOptOutToken } from "@/lib/outreach/opt-out-token";

import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { createInfluencer, goodBody, POST_URL, setSenderIdentity } from "../fixtures/outreach";
import { OUTREACH_COVERS } from "./cross-tenant-outreach.covers";
import { actAs } from "./session-double";

vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

async function tenant(label: string) {
  const owner = await createUser({ name: `Owner ${label}` });
  const { workspace } = await createWorkspaceWith({ owner, name: `Tenant ${label}` });
  await setSenderIdentity(workspace.id);
  const inf = await createInfluencer(workspace.id, { name: `Sarah ${label}` });
  const template = await db.outreachTemplate.create({
    data: { workspaceId: workspace.id, name: `T ${label}`, subject: "S", body: "B" },
    select: { id: true },
  });
  const base = {
    workspaceId: workspace.id,
    influencerId: inf.id,
    toEmail: inf.email!,
    subject: `Secret subject ${label}`,
    body: `Secret body ${label}`,
    lintScore: 100,
  };
  const sent = await db.outreachMessage.create({
    data: { ...base, status: "sent", sentAt: new Date(Date.now() - 10 * 86_400_000) },
    select: { id: true },
  });
  const scheduled = await db.outreachMessage.create({
    data: { ...base, status: "scheduled", scheduledAt: new Date(Date.now() + 86_400_000) },
    select: { id: true },
  });
  const failed = await db.outreachMessage.create({ data: { ...base, status: "failed", lastError: "x" }, select: { id: true } });
  const entry = await db.pipelineEntry.create({
    data: { workspaceId: workspace.id, influencerId: inf.id, stage: "contacted" },
    select: { id: true },
  });
  return { ...workspace, owner, inf, template, sent, scheduled, failed, entry };
}
type Tenant = Awaited<ReturnType<typeof tenant>>;

async function snapshot(t: Tenant) {
  const where = { workspaceId: t.id };
  const [settings, templates, messages, replies, pipeline, timeline, optOuts, audit] = await Promise.all([
    db.workspaceSettings.findUnique({ where: { workspaceId: t.id } }),
    db.outreachTemplate.findMany({ where, orderBy: { id: "asc" } }),
    db.outreachMessage.findMany({ where, orderBy: { id: "asc" } }),
    db.outreachReply.count({ where }),
    db.pipelineEntry.findMany({ where, orderBy: { id: "asc" } }),
    db.timelineEvent.count({ where }),
    db.optOut.count({ where }),
    db.auditLog.count({ where }),
  ]);
  return { settings, templates, messages, replies, pipeline, timeline, optOuts, audit };
}

type Outcome = { code: string; status: number; body: unknown };
const fromAction = (r: ActionResult<unknown>): Outcome =>
  r.ok ? { code: "OK", status: 200, body: r.data } : { code: r.error.code, status: 0, body: r.error };
async function fromResponse(res: Response): Promise<Outcome> {
  const body = (await res.json()) as { error?: { code: string } };
  return { code: body.error?.code ?? (res.ok ? "OK" : `HTTP_${res.status}`), status: res.status, body };
}
type Handler = (req: Request, ctx: { params: Promise<{ workspaceSlug: string }> }) => Promise<Response>;
const route = (h: Handler, slug: string, path: string) =>
  h(new Request(`http://test/api/w/${slug}/outreach${path}`), { params: Promise.resolve({ workspaceSlug: slug }) }).then(fromResponse);

const IDENTITY = {
  fromName: "Sam",
  fromAddress: "sam@brand.test",
  replyTo: "",
  brandName: "Glow Labs",
  brandLinks: ["glowlabs.com"],
  brandIntro: "",
  postalAddress: "1 Main St, Springfield",
  dailySendLimit: 50,
  followUpDays: 4,
};

const CASES: { name: string; foreignIds: boolean; call: (slug: string, t: Tenant) => Promise<Outcome> }[] = [
  { name: "updateSenderIdentityAction", foreignIds: false, call: async (s) => fromAction(await updateSenderIdentityAction(s, IDENTITY)) },
  {
    name: "saveTemplateAction (create)",
    foreignIds: false,
    call: async (s) => fromAction(await saveTemplateAction(s, { name: "New", subject: "Hi", body: "Hello {{first_name}}" })),
  },
  {
    name: "saveTemplateAction (update)",
    foreignIds: true,
    call: async (s, t) => fromAction(await saveTemplateAction(s, { id: t.template.id, name: "Renamed", subject: "Hi", body: "Hello" })),
  },
  {
    name: "deleteTemplateAction",
    foreignIds: true,
    call: async (s, t) => fromAction(await deleteTemplateAction(s, { id: t.template.id })),
  },
  {
    name: "queueMessagesAction",
    foreignIds: true,
    call: async (s, t) =>
      fromAction(
        await queueMessagesAction(s, {
          messages: [
            { influencerId: t.inf.id, subject: "Paid reel?", body: goodBody("Sarah"), recentPostUrl: POST_URL, overrideReason: "test" },
          ],
        }),
      ),
  },
  {
    name: "queueMessagesAction (template)",
    foreignIds: true,
    call: async (s, t) =>
      fromAction(
        await queueMessagesAction(s, {
          templateId: t.template.id,
          messages: [{ influencerId: A.inf.id, subject: "x", body: goodBody("Sarah"), overrideReason: "test" }],
        }),
      ),
  },
  {
    name: "queueMessagesAction (follow-up)",
    foreignIds: true,
    call: async (s, t) =>
      fromAction(
        await queueMessagesAction(s, {
          kind: "follow_up",
          parentId: t.sent.id,
          messages: [{ influencerId: A.inf.id, subject: "Re", body: goodBody("Sarah"), overrideReason: "test" }],
        }),
      ),
  },
  {
    name: "cancelMessageAction",
    foreignIds: true,
    call: async (s, t) => fromAction(await cancelMessageAction(s, { messageId: t.scheduled.id })),
  },
  {
    name: "retryMessageAction",
    foreignIds: true,
    call: async (s, t) => fromAction(await retryMessageAction(s, { messageId: t.failed.id })),
  },
  {
    name: "moveStageAction",
    foreignIds: true,
    call: async (s, t) => fromAction(await moveStageAction(s, { entryId: t.entry.id, stage: "agreed" })),
  },
  {
    name: "addToPipelineAction",
    foreignIds: true,
    call: async (s, t) => fromAction(await addToPipelineAction(s, { influencerIds: [t.inf.id] })),
  },
  {
    name: "logReplyAction",
    foreignIds: true,
    call: async (s, t) => fromAction(await logReplyAction(s, { influencerId: t.inf.id, messageId: t.sent.id, body: "Sounds good!" })),
  },
  {
    name: "logReplyAction (A's influencer, B's message)",
    foreignIds: true,
    call: async (s, t) => fromAction(await logReplyAction(s, { influencerId: A.inf.id, messageId: t.sent.id, body: "Sounds good!" })),
  },
  {
    name: "dismissFollowUpAction",
    foreignIds: true,
    call: async (s, t) => fromAction(await dismissFollowUpAction(s, { messageId: t.sent.id })),
  },
  {
    name: "addNoteAction",
    foreignIds: true,
    call: async (s, t) => fromAction(await addNoteAction(s, { influencerId: t.inf.id, body: "A note" })),
  },
  {
    name: "GET outreach/timeline",
    foreignIds: true,
    call: (s, t) => route(getTimeline as Handler, s, `/timeline?influencerId=${t.inf.id}`),
  },
  { name: "GET outreach/follow-ups", foreignIds: false, call: (s) => route(getFollowUps as Handler, s, "/follow-ups") },
];

let A: Tenant;
let B: Tenant;
beforeEach(async () => {
  A = await tenant("A");
  B = await tenant("B");
  actAs(A.owner);
});

function expectNoLeak(out: Outcome, t: Tenant) {
  const text = JSON.stringify(out.body ?? null);
  for (const s of [t.id, t.slug, t.inf.id, t.inf.email!, t.sent.id, t.template.id, "Secret subject B", "Secret body B"])
    expect(text).not.toContain(s);
}

describe.each(CASES)("$name", (c) => {
  it("control: A's slug and A's ids work", async () => {
    const out = await c.call(A.slug, A);
    expect(out.code, JSON.stringify(out.body)).toBe("OK");
    expectNoLeak(out, B);
  });

  it("B's slug → NOT_FOUND; B unchanged", async () => {
    const before = await snapshot(B);
    const out = await c.call(B.slug, B);
    expect(out.code).toBe("NOT_FOUND");
    if (out.status) expect(out.status).toBe(404);
    expectNoLeak(out, B);
    expect(await snapshot(B)).toEqual(before);
  });

  if (c.foreignIds)
    it("A's slug with B's ids → NOT_FOUND; A and B unchanged", async () => {
      const [beforeA, beforeB] = await Promise.all([snapshot(A), snapshot(B)]);
      const out = await c.call(A.slug, B);
      expect(out.code).toBe("NOT_FOUND");
      if (out.status) expect(out.status).toBe(404);
      expectNoLeak(out, B);
      expect(await snapshot(B)).toEqual(beforeB);
      expect(await snapshot(A)).toEqual(beforeA);
    });

  it("signed out → UNAUTHORIZED", async () => {
    actAs(null);
    const out = await c.call(A.slug, A);
    expect(out.code).toBe("UNAUTHORIZED");
  });
});

describe("coverage", () => {
  it("every action exported by actions/outreach.ts and every outreach route method is a case here and listed in OUTREACH_COVERS", async () => {
    const actions = Object.keys(await import("@/app/(app)/actions/outreach")).map((n) => `app/(app)/actions/outreach.ts#${n}`);
    const tested = new Set(CASES.map((c) => c.name.replace(/ \(.*\)$/, "")));
    for (const a of actions) expect(tested.has(a.split("#")[1]!), a).toBe(true);
    const routes = ["timeline", "follow-ups"].map((r) => `app/api/w/[workspaceSlug]/outreach/${r}/route.ts GET`);
    expect([...OUTREACH_COVERS].sort()).toEqual([...actions, ...routes].sort());
  });
});

describe("public opt-out link", () => {
  const post = (token: string, body = "") =>
    optOutPost(
      new Request(`http://test/api/outreach/opt-out?token=${encodeURIComponent(token)}`, {
        method: "POST",
        body,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );

  it("a token signed for A opts the address out of A only (one-click → 200)", async () => {
    const beforeB = await snapshot(B);
    const res = await post(signOptOutToken(authSecret(), A.id, A.inf.email!), "List-Unsubscribe=One-Click");
    expect(res.status).toBe(200);
    expect(await db.optOut.count({ where: { workspaceId: A.id } })).toBe(1);
    expect(await snapshot(B)).toEqual(beforeB);
  });

  it("a token for A's address re-pointed at B's workspace id is refused and changes nothing", async () => {
    const good = signOptOutToken(authSecret(), A.id, A.inf.email!);
    const forged = [Buffer.from(B.id).toString("base64url"), ...good.split(".").slice(1)].join(".");
    const [beforeA, beforeB] = await Promise.all([snapshot(A), snapshot(B)]);
    const res = await post(forged, "List-Unsubscribe=One-Click");
    expect(res.status).toBe(400);
    expect(await snapshot(A)).toEqual(beforeA);
    expect(await snapshot(B)).toEqual(beforeB);
  });

  it("the confirm form posts back to the page with done=1; GET never opts out", async () => {
    const token = signOptOutToken(authSecret(), A.id, A.inf.email!);
    const { GET } = await import("@/app/api/outreach/opt-out/route");
    const get = await GET(new Request(`http://test/api/outreach/opt-out?token=${encodeURIComponent(token)}`));
    expect(get.status).toBe(303);
    expect(await db.optOut.count({ where: { workspaceId: A.id } })).toBe(0);
    const res = await post(token);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/\/opt-out\?token=.*&done=1$/);
    expect(await db.optOut.count({ where: { workspaceId: A.id } })).toBe(1);
  });
});
