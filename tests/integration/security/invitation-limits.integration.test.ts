// Item: invitations can't be used to mail arbitrary addresses in bulk. Limited per workspace and per
// inviter (hour and day) and per recipient (day, across workspaces); a refused invitation stores
// nothing and sends nothing, and says why.
import { describe, expect, it, vi } from "vitest";

import { inviteMemberAction } from "@/app/(app)/actions/members";
import { db } from "@/lib/db";
import { RATE_LIMITS } from "@/lib/rate-limit";

import { addMember, createWorkspaceWith } from "../../fixtures/factories";
import { actAs } from "../session-double";
import { signedInOwner, uid } from "./helpers";

vi.hoisted(() => {
  process.env.RATE_LIMIT_DISABLED = "false";
});

async function counts(workspaceId: string) {
  const [invitations, mails] = await Promise.all([
    db.invitation.count({ where: { workspaceId } }),
    db.outboxEmail.count({ where: { subject: { contains: "invited you" } } }),
  ]);
  return { invitations, mails };
}

describe("invitation rate limits", () => {
  it("a burst of invitations from one account: the first 20 in an hour go out, then a clear refusal; nothing stored or sent", async () => {
    const { workspace } = await signedInOwner();
    const results: Awaited<ReturnType<typeof inviteMemberAction>>[] = [];
    for (let i = 0; i < 25; i++)
      results.push(await inviteMemberAction(workspace.slug, { email: `spam-${i}-${uid()}@example.test`, role: "member" }));
    const limit = RATE_LIMITS.inviteWorkspaceHour.limit;
    const outcome = (r: (typeof results)[number]) => (r.ok ? "sent" : `${r.error.code}: ${r.error.message}`);
    expect(results.slice(0, limit).map(outcome)).toEqual(Array(limit).fill("sent"));
    const before = await counts(workspace.id);
    expect(before.invitations).toBe(limit);
    for (const r of results.slice(limit)) {
      expect(outcome(r)).toMatch(/^RATE_LIMITED: This workspace has sent too many invitations\. Try again in \d+ minutes\.$/);
    }
    const again = await inviteMemberAction(workspace.slug, { email: `one-more-${uid()}@example.test`, role: "member" });
    expect(again.ok).toBe(false);
    expect(await counts(workspace.id)).toEqual(before);
  });

  it("the per-inviter limit holds across workspaces (a new workspace doesn't reset it)", async () => {
    const { workspace: first, owner } = await signedInOwner();
    for (let i = 0; i < RATE_LIMITS.inviteUserHour.limit; i++) {
      expect((await inviteMemberAction(first.slug, { email: `a-${i}-${uid()}@example.test`, role: "member" })).ok).toBe(true);
    }
    const { workspace: second } = await createWorkspaceWith({ owner });
    const res = await inviteMemberAction(second.slug, { email: `b-${uid()}@example.test`, role: "member" });
    expect(res.ok === false && res.error.message).toMatch(/^You have sent too many invitations/);
    expect(await db.invitation.count({ where: { workspaceId: second.id } })).toBe(0);
  });

  it("one address gets at most 3 invitations a day, from any workspaces", async () => {
    const target = `victim-${uid()}@example.test`;
    const outcomes = [];
    for (let i = 0; i < 4; i++) {
      const { workspace } = await signedInOwner();
      outcomes.push(await inviteMemberAction(workspace.slug, { email: target, role: "member" }));
    }
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
    const last = outcomes[3]!;
    expect(last.ok === false && last.error.message).toMatch(/^This address has received too many invitations today/);
    expect(await db.outboxEmail.count({ where: { to: target } })).toBe(RATE_LIMITS.inviteRecipientDay.limit);
  });

  it("an admin and the owner of one workspace share its workspace limit", async () => {
    const { workspace, owner } = await signedInOwner();
    const admin = await addMember(workspace.id, "admin");
    const half = RATE_LIMITS.inviteWorkspaceHour.limit / 2;
    for (const who of [owner, admin]) {
      actAs({ id: who.id, email: who.email, name: who.name });
      for (let i = 0; i < half; i++)
        expect((await inviteMemberAction(workspace.slug, { email: `s-${uid()}@example.test`, role: "member" })).ok).toBe(true);
    }
    const res = await inviteMemberAction(workspace.slug, { email: `s-${uid()}@example.test`, role: "member" });
    expect(res.ok === false && res.error.code).toBe("RATE_LIMITED");
  });
});
