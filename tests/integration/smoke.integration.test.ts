import { describe, expect, it } from "vitest";

import { inviteMemberAction } from "@/app/(app)/actions/members";
import { db } from "@/lib/db";

import { twoTenants } from "../fixtures/factories";
import { actAs } from "./session-double";

describe("integration harness", () => {
  it("runs on its own migrated database with a controllable session", async () => {
    const { a, b } = await twoTenants();
    actAs(a.owner);
    const res = await inviteMemberAction(b.slug, { email: "x@example.test", role: "member" });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe("NOT_FOUND");
    expect(await db.invitation.count({ where: { workspaceId: b.id } })).toBe(0);
    const ok = await inviteMemberAction(a.slug, { email: "x@example.test", role: "member" });
    expect(ok.ok).toBe(true);
    expect(await db.outboxEmail.count({ where: { to: "x@example.test" } })).toBe(1);
  });
});
