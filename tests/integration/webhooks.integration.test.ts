// Outbound webhooks on a real Postgres, delivered to a real receiver on 127.0.0.1 (the loopback
// switch on, as for local development): events are emitted in their change's transaction (a rolled
// back change sends nothing), fanned out to subscribed endpoints only, signed so the standardwebhooks
// reference verifier accepts them, retried on the documented schedule with a stable webhook-id,
// redelivered by hand, and an endpoint failing for days is disabled with mail to the admins. SSRF:
// every refused URL — by literal or through a stubbed DNS answer — is refused before any connection
// (the stub transport is never called). No traffic leaves 127.0.0.1.
import http from "node:http";
import type { AddressInfo } from "node:net";

import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { createPost } from "@/lib/posts/records";
import { addSnapshot } from "@/lib/posts/snapshots";
import {
  attemptDelivery,
  DISABLE_AFTER_MS,
  MAX_ATTEMPTS,
  RETRY_DELAYS_MS,
  unsafeDispatchPendingEvents,
  unsafeDueDeliveries,
} from "@/lib/webhooks/delivery";
import {
  createEndpoint,
  listDeliveries,
  listEndpoints,
  redeliver,
  rotateEndpointSecret,
  SECRET_GRACE_MS,
  updateEndpoint,
} from "@/lib/webhooks/endpoints";
import { emitEvent } from "@/lib/webhooks/events";
import { checkDestination, sendWebhook, type Resolver, type Transport } from "@/lib/webhooks/outbound";
import { sign, verify } from "@/lib/webhooks/signing";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";

// ---------- a local receiver ----------

type Received = { headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let answers: number[] = [];
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      if (req.url === "/hang") return; // never answers
      if (req.url === "/huge") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("x".repeat(5 * 1024 * 1024));
        return;
      }
      res.writeHead(answers.shift() ?? 200);
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  received.length = 0;
  answers = [];
});

const LOOP = { allowLoopback: true };
const never: Transport = vi.fn(async () => {
  throw new Error("no connection may be attempted");
});

async function workspace() {
  const owner = await createUser();
  const { workspace: w } = await createWorkspaceWith({ owner });
  const admin = await addMember(w.id, "admin");
  const member = await addMember(w.id, "member");
  const c = await createInvitedCollaboration(w.id, owner.id);
  return { w: w.id, owner, admin, member, collaborationId: c.collaborationId };
}

/** Fans out what is pending and returns this workspace's new deliveries. */
async function dispatch(workspaceId: string, now = new Date()) {
  const made = await unsafeDispatchPendingEvents(now);
  return made.filter((d) => d.workspaceId === workspaceId);
}

const NO_COUNTS = {
  views: null,
  reach: null,
  impressions: null,
  likes: null,
  comments: null,
  saves: null,
  shares: null,
  replies: null,
  clicks: null,
  avgWatchPct: null,
  frameViews: [],
};

const clockAt = (t: Date) => () => t;

const endpointState = (workspaceId: string, id: string) =>
  db.webhookEndpoint.findFirstOrThrow({
    where: { workspaceId, id },
    select: { enabled: true, failingSince: true, consecutiveFailures: true, disabledAt: true, disabledReason: true },
  });

describe("emitting in the transaction of the change", () => {
  it("a rolled-back transaction leaves no event and nothing to deliver; a committed one is fanned out to subscribers only", async () => {
    const t = await workspace();
    const other = await workspace();
    const sub = await createEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { url: `${base}/a`, description: "", events: ["draft.submitted"] },
      ...LOOP,
    });
    const notSub = await createEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { url: `${base}/b`, description: "", events: ["post.live"] },
      ...LOOP,
    });
    const off = await createEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { url: `${base}/c`, description: "", events: ["draft.submitted"] },
      ...LOOP,
    });
    await updateEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { endpointId: off.id, url: `${base}/c`, description: "", events: ["draft.submitted"], enabled: false },
      ...LOOP,
    });
    const foreign = await createEndpoint({
      workspaceId: other.w,
      actorId: other.owner.id,
      input: { url: `${base}/d`, description: "", events: ["draft.submitted"] },
      ...LOOP,
    });

    await expect(
      db.$transaction(async (tx) => {
        await emitEvent(tx, t.w, "draft.submitted", { draftId: "rolled-back" });
        throw new Error("the change fails after emitting");
      }),
    ).rejects.toThrow(/the change fails/);
    expect(await db.outboundEvent.count({ where: { workspaceId: t.w } })).toBe(0);
    expect(await dispatch(t.w)).toEqual([]);

    await db.$transaction((tx) => emitEvent(tx, t.w, "draft.submitted", { draftId: "d1" }));
    const made = await dispatch(t.w);
    expect(made).toHaveLength(1);
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { workspaceId: t.w, id: made[0]!.id }, select: { endpointId: true } });
    expect(d.endpointId).toBe(sub.id);
    for (const id of [notSub.id, off.id]) expect(await db.webhookDelivery.count({ where: { workspaceId: t.w, endpointId: id } })).toBe(0);
    expect(await db.webhookDelivery.count({ where: { workspaceId: other.w, endpointId: foreign.id } })).toBe(0);
    // Dispatched once: a second sweep makes nothing more.
    expect(await dispatch(t.w)).toEqual([]);
  });

  it("services emit: a recorded post is post.live, its numbers metrics.updated; a refused duplicate emits nothing", async () => {
    const t = await workspace();
    const post = await createPost({
      workspaceId: t.w,
      collaborationId: t.collaborationId,
      actorId: t.owner.id,
      input: { url: "https://www.instagram.com/p/ABC123/", platform: "instagram", format: "post", deliverableId: null, postedAt: null },
    });
    await addSnapshot({
      workspaceId: t.w,
      actorId: t.owner.id,
      postId: post.id,
      source: "manual",
      capturedAt: new Date("2026-11-20T10:00:00Z"),
      counts: { ...NO_COUNTS, likes: 10 },
    });
    await expect(
      createPost({
        workspaceId: t.w,
        collaborationId: t.collaborationId,
        actorId: t.owner.id,
        input: { url: "https://www.instagram.com/p/ABC123/", platform: "instagram", format: "post", deliverableId: null, postedAt: null },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const events = await db.outboundEvent.findMany({
      where: { workspaceId: t.w },
      orderBy: { createdAt: "asc" },
      select: { type: true, data: true },
    });
    expect(events.map((e) => e.type)).toEqual(["post.live", "metrics.updated"]);
    expect(events[0]!.data).toMatchObject({ postId: post.id, collaborationId: t.collaborationId, platform: "instagram" });
    expect(events[1]!.data).toMatchObject({ postId: post.id, source: "manual", capturedAt: "2026-11-20T10:00:00.000Z" });
  });
});

describe("delivery", () => {
  it("signs so the reference verifier accepts, retries 500s on the schedule with the same webhook-id, and succeeds", async () => {
    const t = await workspace();
    const ep = await createEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { url: `${base}/in`, description: "", events: ["contract.signed"] },
      ...LOOP,
    });
    await db.$transaction((tx) => emitEvent(tx, t.w, "contract.signed", { contractId: "c1", party: "brand" }));
    const t0 = new Date();
    const [d] = await dispatch(t.w, t0);
    answers = [500, 503];

    const r1 = await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: 0 }, { now: clockAt(t0), ...LOOP });
    expect(r1).toMatchObject({ outcome: "retry", attempts: 1 });
    if (r1.outcome !== "retry") throw new Error("unreachable");
    expect(r1.nextAttemptAt.getTime() - t0.getTime()).toBe(RETRY_DELAYS_MS[0]);
    // Not yet due: a second worker holding the same attempt does nothing, and neither does an early one.
    expect(await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: 0 }, { now: clockAt(t0), ...LOOP })).toEqual({
      outcome: "skipped",
    });
    expect(await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: 1 }, { now: clockAt(t0), ...LOOP })).toEqual({
      outcome: "skipped",
    });

    const r2 = await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: 1 }, { now: clockAt(r1.nextAttemptAt), ...LOOP });
    expect(r2).toMatchObject({ outcome: "retry", attempts: 2 });
    if (r2.outcome !== "retry") throw new Error("unreachable");
    expect(r2.nextAttemptAt.getTime() - r1.nextAttemptAt.getTime()).toBe(RETRY_DELAYS_MS[1]);
    const mid = await endpointState(t.w, ep.id);
    expect(mid).toMatchObject({ consecutiveFailures: 2, enabled: true });
    expect(mid.failingSince).not.toBeNull();

    const r3 = await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: 2 }, { now: clockAt(r2.nextAttemptAt), ...LOOP });
    expect(r3).toEqual({ outcome: "succeeded", status: 200 });
    expect(received).toHaveLength(3);
    const ids = new Set(received.map((r) => r.headers["webhook-id"]));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^msg_/);
    expect(new Set(received.map((r) => r.headers["webhook-timestamp"])).size).toBe(3);
    expect(new Set(received.map((r) => r.body)).size).toBe(1);

    // Verified with the secret shown at creation, by the reference implementation (its clock: the last attempt's).
    vi.useFakeTimers({ now: r2.nextAttemptAt, toFake: ["Date"] });
    try {
      const last = received[2]!;
      const payload = new Webhook(ep.secret).verify(last.body, last.headers as Record<string, string>);
      expect(payload).toMatchObject({ type: "contract.signed", data: { contractId: "c1", party: "brand" } });
      expect(last.headers["content-type"]).toBe("application/json");
    } finally {
      vi.useRealTimers();
    }

    const row = await db.webhookDelivery.findFirstOrThrow({ where: { workspaceId: t.w, id: d!.id } });
    expect(row).toMatchObject({ status: "succeeded", attempts: 3, responseStatus: 200, nextAttemptAt: null, error: null });
    expect(row.durationMs).toBeGreaterThanOrEqual(0);
    expect(await endpointState(t.w, ep.id)).toMatchObject({ consecutiveFailures: 0, failingSince: null });
  });

  it("gives up after the last scheduled attempt (about 31.6 hours), then a redelivery sends the same webhook-id again", async () => {
    const t = await workspace();
    const ep = await createEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { url: `${base}/in`, description: "", events: ["draft.approved"] },
      ...LOOP,
    });
    await db.$transaction((tx) => emitEvent(tx, t.w, "draft.approved", { draftId: "d9" }));
    let at = new Date();
    const start = at;
    const [d] = await dispatch(t.w, at);
    answers = Array<number>(MAX_ATTEMPTS).fill(500);
    let res;
    for (let n = 0; n < MAX_ATTEMPTS; n++) {
      res = await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: n }, { now: clockAt(at), ...LOOP });
      if (res.outcome === "retry") at = res.nextAttemptAt;
    }
    expect(res).toMatchObject({ outcome: "failed", endpointDisabled: false });
    expect((at.getTime() - start.getTime()) / 3_600_000).toBeCloseTo(31.6, 1);
    expect(received).toHaveLength(MAX_ATTEMPTS);
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { workspaceId: t.w, id: d!.id } })).toMatchObject({
      status: "failed",
      attempts: 8,
      responseStatus: 500,
      nextAttemptAt: null,
    });

    const again = await redeliver({ workspaceId: t.w, actorId: t.owner.id, deliveryId: d!.id });
    expect(again.id).not.toBe(d!.id);
    expect((await unsafeDueDeliveries()).map((x) => x.id)).toContain(again.id);
    expect(await attemptDelivery({ workspaceId: t.w, deliveryId: again.id, attempts: 0 }, LOOP)).toEqual({
      outcome: "succeeded",
      status: 200,
    });
    expect(received.at(-1)!.headers["webhook-id"]).toBe(received[0]!.headers["webhook-id"]);
    const log = await listDeliveries(t.w, [ep.id]);
    expect(log.map((l) => [l.status, l.redelivery])).toEqual([
      ["succeeded", true],
      ["failed", false],
    ]);

    // Another workspace's delivery id is not found; nothing is made.
    const other = await workspace();
    await expect(redeliver({ workspaceId: other.w, actorId: other.owner.id, deliveryId: d!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.webhookDelivery.count({ where: { workspaceId: t.w } })).toBe(2);
  });

  it("disables an endpoint failing for five days, stops its pending deliveries and emails the owners and admins", async () => {
    const t = await workspace();
    const ep = await createEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { url: `${base}/in`, description: "", events: ["post.live"] },
      ...LOOP,
    });
    answers = Array<number>(10).fill(500);
    const t0 = new Date();
    await db.$transaction((tx) => emitEvent(tx, t.w, "post.live", { postId: "p1" }));
    const [d1] = await dispatch(t.w, t0);
    expect(await attemptDelivery({ workspaceId: t.w, deliveryId: d1!.id, attempts: 0 }, { now: clockAt(t0), ...LOOP })).toMatchObject({
      outcome: "retry",
    });

    // Days later, still failing: not yet five days…
    const t4 = new Date(t0.getTime() + DISABLE_AFTER_MS - 60_000);
    await db.$transaction((tx) => emitEvent(tx, t.w, "post.live", { postId: "p2" }));
    const [d2] = await dispatch(t.w, t4);
    expect(await attemptDelivery({ workspaceId: t.w, deliveryId: d2!.id, attempts: 0 }, { now: clockAt(t4), ...LOOP })).toMatchObject({
      outcome: "retry",
    });
    expect(await endpointState(t.w, ep.id)).toMatchObject({ enabled: true });

    // …then past five days of nothing but failures.
    const t5 = new Date(t0.getTime() + DISABLE_AFTER_MS + 60_000);
    await db.$transaction((tx) => emitEvent(tx, t.w, "post.live", { postId: "p3" }));
    const [d3] = await dispatch(t.w, t5);
    expect(await attemptDelivery({ workspaceId: t.w, deliveryId: d3!.id, attempts: 0 }, { now: clockAt(t5), ...LOOP })).toMatchObject({
      outcome: "failed",
      endpointDisabled: true,
    });
    const state = await endpointState(t.w, ep.id);
    expect(state).toMatchObject({ enabled: false, consecutiveFailures: 3 });
    expect(state.disabledReason).toMatch(/5 days.*HTTP 500/);
    const pending = await db.webhookDelivery.findMany({ where: { workspaceId: t.w }, select: { status: true } });
    expect(pending.map((p) => p.status)).toEqual(["failed", "failed", "failed"]);
    const mail = await db.outboxEmail.findMany({
      where: { subject: { contains: "Webhook endpoint disabled" } },
      select: { to: true, text: true },
    });
    expect(mail.map((m) => m.to).sort()).toEqual([t.owner.email, t.admin.email].sort());
    expect(mail[0]!.text).toContain(`${base}/in`);
    expect(mail[0]!.text).toContain("/settings/webhooks");

    // Nothing more is fanned out to it, a redelivery is refused, and enabling it again clears the record.
    await db.$transaction((tx) => emitEvent(tx, t.w, "post.live", { postId: "p4" }));
    expect(await dispatch(t.w, t5)).toEqual([]);
    await expect(redeliver({ workspaceId: t.w, actorId: t.owner.id, deliveryId: d3!.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await updateEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { endpointId: ep.id, url: `${base}/in`, description: "", events: ["post.live"], enabled: true },
      ...LOOP,
    });
    expect(await endpointState(t.w, ep.id)).toMatchObject({ enabled: true, failingSince: null, consecutiveFailures: 0, disabledAt: null });
  });

  it("reads at most the response cap, and gives up on a receiver that never answers", async () => {
    const huge = await sendWebhook({ url: `${base}/huge`, headers: {}, body: "{}", ...LOOP });
    expect(huge).toMatchObject({ ok: true, status: 200 });
    const started = Date.now();
    const hang = await sendWebhook({ url: `${base}/hang`, headers: {}, body: "{}", timeoutMs: 300, ...LOOP });
    expect(hang).toMatchObject({ ok: false, status: null, connected: true });
    expect(hang.error).toMatch(/no answer within/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("connects to the address it checked: a name resolved by the (stub) resolver reaches the receiver, with its Host header", async () => {
    const port = (server.address() as AddressInfo).port;
    const resolve: Resolver = vi.fn(async () => [{ address: "127.0.0.1", family: 4 as const }]);
    const res = await sendWebhook({ url: `http://hooks.receiver.test:${port}/in`, headers: {}, body: "{}", resolve, ...LOOP });
    expect(res).toMatchObject({ ok: true, status: 200 });
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(received.at(-1)!.headers.host).toBe(`hooks.receiver.test:${port}`);
  });
});

describe("SSRF", () => {
  const cases: [string, Resolver | undefined, RegExp][] = [
    ["http://127.0.0.1:9/x", undefined, /loopback/],
    ["http://10.0.0.1/x", undefined, /private/],
    ["http://169.254.169.254/latest/meta-data/", undefined, /link-local/],
    ["http://[::1]:8080/x", undefined, /IPv6 loopback/],
    ["http://[::ffff:127.0.0.1]/x", undefined, /IPv4-mapped/],
    ["http://[fd00::1]/x", undefined, /unique local/],
    [
      "https://internal.example.com/hook",
      async () => [{ address: "10.0.0.1", family: 4 }],
      /internal\.example\.com resolves to 10\.0\.0\.1, a private address/,
    ],
    ["https://localhost/hook", async () => [{ address: "127.0.0.1", family: 4 }], /resolves to 127\.0\.0\.1, a loopback/],
    [
      "https://mixed.example.com/hook",
      async () => [
        { address: "93.184.216.34", family: 4 },
        { address: "192.168.0.5", family: 4 },
      ],
      /resolves to 192\.168\.0\.5/,
    ],
    ["https://nowhere.example.com/hook", async () => [], /could not be resolved/],
    ["ftp://files.example.com/x", undefined, /Only http/],
    ["https://user:pw@hooks.example.com/x", undefined, /no user name or password/],
    ["not a url", undefined, /full URL/],
  ];

  it.each(cases)("refuses %s at save time with a clear message", async (url, resolve, message) => {
    const t = await workspace();
    await expect(
      createEndpoint({
        workspaceId: t.w,
        actorId: t.owner.id,
        input: { url, description: "", events: ["post.live"] },
        resolve: resolve ?? (async () => []),
        allowLoopback: false,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(message),
      fieldErrors: { url: [expect.stringMatching(message)] },
    });
    expect(await db.webhookEndpoint.count({ where: { workspaceId: t.w } })).toBe(0);
  });

  it.each(cases)("refuses %s at send time before any connection", async (url, resolve, message) => {
    const res = await sendWebhook({
      url,
      headers: {},
      body: "{}",
      resolve: resolve ?? (async () => []),
      transport: never,
      allowLoopback: false,
    });
    expect(res).toMatchObject({ ok: false, connected: false, status: null });
    expect(res.error).toMatch(message);
    expect(never).not.toHaveBeenCalled();
  });

  it("a name that turned private after it was saved (DNS rebinding) is refused at send time, without a connection", async () => {
    const t = await workspace();
    let answer = "93.184.216.34";
    const resolve: Resolver = async () => [{ address: answer, family: 4 }];
    const ep = await createEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { url: "https://hooks.example.com/in", description: "", events: ["post.live"] },
      resolve,
      allowLoopback: false,
    });
    answer = "169.254.169.254";
    await db.$transaction((tx) => emitEvent(tx, t.w, "post.live", { postId: "p1" }));
    const [d] = await dispatch(t.w);
    const transport = vi.fn<Transport>();
    const res = await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: 0 }, { resolve, transport, allowLoopback: false });
    expect(res).toMatchObject({ outcome: "retry" });
    expect(transport).not.toHaveBeenCalled();
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { workspaceId: t.w, id: d!.id } });
    expect(row.error).toMatch(/Refused: hooks\.example\.com resolves to 169\.254\.169\.254/);
    expect(row.responseStatus).toBeNull();
    expect(ep.secret).toMatch(/^whsec_/);
  });

  it("the loopback switch lets 127.0.0.1 through only when on", async () => {
    await expect(checkDestination(`${base}/x`, { allowLoopback: true })).resolves.toMatchObject({ address: "127.0.0.1" });
    await expect(checkDestination(`${base}/x`, { allowLoopback: false })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Never private networks, even with the switch on.
    await expect(checkDestination("http://10.0.0.1/x", { allowLoopback: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("secrets", () => {
  it("are never listed; rotating makes a new one that signs from then on, the old one beside it for 24 hours", async () => {
    const t = await workspace();
    const ep = await createEndpoint({
      workspaceId: t.w,
      actorId: t.owner.id,
      input: { url: `${base}/in`, description: "x", events: ["post.live"] },
      ...LOOP,
    });
    const listed = await listEndpoints(t.w);
    expect(JSON.stringify(listed)).not.toContain(ep.secret);
    expect(Object.keys(listed[0]!)).not.toContain("secretSealed");
    const row = await db.webhookEndpoint.findFirstOrThrow({ where: { workspaceId: t.w, id: ep.id }, select: { secretSealed: true } });
    expect(row.secretSealed).not.toContain(ep.secret.slice(6));
    expect(row.secretSealed).toMatch(/^v1\./);

    const rotatedAt = new Date();
    const rotated = await rotateEndpointSecret({ workspaceId: t.w, actorId: t.owner.id, endpointId: ep.id, now: rotatedAt });
    expect(rotated.secret).not.toBe(ep.secret);
    expect(rotated.previousSecretExpiresAt.getTime() - rotatedAt.getTime()).toBe(SECRET_GRACE_MS);
    expect(SECRET_GRACE_MS).toBe(24 * 3600 * 1000);
    expect(JSON.stringify(await listEndpoints(t.w))).not.toContain(rotated.secret);
    const deliver = async (at: Date) => {
      await db.$transaction((tx) => emitEvent(tx, t.w, "post.live", { postId: "p1" }));
      const [d] = await dispatch(t.w);
      await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: 0 }, { ...LOOP, now: () => at });
      const last = received.at(-1)!;
      const headers = last.headers as Record<string, string>;
      // The receiver's clock agrees with the delivery's timestamp.
      const check = (secret: string) =>
        verify(
          secret,
          { id: headers["webhook-id"]!, timestamp: headers["webhook-timestamp"]!, signature: headers["webhook-signature"]! },
          last.body,
          Math.floor(at.getTime() / 1000),
        );
      return { headers, check, body: last.body };
    };
    // Within the grace period: two "v1," signatures, new first; a receiver with either secret accepts.
    const during = await deliver(new Date(rotatedAt.getTime() + SECRET_GRACE_MS - 60_000));
    expect(during.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(during.headers["webhook-signature"]!.split(" ")[0]).toBe(
      sign(rotated.secret, during.headers["webhook-id"]!, Number(during.headers["webhook-timestamp"]), during.body),
    );
    expect(during.check(rotated.secret)).toBe(true);
    expect(during.check(ep.secret)).toBe(true);
    // After it: the new secret only.
    const after = await deliver(new Date(rotatedAt.getTime() + SECRET_GRACE_MS + 1000));
    expect(after.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
    expect(after.check(rotated.secret)).toBe(true);
    expect(after.check(ep.secret)).toBe(false);
    // Right now, the Standard Webhooks library accepts the delivery with either secret.
    await db.$transaction((tx) => emitEvent(tx, t.w, "post.live", { postId: "p1" }));
    const [d] = await dispatch(t.w);
    await attemptDelivery({ workspaceId: t.w, deliveryId: d!.id, attempts: 0 }, LOOP);
    const last = received.at(-1)!;
    expect(new Webhook(rotated.secret).verify(last.body, last.headers as Record<string, string>)).toBeTruthy();
    expect(new Webhook(ep.secret).verify(last.body, last.headers as Record<string, string>)).toBeTruthy();
    // Rotating again within the window: the first secret is gone, the second becomes the previous one.
    const again = await rotateEndpointSecret({ workspaceId: t.w, actorId: t.owner.id, endpointId: ep.id });
    const twice = await deliver(new Date(Date.now() + 60_000));
    expect(twice.check(again.secret)).toBe(true);
    expect(twice.check(rotated.secret)).toBe(true);
    expect(twice.check(ep.secret)).toBe(false);
    const other = await workspace();
    await expect(rotateEndpointSecret({ workspaceId: other.w, actorId: other.owner.id, endpointId: ep.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
