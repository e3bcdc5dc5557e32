// Cross-tenant cases of cases/outreach.ts, run by the harness (see harness.ts), and the public
// opt-out link, which has no session or slug: its signed token names the workspace.
import { describe, expect, it, vi } from "vitest";

import { GET as optOutGet, POST as optOutPost } from "@/app/api/outreach/opt-out/route";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import { signOptOutToken } from "@/lib/outreach/opt-out-token";

import { createTenant } from "../../fixtures/tenant";
import { cases } from "./cases/outreach";
import { runCrossTenantCases, snapshot } from "./harness";

// Queued sends are not delivered here: the queue is pg-boss, tested in outreach-send.
vi.mock("@/lib/jobs", () => ({ enqueue: vi.fn(async () => "job-id") }));

runCrossTenantCases(cases);

describe("public opt-out link", () => {
  const url = (token: string) => `http://test/api/outreach/opt-out?token=${encodeURIComponent(token)}`;
  const post = (token: string, body = "") =>
    optOutPost(new Request(url(token), { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } }));
  const optOuts = (workspaceId: string, email: string) => db.optOut.count({ where: { workspaceId, email } });

  it("a token signed for A opts the address out of A only (one-click → 200)", async () => {
    const [A, B] = [await createTenant("A"), await createTenant("B")];
    const beforeB = await snapshot(B);
    const res = await post(signOptOutToken(authSecret(), A.id, A.inf.email!), "List-Unsubscribe=One-Click");
    expect(res.status).toBe(200);
    expect(await optOuts(A.id, A.inf.email!)).toBe(1);
    expect(await snapshot(B)).toEqual(beforeB);
  });

  it("a token for A's address re-pointed at B's workspace id is refused and changes nothing", async () => {
    const [A, B] = [await createTenant("A"), await createTenant("B")];
    const good = signOptOutToken(authSecret(), A.id, A.inf.email!);
    const forged = [Buffer.from(B.id).toString("base64url"), ...good.split(".").slice(1)].join(".");
    const before = await Promise.all([snapshot(A), snapshot(B)]);
    const res = await post(forged, "List-Unsubscribe=One-Click");
    expect(res.status).toBe(400);
    expect(await Promise.all([snapshot(A), snapshot(B)])).toEqual(before);
  });

  it("the confirm form posts back to the page with done=1; GET never opts out", async () => {
    const A = await createTenant("A");
    const token = signOptOutToken(authSecret(), A.id, A.inf.email!);
    const get = await optOutGet(new Request(url(token)));
    expect(get.status).toBe(303);
    expect(await optOuts(A.id, A.inf.email!)).toBe(0);
    const res = await post(token);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/\/opt-out\?token=.*&done=1$/);
    expect(await optOuts(A.id, A.inf.email!)).toBe(1);
  });
});
