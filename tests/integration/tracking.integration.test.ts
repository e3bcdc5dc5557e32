// Tracking links on a real Postgres: the /r/<code> route (302 with UTMs and the click id, HEAD not
// counted, unknown and malformed codes 404 without a write, paused and expired links), a pause seen
// by a second server within the cache TTL, the click buffer through a database outage and a
// shutdown (no click lost, none doubled), the per-visitor hourly cap and the click counts.
import net from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET, HEAD } from "@/app/r/[code]/route";
import { createDb, db } from "@/lib/db";
import { env } from "@/lib/env";
import { ClickBuffer, type ClickRow } from "@/lib/tracking/click-buffer";
import { CLICK_ID, newClickId } from "@/lib/tracking/click-id";
import { createDiscountCode } from "@/lib/tracking/discount-codes";
import { createLink, saveAllowedDomains, setLinkExpiry, setLinkPaused } from "@/lib/tracking/links";
import { clickBuffer, writeClicks } from "@/lib/tracking/recorder";
import { createCodeResolver } from "@/lib/tracking/resolve";
import { clickStats } from "@/lib/tracking/stats";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
let w: string;
let owner: string;
let collaborationId: string;

beforeAll(async () => {
  const user = await createUser();
  owner = user.id;
  ({
    workspace: { id: w },
  } = await createWorkspaceWith({ owner: user }));
  ({ collaborationId } = await createInvitedCollaboration(w, owner));
});

async function newLink(destinationUrl = "https://shop.example/p?color=red#top") {
  return createLink({
    workspaceId: w,
    actorId: owner,
    input: {
      collaborationId,
      deliverableId: null,
      destinationUrl,
      utmSource: null,
      utmMedium: null,
      utmCampaign: "spring",
      utmContent: null,
      expiresAt: null,
      fallbackUrl: null,
    },
  });
}

function call(method: typeof GET, code: string, headers: Record<string, string> = { "user-agent": CHROME }) {
  return method(new Request(`http://test/r/${code}`, { method: method === HEAD ? "HEAD" : "GET", headers }), {
    params: Promise.resolve({ code }),
  });
}

const clicks = () => db.click.count({ where: { workspaceId: w } });

describe("/r/<code>", () => {
  it("answers 302 to the destination with its UTMs and a click id, and records that click once", async () => {
    const link = await newLink();
    const res = await call(GET, link.code, { "user-agent": CHROME, referer: "https://www.instagram.com/", "cf-ipcountry": "DE" });
    expect(res.status).toBe(302);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const to = new URL(res.headers.get("location")!);
    expect(to.origin + to.pathname).toBe("https://shop.example/p");
    expect(to.hash).toBe("#top");
    expect(to.searchParams.get("color")).toBe("red");
    expect(to.searchParams.get("utm_source")).toBe("instagram");
    expect(to.searchParams.get("utm_medium")).toBe("influencer");
    expect(to.searchParams.get("utm_campaign")).toBe("spring");
    expect(to.searchParams.get("utm_content")).toBeTruthy();
    const id = to.searchParams.get(env.TRACKING_CLICK_PARAM)!;
    expect(id).toMatch(CLICK_ID);
    await clickBuffer().flush();
    const row = await db.click.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: w, id } } });
    expect(row).toMatchObject({
      linkId: link.id,
      collaborationId,
      device: "desktop",
      browser: "Chrome",
      os: "Windows",
      referrerDomain: "instagram.com",
      isBot: false,
    });
    expect(row.visitorHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers HEAD the same without counting", async () => {
    const link = await newLink();
    await clickBuffer().flush();
    const before = await clicks();
    const res = await call(HEAD, link.code);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^https:\/\/shop\.example\/p\?/);
    await clickBuffer().flush();
    expect(await clicks()).toBe(before);
  });

  it("answers 404 to unknown and malformed codes without any write", async () => {
    await clickBuffer().flush();
    const before = await clicks();
    for (const code of ["zzzzzzzz", "abc", "..%2F..%2Fetc", "0000000O"]) expect((await call(GET, code)).status).toBe(404);
    expect(clickBuffer().pending).toBe(0);
    expect(await clicks()).toBe(before);
  });

  it("shows 'this link has ended' for a paused or expired link, or goes to its fallback; counts nothing", async () => {
    const link = await newLink();
    await setLinkPaused({ workspaceId: w, actorId: owner, linkId: link.id, paused: true });
    await clickBuffer().flush();
    const before = await clicks();
    const ended = await call(GET, link.code);
    expect(ended.status).toBe(410);
    expect(await ended.text()).toContain("This link has ended");
    await setLinkPaused({ workspaceId: w, actorId: owner, linkId: link.id, paused: false });
    await setLinkExpiry({
      workspaceId: w,
      actorId: owner,
      linkId: link.id,
      expiresAt: new Date(Date.now() - 1000),
      fallbackUrl: "https://shop.example/sale",
    });
    const fallback = await call(GET, link.code);
    expect(fallback.status).toBe(302);
    expect(fallback.headers.get("location")).toBe("https://shop.example/sale");
    await clickBuffer().flush();
    expect(await clicks()).toBe(before);
  });

  it("a second server sees a pause within its cache TTL and not before", async () => {
    const link = await newLink();
    const other = createCodeResolver({ ttlMs: 5_000 });
    const t0 = Date.now();
    expect((await other.resolve(link.code, t0))!.paused).toBe(false);
    await setLinkPaused({ workspaceId: w, actorId: owner, linkId: link.id, paused: true });
    expect((await other.resolve(link.code, t0 + 4_999))!.paused).toBe(false);
    expect((await other.resolve(link.code, t0 + 5_000))!.paused).toBe(true);
    // This server dropped its own copy at once.
    expect((await call(GET, link.code)).status).toBe(410);
  });

  it("caps a flood from one visitor per link and hour, and counts bots apart", async () => {
    const link = await newLink();
    for (let i = 0; i < env.TRACKING_VISITOR_HOURLY_CAP + 20; i++) await call(GET, link.code);
    await call(GET, link.code, { "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" });
    await call(GET, link.code, { "user-agent": "facebookexternalhit/1.1" });
    await clickBuffer().flush();
    const stats = (await clickStats(w, [link.id])).get(link.id)!;
    expect(stats).toEqual({ total: env.TRACKING_VISITOR_HOURLY_CAP, unique: 1, bots: 2 });
  });

  it("refuses destinations that are not http(s) or not on the allowlist", async () => {
    await expect(newLink("javascript:alert(1)")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await saveAllowedDomains({ workspaceId: w, actorId: owner, domains: ["*.shop.example"] });
    await expect(newLink("https://evil.example/")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(newLink("https://eu.shop.example/")).resolves.toMatchObject({ code: expect.any(String) });
    await saveAllowedDomains({ workspaceId: w, actorId: owner, domains: [] });
  });

  it("keeps discount codes unique per workspace whatever the case", async () => {
    const input = { collaborationId, code: "Ava15", pattern: null, description: "15% off", cap: null };
    await createDiscountCode({ workspaceId: w, actorId: owner, input });
    await expect(createDiscountCode({ workspaceId: w, actorId: owner, input: { ...input, code: "AVA15" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const generated = await createDiscountCode({ workspaceId: w, actorId: owner, input: { ...input, code: null, pattern: "AVA15" } });
    expect(generated.code).toMatch(/^AVA15[2-9A-Z]{2}$/);
  });
});

/** A port on 127.0.0.1 that nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

describe("click buffer through a database outage", () => {
  const unreachable: ReturnType<typeof createDb>[] = [];
  afterAll(async () => {
    for (const c of unreachable) await c.$disconnect().catch(() => {});
  });

  it("keeps every click while the database is down, writes each exactly once when it is back, and flushes on close", async () => {
    const link = await newLink();
    const url = new URL(process.env.DATABASE_URL!);
    url.port = String(await closedPort());
    const down = createDb(url.toString(), { max: 1 });
    unreachable.push(down);
    const buffer = new ClickBuffer({
      write: (rows) => down.click.createMany({ data: rows, skipDuplicates: true }).then(() => undefined),
      flushMs: 20,
      batchSize: 50,
      maxBuffered: 10_000,
      hourlyCap: 1_000,
    });
    const rows: ClickRow[] = Array.from({ length: 180 }, (_, i) => ({
      workspaceId: w,
      id: newClickId(),
      linkId: link.id,
      collaborationId,
      at: new Date(),
      country: null,
      device: "mobile",
      browser: null,
      os: null,
      referrerDomain: null,
      isBot: false,
      visitorHash: `v${i}`,
    }));
    for (const r of rows) expect(buffer.push(r)).toBe("queued");
    await buffer.flush();
    expect(buffer.stats.failedFlushes).toBeGreaterThan(0);
    expect(buffer.pending).toBe(180);
    expect(await db.click.count({ where: { workspaceId: w, linkId: link.id } })).toBe(0);

    // A batch that reached the database although the writer saw an error (a timeout after commit):
    // the retry must not write it twice.
    await writeClicks(rows.slice(0, 50));
    buffer.setWriter(writeClicks);
    expect(await buffer.close(5_000)).toBe(0);
    expect(buffer.pending).toBe(0);
    const stored = await db.click.findMany({ where: { workspaceId: w, linkId: link.id }, select: { id: true } });
    expect(stored.map((s) => s.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });
});
