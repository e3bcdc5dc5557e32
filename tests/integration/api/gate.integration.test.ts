// The public API's gate (lib/api/with-api-key.ts): who gets in, with which scopes, how much, and
// what a refusal says. Real Postgres; the route handlers are called as Next calls them.
import { afterEach, describe, expect, it, vi } from "vitest";

import { POST as checkRoute } from "@/app/api/v1/compliance/check/route";
import { GET as getInfluencerRoute } from "@/app/api/v1/influencers/[influencerId]/route";
import { POST as createInfluencerRoute, GET as listInfluencersRoute } from "@/app/api/v1/influencers/route";
import { createApiKey, createApiKeySchema, revokeApiKey } from "@/lib/api-keys/keys";
import { db } from "@/lib/db";

import { addMember } from "../../fixtures/factories";
import { actAs } from "../session-double";
import { call, workspaceWithKey } from "./helpers";

const newInfluencer = (handle: string) => ({ displayName: `Ava ${handle}`, account: { platform: "instagram", handle, followers: 8_000 } });

describe("authentication: one 401 that says nothing about any workspace", () => {
  it("refuses no key, a malformed key, an unknown key, a wrong secret, a revoked and an expired key alike", async () => {
    const { workspace, owner, key } = await workspaceWithKey();
    const revoked = await createApiKey({
      workspaceId: workspace.id,
      actorId: owner.id,
      actorRole: "owner",
      input: createApiKeySchema.parse({ name: "Old", scopes: ["influencers:read"] }),
    });
    await revokeApiKey({ workspaceId: workspace.id, actorId: owner.id, apiKeyId: revoked.id });
    const expired = await createApiKey({
      workspaceId: workspace.id,
      actorId: owner.id,
      actorRole: "owner",
      input: createApiKeySchema.parse({ name: "Short", scopes: ["influencers:read"], expiresInDays: 1 }),
    });
    await db.apiKey.updateMany({ where: { workspaceId: workspace.id, id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const wrongSecret = key.slice(0, -4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");
    const bodies = new Set<string>();
    for (const k of [null, "not-a-key", `mc_live_${"f".repeat(16)}_${"x".repeat(43)}`, wrongSecret, revoked.key, expired.key]) {
      const out = await call(listInfluencersRoute, { key: k, path: "/influencers" });
      expect(out.status, String(k)).toBe(401);
      expect(out.res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(out.text).not.toContain(workspace.slug);
      expect(out.text).not.toContain(workspace.id);
      bodies.add(out.text);
    }
    expect(bodies.size, "every refusal reads the same").toBe(1);
    expect(JSON.parse([...bodies][0]!)).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });
  });

  it("a valid key works; a Basic header or a session cookie is no substitute", async () => {
    const { key } = await workspaceWithKey();
    expect((await call(listInfluencersRoute, { key, path: "/influencers" })).status).toBe(200);
    expect((await call(listInfluencersRoute, { path: "/influencers", headers: { authorization: `Basic ${key}` } })).status).toBe(401);
  });

  it("a key stops working when its creator leaves the workspace", async () => {
    const { workspace, owner, key } = await workspaceWithKey();
    await addMember(workspace.id, "owner");
    await db.membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: owner.id } } });
    expect((await call(listInfluencersRoute, { key, path: "/influencers" })).status).toBe(401);
  });
});

describe("scopes", () => {
  it("a read-only key can read but not write (403), and a key of another area can't read", async () => {
    const { key } = await workspaceWithKey(["influencers:read"]);
    expect((await call(listInfluencersRoute, { key, path: "/influencers" })).status).toBe(200);
    const write = await call(createInfluencerRoute, { key, path: "/influencers", body: newInfluencer("ro_try") });
    expect(write.status).toBe(403);
    expect(write.json.error?.code).toBe("FORBIDDEN");
    const other = await workspaceWithKey(["campaigns:read"]);
    expect((await call(listInfluencersRoute, { key: other.key, path: "/influencers" })).status).toBe(403);
  });

  it("scopes never exceed the creator's role: refused at creation, and checked again on every request", async () => {
    const { workspace, owner } = await workspaceWithKey();
    const viewer = await addMember(workspace.id, "viewer");
    await expect(
      createApiKey({
        workspaceId: workspace.id,
        actorId: viewer.id,
        actorRole: "viewer",
        input: createApiKeySchema.parse({ name: "Too much", scopes: ["influencers:write"] }),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await addMember(workspace.id, "admin");
    const k = await createApiKey({
      workspaceId: workspace.id,
      actorId: admin.id,
      actorRole: "admin",
      input: createApiKeySchema.parse({ name: "Admin's", scopes: ["influencers:read", "influencers:write"] }),
    });
    expect(
      (await call(createInfluencerRoute, { key: k.key, path: "/influencers", body: newInfluencer(`adm_${k.id.slice(-6)}`) })).status,
    ).toBe(201);
    // Demoted to viewer: the key keeps its scopes on paper, but writes are refused from now on.
    await db.membership.update({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: admin.id } },
      data: { role: "viewer" },
    });
    const after = await call(createInfluencerRoute, { key: k.key, path: "/influencers", body: newInfluencer(`adm2_${k.id.slice(-6)}`) });
    expect(after.status).toBe(403);
    expect((await call(listInfluencersRoute, { key: k.key, path: "/influencers" })).status).toBe(200);
    expect(owner.id).toBeTruthy();
  });

  it("the settings action is for owners and admins (apiKeys.manage)", async () => {
    const { createApiKeyAction } = await import("@/app/(app)/actions/api-keys");
    const { workspace } = await workspaceWithKey();
    const member = await addMember(workspace.id, "member");
    actAs(member);
    const res = await createApiKeyAction(workspace.slug, { name: "Mine", scopes: ["influencers:read"] });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe("FORBIDDEN");
  });
});

describe("bodies, errors and last use", () => {
  it("a body over 256 KB is 413, also when it declares no length", async () => {
    const { key } = await workspaceWithKey();
    const big = JSON.stringify({ ...newInfluencer("big"), notes: "x".repeat(300 * 1024) });
    const out = await call(createInfluencerRoute, { key, path: "/influencers", body: big });
    expect(out.status).toBe(413);
    expect(out.json.error?.code).toBe("PAYLOAD_TOO_LARGE");
    const chunked = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const res = await createInfluencerRoute(
      new Request("http://test/api/v1/influencers", {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: chunked,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(413);
  });

  it("invalid input: 400 with per-field messages under `fields`; not JSON: 415", async () => {
    const { key } = await workspaceWithKey();
    const out = await call(createInfluencerRoute, {
      key,
      path: "/influencers",
      body: { displayName: "", account: { platform: "myspace" } },
    });
    expect(out.status).toBe(400);
    expect(out.json.error?.code).toBe("BAD_REQUEST");
    expect(Object.keys(out.json.error?.fields ?? {})).toEqual(expect.arrayContaining(["displayName"]));
    const form = await call(createInfluencerRoute, { key, path: "/influencers", body: "a=b", headers: { "content-type": "text/plain" } });
    expect(form.status).toBe(415);
  });

  it("another workspace's id is 404, like an id that doesn't exist", async () => {
    const a = await workspaceWithKey();
    const b = await workspaceWithKey();
    const created = await call(createInfluencerRoute, { key: b.key, path: "/influencers", body: newInfluencer(`b_${b.keyId.slice(-6)}`) });
    const id = (created.json as { id: string }).id;
    expect((await call(getInfluencerRoute, { key: b.key, params: { influencerId: id } })).status).toBe(200);
    const foreign = await call(getInfluencerRoute, { key: a.key, params: { influencerId: id } });
    const missing = await call(getInfluencerRoute, { key: a.key, params: { influencerId: "nope" } });
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(foreign.text).toBe(missing.text);
  });

  it("last use is recorded on an answered request, at most once a minute", async () => {
    const { key, keyId, workspace } = await workspaceWithKey();
    const lastUsed = async () =>
      (await db.apiKey.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: workspace.id, id: keyId } } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await call(listInfluencersRoute, { key, path: "/influencers" });
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await call(listInfluencersRoute, { key, path: "/influencers" });
    expect(await lastUsed()).toEqual(first);
    await db.apiKey.updateMany({ where: { workspaceId: workspace.id, id: keyId }, data: { lastUsedAt: new Date(Date.now() - 120_000) } });
    await call(listInfluencersRoute, { key, path: "/influencers" });
    expect((await lastUsed())!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it("the disclosure check takes any valid key, and a bad key is 401 even with a session", async () => {
    const { key, owner } = await workspaceWithKey(["reports:read"]);
    const ok = await call(checkRoute, { key, path: "/compliance/check", body: { text: "Loving this serum #ad", platform: "instagram" } });
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveProperty("findings");
    actAs(owner);
    const bad = await call(checkRoute, { key: "mc_live_nope", path: "/compliance/check", body: { text: "x", platform: "instagram" } });
    expect(bad.status).toBe(401);
  });
});

describe("rate limit per key, counted in Postgres", () => {
  const saved = process.env.RATE_LIMIT_DISABLED;
  afterEach(() => {
    process.env.RATE_LIMIT_DISABLED = saved;
    vi.resetModules();
  });

  it("every answer carries X-RateLimit-*; past the limit 429 with Retry-After; another key is unaffected", async () => {
    vi.resetModules();
    process.env.RATE_LIMIT_DISABLED = "false";
    const { GET } = await import("@/app/api/v1/influencers/route");
    const { API_RATE_LIMIT } = await import("@/lib/api/with-api-key");
    const { db: freshDb } = await import("@/lib/db");
    const a = await workspaceWithKey();
    const b = await workspaceWithKey();
    const first = await call(GET, { key: a.key, path: "/influencers" });
    expect(first.status).toBe(200);
    expect(first.res.headers.get("x-ratelimit-limit")).toBe(String(API_RATE_LIMIT.limit));
    expect(first.res.headers.get("x-ratelimit-remaining")).toBe(String(API_RATE_LIMIT.limit - 1));
    const reset = Number(first.res.headers.get("x-ratelimit-reset"));
    expect(reset).toBeGreaterThan(Date.now() / 1000);
    expect(reset).toBeLessThanOrEqual(Date.now() / 1000 + API_RATE_LIMIT.windowSeconds + 1);
    // Another server used up the rest of this minute (the counter is shared through Postgres).
    await freshDb.rateLimitBucket.update({
      where: { key: `${API_RATE_LIMIT.name}:${a.keyId.toLowerCase()}` },
      data: { count: API_RATE_LIMIT.limit },
    });
    const over = await call(GET, { key: a.key, path: "/influencers" });
    expect(over.status).toBe(429);
    expect(over.json.error?.code).toBe("RATE_LIMITED");
    expect(Number(over.res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(over.res.headers.get("x-ratelimit-remaining")).toBe("0");
    expect((await call(GET, { key: b.key, path: "/influencers" })).status).toBe(200);
  });
});
