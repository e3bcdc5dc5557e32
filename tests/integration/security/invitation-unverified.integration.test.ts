// An invitation is bound to an address; only an account that has proven it reads that mailbox may
// accept it. An account whose address is unverified (anyone can sign up with any address) is
// refused, and nothing changes; once verified, the same account accepts.
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { acceptInvitationAction, inviteMemberAction } from "@/app/(app)/actions/members";
import { db } from "@/lib/db";

import { createUser, createWorkspaceWith } from "../../fixtures/factories";
import { actAs } from "../session-double";

const uid = () => randomBytes(4).toString("hex");

describe("accepting an invitation with an unverified address", () => {
  it("is FORBIDDEN and changes nothing; after verification it works", async () => {
    const { workspace, owner } = await createWorkspaceWith();
    const email = `invitee-${uid()}@example.test`;
    actAs(await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { id: true, email: true, name: true } }));
    const sent = await inviteMemberAction(workspace.slug, { email, role: "admin" });
    expect(sent.ok).toBe(true);
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(sent.ok ? sent.data.url : "")![1]!;

    const squatter = await createUser({ email, verified: false });
    actAs(squatter);
    const refused = await acceptInvitationAction({ token });
    expect(refused.ok === false && refused.error.code).toBe("FORBIDDEN");
    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: squatter.id } })).toBe(0);
    const inv = await db.invitation.findFirstOrThrow({ where: { workspaceId: workspace.id, email } });
    expect(inv.acceptedAt).toBeNull();

    await db.user.update({ where: { id: squatter.id }, data: { emailVerified: new Date() } });
    const accepted = await acceptInvitationAction({ token });
    expect(accepted).toEqual({ ok: true, data: { workspaceSlug: workspace.slug } });
    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: squatter.id } })).toBe(1);
  });
});
