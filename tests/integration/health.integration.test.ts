// GET /api/health against the real database, against an unreachable one, and back again.
//
// lib/env.ts parses process.env once, at import, and lib/db builds its Prisma client from that; so to
// point the route at another database the test changes DATABASE_URL, resets the module registry and
// imports the route afresh (lib/db then replaces its client because the URL changed). Recovery is
// shown twice: by switching DATABASE_URL back and re-importing, and — closer to a real outage — with
// one route module whose database (reached through a TCP proxy) goes away and comes back.
import net from "node:net";

import { afterAll, describe, expect, it, vi } from "vitest";

const realUrl = process.env.DATABASE_URL!;

async function freshHealthRoute() {
  vi.resetModules();
  return (await import("@/app/api/health/route")).GET;
}

/** A port on 127.0.0.1 that nothing listens on (taken from the OS, then released). */
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

/** A TCP proxy to `target` that can be taken down (killing open connections) and brought back on the same port. */
async function tcpProxy(target: { host: string; port: number }) {
  const port = await closedPort();
  let server: net.Server | undefined;
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  const up = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target);
        track(client);
        track(upstream);
        client.pipe(upstream).pipe(client);
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });
  await up();
  return { port, up, down };
}

afterAll(async () => {
  process.env.DATABASE_URL = realUrl;
  vi.resetModules();
});

describe("GET /api/health", () => {
  it("200 {status: ok, db: ok} with no-store when the database answers", async () => {
    const GET = await freshHealthRoute();
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("503 with db: down, fast, when the database is unreachable; 200 again once it is back", async () => {
    const down = new URL(realUrl);
    down.hostname = "127.0.0.1";
    down.port = String(await closedPort());
    process.env.DATABASE_URL = down.toString();
    try {
      const GET = await freshHealthRoute();
      const started = Date.now();
      const res = await GET();
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expect(await res.json()).toEqual({ status: "degraded", db: "down" });
      expect(elapsed).toBeLessThan(5_000);
    } finally {
      process.env.DATABASE_URL = realUrl;
    }

    const GET = await freshHealthRoute();
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("the same route module recovers on its own when the database comes back (pool reconnects)", async () => {
    const real = new URL(realUrl);
    const proxy = await tcpProxy({ host: real.hostname, port: Number(real.port) });
    const viaProxy = new URL(realUrl);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    process.env.DATABASE_URL = viaProxy.toString();
    // The pool logs its dropped idle connections; expected here.
    const { setLogDestination } = await import("@/lib/log");
    setLogDestination({ write: () => {} });
    try {
      const GET = await freshHealthRoute();
      expect((await GET()).status).toBe(200);

      await proxy.down();
      await new Promise((r) => setTimeout(r, 100));
      const started = Date.now();
      const res = await GET();
      expect(res.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(5_000);

      await proxy.up();
      const back = await GET();
      expect(back.status).toBe(200);
      expect(await back.json()).toEqual({ status: "ok", db: "ok" });
    } finally {
      setLogDestination(undefined);
      process.env.DATABASE_URL = realUrl;
      // Point lib/db back at the real database before the proxy goes away for good.
      vi.resetModules();
      const { db } = await import("@/lib/db");
      await db.$queryRaw`SELECT 1`;
      await proxy.down();
    }
  });
});
