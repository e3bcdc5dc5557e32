// Sending outreach through a real SMTP conversation to a local server: the received message, its
// From/Reply-To, the footer with the postal address and opt-out link, List-Unsubscribe, no duplicate
// on a second run or after a crash, transient vs permanent failures, the daily limit and opt-outs.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { enqueue } from "@/lib/jobs";
import { optOutByToken } from "@/lib/outreach/opt-out";
import { signOptOutToken } from "@/lib/outreach/opt-out-token";
import { queueMessages } from "@/lib/outreach/queue";
import { deliverOutreachMessage, STALE_CLAIM_MS } from "@/lib/outreach/send";

import { createWorkspaceWith } from "../fixtures/factories";
import { createInfluencer, goodBody, POST_URL, setSenderIdentity, startSmtp } from "../fixtures/outreach";

vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.state.reject = null;
  vi.mocked(enqueue).mockClear();
});

/** Headers unfolded, body decoded from quoted-printable. */
function parse(raw: string) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head!.replace(/\r?\n[ \t]+/g, " ");
  const qp = rest.join("\n\n").replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < qp.length; i++) {
    const m = /^=([0-9A-F]{2})/.exec(qp.slice(i, i + 3));
    if (m) {
      bytes.push(parseInt(m[1]!, 16));
      i += 2;
    } else bytes.push(...Buffer.from(qp[i]!, "utf8"));
  }
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "im").exec(headers)?.[1]?.trim();
  return { headers, header, body: Buffer.from(bytes).toString("utf8") };
}

async function world(opts: { dailySendLimit?: number; timeZone?: string } = {}) {
  const { workspace, owner } = await createWorkspaceWith();
  if (opts.timeZone) await db.workspace.update({ where: { id: workspace.id }, data: { timeZone: opts.timeZone } });
  await setSenderIdentity(workspace.id, { dailySendLimit: opts.dailySendLimit });
  const inf = await createInfluencer(workspace.id, { name: "Sarah Lee" });
  return { workspace, owner, inf };
}

async function queueOne(w: Awaited<ReturnType<typeof world>>, influencerId = w.inf.id, now = new Date()) {
  const res = await queueMessages({
    workspaceId: w.workspace.id,
    actorId: w.owner.id,
    now,
    input: {
      kind: "first",
      messages: [{ influencerId, subject: "Paid reel for our SPF launch?", body: goodBody("Sarah"), recentPostUrl: POST_URL }],
    },
  });
  return res.queued[0]!.id;
}

const deliver = (workspaceId: string, messageId: string, extra: Partial<Parameters<typeof deliverOutreachMessage>[0]> = {}) =>
  deliverOutreachMessage({ workspaceId, messageId, smtpUrl: smtp.url, ...extra });

describe("a queued message goes out over SMTP", () => {
  it("is received once with the sender identity, footer, List-Unsubscribe and a deterministic Message-ID; moves the pipeline to contacted", async () => {
    const w = await world();
    const id = await queueOne(w);
    expect(enqueue).toHaveBeenCalledWith(
      "outreach-send",
      { workspaceId: w.workspace.id, messageId: id },
      expect.objectContaining({ singletonKey: id }),
    );

    expect(await deliver(w.workspace.id, id)).toBe("sent");
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual([w.inf.email]);
    expect(mail.from).toBe("sam@glowlabs.test");
    const { header, body } = parse(mail.raw);
    expect(header("From")).toBe("Sam at Glow Labs <sam@glowlabs.test>");
    expect(header("Reply-To")).toBe("partnerships@glowlabs.test");
    expect(header("Subject")).toBe("Paid reel for our SPF launch?");
    expect(header("Message-ID")).toBe(`<outreach.${id}@glowlabs.test>`);
    expect(body).toContain("Hi Sarah,");
    expect(body).toContain("12 Market Street, Portland, OR 97201");
    const token = encodeURIComponent(signOptOutToken(authSecret(), w.workspace.id, w.inf.email!));
    expect(body).toContain(`/opt-out?token=${token}`);
    expect(header("List-Unsubscribe")).toMatch(/^<https?:\/\/[^>]+\/api\/outreach\/opt-out\?token=([^>]+)>$/);
    expect(header("List-Unsubscribe")).toContain(`?token=${token}>`);
    expect(header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    const row = await db.outreachMessage.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: w.workspace.id, id } } });
    expect(row.status).toBe("sent");
    expect(row.sentAt).not.toBeNull();
    expect(row.smtpMessageId).toBe(`<outreach.${id}@glowlabs.test>`);
    expect(row.attempts).toBe(1);
    const entry = await db.pipelineEntry.findFirstOrThrow({ where: { workspaceId: w.workspace.id, influencerId: w.inf.id } });
    expect(entry.stage).toBe("contacted");
    const events = await db.timelineEvent.findMany({
      where: { workspaceId: w.workspace.id, influencerId: w.inf.id },
      select: { kind: true },
    });
    expect(events.map((e) => e.kind).sort()).toEqual(["message_sent", "stage_changed"]);
  });

  it("a second run of the job (a retry, a duplicate job) sends nothing", async () => {
    const w = await world();
    const id = await queueOne(w);
    expect(await deliver(w.workspace.id, id)).toBe("sent");
    expect(await deliver(w.workspace.id, id)).toBe("already_sent");
    expect(await Promise.all([deliver(w.workspace.id, id), deliver(w.workspace.id, id)])).toEqual(["already_sent", "already_sent"]);
    expect(smtp.received).toHaveLength(1);
  });

  it("two workers racing on the same message: exactly one sends", async () => {
    const w = await world();
    const id = await queueOne(w);
    const outcomes = await Promise.all([deliver(w.workspace.id, id), deliver(w.workspace.id, id), deliver(w.workspace.id, id)]);
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
  });

  it("a crash after the SMTP server accepted it is not followed by a second send", async () => {
    const w = await world();
    const id = await queueOne(w);
    const crashAfterSend: typeof sendEmail = async (email, o) => {
      await sendEmail(email, o);
      throw new Error("worker lost its database connection");
    };
    expect(await deliver(w.workspace.id, id, { send: crashAfterSend })).toBe("failed");
    expect(smtp.received).toHaveLength(1);
    const row = await db.outreachMessage.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: w.workspace.id, id } } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toMatch(/may have gone out/);
    // pg-boss runs the job again: still nothing new.
    expect(await deliver(w.workspace.id, id, { retryCount: 1 })).toBe("not_sendable");
    expect(smtp.received).toHaveLength(1);
  });

  it("a worker that died mid-send (claim left in 'sending') is not re-sent; a fresh claim is left alone", async () => {
    const w = await world();
    const id = await queueOne(w);
    await db.outreachMessage.updateMany({ where: { workspaceId: w.workspace.id, id }, data: { status: "sending" } });
    expect(await deliver(w.workspace.id, id)).toBe("in_progress");
    expect(await deliver(w.workspace.id, id, { now: new Date(Date.now() + STALE_CLAIM_MS + 1_000) })).toBe("interrupted");
    expect(smtp.received).toHaveLength(0);
    expect((await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id } })).status).toBe("failed");
  });
});

describe("SMTP failures", () => {
  it("a transient 4xx puts it back in the queue and throws for a retry; the retry then sends it once", async () => {
    const w = await world();
    const id = await queueOne(w);
    smtp.state.reject = { code: 451, message: "Try again later" };
    await expect(deliver(w.workspace.id, id)).rejects.toThrow();
    let row = await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id } });
    expect(row.status).toBe("scheduled");
    expect(row.lastError).toMatch(/Will retry/);
    smtp.state.reject = null;
    expect(await deliver(w.workspace.id, id, { retryCount: 1 })).toBe("sent");
    expect(smtp.received).toHaveLength(1);
    row = await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id } });
    expect(row.attempts).toBe(2);
  });

  it("connection refused is transient; on the last retry it fails with the reason", async () => {
    const w = await world();
    const id = await queueOne(w);
    await expect(deliver(w.workspace.id, id, { smtpUrl: "smtp://127.0.0.1:1" })).rejects.toThrow();
    expect(await deliver(w.workspace.id, id, { smtpUrl: "smtp://127.0.0.1:1", retryCount: 5 })).toBe("failed");
    const row = await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toMatch(/Gave up after 6 tries/);
  });

  it("a permanent 5xx fails at once with the server's reason", async () => {
    const w = await world();
    const id = await queueOne(w);
    smtp.state.reject = { code: 550, message: "Mailbox unavailable" };
    expect(await deliver(w.workspace.id, id)).toBe("failed");
    const row = await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toMatch(/refused.*Mailbox unavailable/);
  });
});

describe("daily limit", () => {
  it("sends up to the limit, then moves the rest to 00:00 UTC tomorrow and re-queues them", async () => {
    const w = await world({ dailySendLimit: 2 });
    const now = new Date("2030-03-10T15:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const inf = await createInfluencer(w.workspace.id, { name: `Creator ${i} Lee` });
      const res = await queueMessages({
        workspaceId: w.workspace.id,
        actorId: w.owner.id,
        now,
        input: {
          kind: "first",
          messages: [
            {
              influencerId: inf.id,
              subject: "Paid reel?",
              body: goodBody(`Creator`),
              recentPostUrl: POST_URL,
              overrideReason: "test fixture",
            },
          ],
        },
      });
      ids.push(res.queued[0]!.id);
    }
    vi.mocked(enqueue).mockClear();
    const outcomes = [];
    for (const id of ids) outcomes.push(await deliver(w.workspace.id, id, { now }));
    expect(outcomes).toEqual(["sent", "sent", "deferred"]);
    expect(smtp.received).toHaveLength(2);
    const deferred = await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id: ids[2] } });
    expect(deferred.status).toBe("scheduled");
    expect(deferred.scheduledAt?.toISOString()).toBe("2030-03-11T00:00:00.000Z");
    expect(deferred.lastError).toMatch(/Daily limit of 2/);
    expect(enqueue).toHaveBeenCalledWith(
      "outreach-send",
      { workspaceId: w.workspace.id, messageId: ids[2] },
      expect.objectContaining({ startAfter: new Date("2030-03-11T00:00:00Z") }),
    );
    // The next day it goes.
    expect(await deliver(w.workspace.id, ids[2]!, { now: new Date("2030-03-11T00:00:05Z") })).toBe("sent");
    expect(smtp.received).toHaveLength(3);
  });

  describe("counts the workspace's local day, not UTC's", () => {
    /** Queues and delivers one message at `now`; returns the outcome and the row. */
    async function sendAt(w: Awaited<ReturnType<typeof world>>, now: Date) {
      const inf = await createInfluencer(w.workspace.id, { name: "Sarah Lee" });
      const id = await queueOne(w, inf.id, now);
      const outcome = await deliver(w.workspace.id, id, { now });
      const row = await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id } });
      return { outcome, row };
    }

    it("around midnight UTC: 23:30Z and 00:30Z are the same day in Auckland and in Los Angeles", async () => {
      const auckland = await world({ dailySendLimit: 1, timeZone: "Pacific/Auckland" });
      const la = await world({ dailySendLimit: 1, timeZone: "America/Los_Angeles" });
      const before = new Date("2030-01-15T23:30:00Z"); // Auckland 12:30 Jan 16 · LA 15:30 Jan 15
      const after = new Date("2030-01-16T00:30:00Z"); //  Auckland 13:30 Jan 16 · LA 16:30 Jan 15
      expect((await sendAt(auckland, before)).outcome).toBe("sent");
      expect((await sendAt(la, before)).outcome).toBe("sent");
      // A new UTC day, but not a new local day: both are over their limit of 1.
      const a = await sendAt(auckland, after);
      expect(a.outcome).toBe("deferred");
      expect(a.row.scheduledAt?.toISOString()).toBe("2030-01-16T11:00:00.000Z"); // 00:00 Jan 17 NZDT
      expect(a.row.lastError).toBe("Daily limit of 1 reached; moved to 2030-01-17.");
      const l = await sendAt(la, after);
      expect(l.outcome).toBe("deferred");
      expect(l.row.scheduledAt?.toISOString()).toBe("2030-01-16T08:00:00.000Z"); // 00:00 Jan 16 PST
      expect(l.row.lastError).toBe("Daily limit of 1 reached; moved to 2030-01-16.");
    });

    it("around midnight in Auckland: 10:30Z and 11:30Z are two days there and one in Los Angeles", async () => {
      const auckland = await world({ dailySendLimit: 1, timeZone: "Pacific/Auckland" });
      const la = await world({ dailySendLimit: 1, timeZone: "America/Los_Angeles" });
      const before = new Date("2030-01-15T10:30:00Z"); // Auckland 23:30 Jan 15 · LA 02:30 Jan 15
      const after = new Date("2030-01-15T11:30:00Z"); //  Auckland 00:30 Jan 16 · LA 03:30 Jan 15
      expect((await sendAt(auckland, before)).outcome).toBe("sent");
      expect((await sendAt(la, before)).outcome).toBe("sent");
      expect((await sendAt(auckland, after)).outcome).toBe("sent");
      expect((await sendAt(la, after)).outcome).toBe("deferred");
    });
  });

  it("another workspace's sends don't count", async () => {
    const a = await world({ dailySendLimit: 1 });
    const b = await world({ dailySendLimit: 1 });
    expect(await deliver(a.workspace.id, await queueOne(a))).toBe("sent");
    expect(await deliver(b.workspace.id, await queueOne(b))).toBe("sent");
  });
});

describe("opt-out", () => {
  it("blocks composing to the address and cancels what was queued; a queued message is checked again at send time", async () => {
    const w = await world();
    const id = await queueOne(w);
    // Opt out directly in the table (as if it happened between queueing and sending, without the cancel sweep).
    await db.optOut.create({ data: { workspaceId: w.workspace.id, email: w.inf.email!.toLowerCase() } });
    expect(await deliver(w.workspace.id, id)).toBe("opted_out");
    expect(smtp.received).toHaveLength(0);
    await expect(queueOne(w)).rejects.toMatchObject({ code: "UNPROCESSABLE", message: expect.stringMatching(/opted out/) });
  });

  it("the signed link opts the address out of that workspace only and cancels its queued messages", async () => {
    const w = await world();
    const other = await world();
    const queued = await queueOne(w);
    const token = signOptOutToken(authSecret(), w.workspace.id, w.inf.email!.toUpperCase());
    expect(await optOutByToken(token)).toEqual({ email: w.inf.email!.toLowerCase(), brandName: "Glow Labs" });
    expect(await optOutByToken(token)).not.toBeNull(); // idempotent
    expect((await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id: queued } })).status).toBe("cancelled");
    expect(await db.optOut.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
    expect(await optOutByToken(token.slice(0, -2) + "xx")).toBeNull();
  });
});

describe("queueing refuses what shouldn't go", () => {
  it("a message with lint errors needs an override with a reason, which is recorded in the message and the audit log", async () => {
    const w = await world();
    const input = {
      messages: [{ influencerId: w.inf.id, subject: "Collab?", body: "Hi there,\n\nWe love your content! Want to work with us?" }],
    };
    await expect(
      queueMessages({ workspaceId: w.workspace.id, actorId: w.owner.id, input: { kind: "first" as const, ...input } }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      fieldErrors: { "messages.0.overrideReason": [expect.stringMatching(/GENERIC_GREETING.*NO_SPECIFIC_APPRECIATION/)] },
    });
    const res = await queueMessages({
      workspaceId: w.workspace.id,
      actorId: w.owner.id,
      input: { kind: "first", messages: [{ ...input.messages[0]!, overrideReason: "Warm contact, already spoke on the phone" }] },
    });
    const row = await db.outreachMessage.findFirstOrThrow({ where: { workspaceId: w.workspace.id, id: res.queued[0]!.id } });
    expect(row.overrideReason).toBe("Warm contact, already spoke on the phone");
    expect(row.overrideById).toBe(w.owner.id);
    expect(row.lintScore).toBeLessThan(50);
    const audit = await db.auditLog.findFirstOrThrow({ where: { workspaceId: w.workspace.id, action: "outreach.lint_overridden" } });
    expect(audit.targetId).toBe(row.id);
  });

  it("refuses when the sender identity has no postal address", async () => {
    const w = await world();
    await db.workspaceSettings.update({ where: { workspaceId: w.workspace.id }, data: { postalAddress: null } });
    await expect(queueOne(w)).rejects.toMatchObject({ code: "UNPROCESSABLE", message: expect.stringMatching(/postal address/) });
  });

  it("refuses an influencer without an email", async () => {
    const w = await world();
    const noEmail = await createInfluencer(w.workspace.id, { name: "Mia Wong", email: null });
    await expect(queueOne(w, noEmail.id)).rejects.toMatchObject({ code: "UNPROCESSABLE", message: expect.stringMatching(/no email/) });
  });
});
