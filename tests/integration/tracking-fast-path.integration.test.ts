// The launcher's /r/<code> fast path (lib/tracking/serve-redirect.ts) on a real Node HTTP server and
// Postgres: 302 with the UTMs and a click id and the click recorded once, HEAD not counted, 404 for
// unknown and malformed codes, the static security headers, and anything else left to Next.
import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createLink } from "@/lib/tracking/links";
import { clickBuffer } from "@/lib/tracking/recorder";
import { serveTrackingRedirect } from "@/lib/tracking/serve-redirect";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";

const UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
let server: http.Server;
let base: string;
let w: string;
let code: string;
const leftToNext: string[] = [];

beforeAll(async () => {
  const user = await createUser();
  const { workspace } = await createWorkspaceWith({ owner: user });
  w = workspace.id;
  const { collaborationId } = await createInvitedCollaboration(w, user.id);
  code = (
    await createLink({
      workspaceId: w,
      actorId: user.id,
      input: {
        collaborationId,
        deliverableId: null,
        destinationUrl: "https://shop.example/p?color=red#top",
        utmSource: null,
        utmMedium: null,
        utmCampaign: "spring",
        utmContent: null,
        expiresAt: null,
        fallbackUrl: null,
      },
    })
  ).code;
  server = http.createServer((req, res) => {
    if (serveTrackingRedirect(req, res)) return;
    leftToNext.push(`${req.method} ${req.url}`);
    res.writeHead(299).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

const clicks = async () => {
  await clickBuffer().flush();
  return db.click.count({ where: { workspaceId: w } });
};

describe("launcher fast path for /r/<code>", () => {
  it("answers 302 with UTMs, the click id and the security headers, and records the click once", async () => {
    const res = await fetch(`${base}/r/${code}`, { redirect: "manual", headers: { "user-agent": UA } });
    expect(res.status).toBe(302);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const to = new URL(res.headers.get("location")!);
    expect(to.origin + to.pathname).toBe("https://shop.example/p");
    expect(to.searchParams.get("color")).toBe("red");
    expect(to.searchParams.get("utm_campaign")).toBe("spring");
    expect(to.hash).toBe("#top");
    const id = to.searchParams.get("mc_click")!;
    expect(await clicks()).toBe(1);
    expect(await db.click.findUnique({ where: { workspaceId_id: { workspaceId: w, id } }, select: { isBot: true } })).toEqual({
      isBot: false,
    });
  });

  it("answers HEAD the same without counting; unknown and malformed codes are 404", async () => {
    const before = await clicks();
    const head = await fetch(`${base}/r/${code}`, { method: "HEAD", redirect: "manual", headers: { "user-agent": UA } });
    expect(head.status).toBe(302);
    expect((await fetch(`${base}/r/ZZZZZZZZ`, { redirect: "manual" })).status).toBe(404);
    expect((await fetch(`${base}/r/_`, { redirect: "manual" })).status).toBe(404);
    expect(await clicks()).toBe(before);
  });

  it("leaves other paths, methods and nested segments to Next", async () => {
    await fetch(`${base}/r/${code}/x`, { redirect: "manual" });
    await fetch(`${base}/r/${code}`, { method: "POST", redirect: "manual" });
    await fetch(`${base}/rr/${code}`, { redirect: "manual" });
    expect(leftToNext).toEqual([`GET /r/${code}/x`, `POST /r/${code}`, `GET /rr/${code}`]);
  });
});
