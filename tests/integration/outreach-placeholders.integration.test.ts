// An unfilled placeholder is never overridable: "Send anyway" with a reason covers a generic
// greeting or a missing link, but a literal `{{recent_post_url}}` must not reach an inbox. The
// server refuses it at queueing (naming the placeholder) whatever override the client sends, and
// the send job refuses a message that holds one anyway (queued before this rule).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { queueMessagesAction } from "@/app/(app)/actions/outreach";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs";
import { deliverOutreachMessage } from "@/lib/outreach/send";

import { createWorkspaceWith } from "../fixtures/factories";
import { createInfluencer, goodBody, POST_URL, setSenderIdentity, startSmtp } from "../fixtures/outreach";
import { actAs } from "./session-double";

vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
});

let w: { workspace: { id: string; slug: string }; owner: { id: string }; inf: { id: string } };
beforeEach(async () => {
  smtp.received.length = 0;
  vi.mocked(enqueue).mockClear();
  const { workspace, owner } = await createWorkspaceWith();
  await setSenderIdentity(workspace.id);
  const inf = await createInfluencer(workspace.id, { name: "Sarah Lee" });
  const user = await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { id: true, email: true, name: true } });
  actAs(user);
  w = { workspace, owner, inf };
});

/** A good message whose link to their post was left as the template's placeholder. */
const withPlaceholder = goodBody("Sarah").replace(POST_URL, "{{recent_post_url}}");

describe("queueing", () => {
  it("refuses a placeholder even with “Send anyway” and a reason, naming it; nothing is queued", async () => {
    const r = await queueMessagesAction(w.workspace.slug, {
      kind: "first",
      messages: [
        { influencerId: w.inf.id, subject: "Paid reel for our SPF launch?", body: withPlaceholder, overrideReason: "Send it, I checked" },
      ],
    });
    expect(r).toMatchObject({ ok: false, error: { code: "UNPROCESSABLE" } });
    if (r.ok) return;
    expect(r.error.message).toContain("“{{recent_post_url}}”");
    expect(r.error.fieldErrors?.["messages.0.body"]?.[0]).toMatch(/still contains the placeholder “\{\{recent_post_url\}\}”/);
    expect(await db.outreachMessage.count({ where: { workspaceId: w.workspace.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { workspaceId: w.workspace.id, action: "outreach.lint_overridden" } })).toBe(0);
    expect(enqueue).not.toHaveBeenCalled();
  });

  it("refuses a placeholder in the subject too, and names every one", async () => {
    const r = await queueMessagesAction(w.workspace.slug, {
      kind: "first",
      messages: [{ influencerId: w.inf.id, subject: "For [first name]", body: withPlaceholder, overrideReason: "ok" }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: "UNPROCESSABLE" } });
    if (!r.ok) expect(r.error.message).toContain("the placeholders “[first name]”, “{{recent_post_url}}”");
  });

  it("still lets a reason override the other findings once the placeholder is filled in", async () => {
    const r = await queueMessagesAction(w.workspace.slug, {
      kind: "first",
      messages: [
        {
          influencerId: w.inf.id,
          subject: "Collab?",
          body: "Hi there,\n\nWe love your content! Want to work with us?",
          overrideReason: "Warm contact, already spoke on the phone",
        },
      ],
    });
    expect(r).toMatchObject({ ok: true, data: { queued: 1, overridden: 1 } });
  });
});

describe("sending", () => {
  it("a queued message that still holds a placeholder (queued by the old rule) is marked failed and never reaches the mail server", async () => {
    const row = await db.outreachMessage.create({
      data: {
        workspaceId: w.workspace.id,
        influencerId: w.inf.id,
        kind: "first",
        toEmail: "sarah@example.test",
        subject: "Paid reel for our SPF launch?",
        body: withPlaceholder,
        lintScore: 80,
        lintFindings: [],
        overrideReason: "Send it, I checked",
        overrideById: w.owner.id,
        status: "scheduled",
        scheduledAt: new Date(),
        createdById: w.owner.id,
      },
      select: { id: true },
    });
    expect(await deliverOutreachMessage({ workspaceId: w.workspace.id, messageId: row.id, smtpUrl: smtp.url })).toBe("failed");
    expect(smtp.received).toHaveLength(0);
    const after = await db.outreachMessage.findUniqueOrThrow({
      where: { workspaceId_id: { workspaceId: w.workspace.id, id: row.id } },
      select: { status: true, lastError: true, sentAt: true },
    });
    expect(after).toMatchObject({ status: "failed", sentAt: null });
    expect(after.lastError).toContain("“{{recent_post_url}}”");
  });
});
