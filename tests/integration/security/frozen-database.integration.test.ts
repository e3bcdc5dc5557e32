// A frozen database (a stopped Postgres process, a dead network path) must not hang requests: a
// request whose pooled connection stops getting answers is answered 503 within the configured query
// timeout, and the same route module recovers once the database answers again.
//
// The database sits behind a tiny TCP proxy on 127.0.0.1 that can stop forwarding without closing
// anything — what `kill -STOP` on Postgres looks like from the app: connections stay open, bytes go
// unanswered, new connections are accepted by the kernel but never greeted. lib/env.ts is parsed once
// at import, so the route is imported afresh after pointing DATABASE_URL at the proxy with short
// timeouts (the health test does the same).
import net from "node:net";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { addMember, createUser, createWorkspaceWith } from "../../fixtures/factories";
import { actAs } from "../session-double";

const realUrl = process.env.DATABASE_URL!;
const QUERY_TIMEOUT_MS = 1_500;
const CONNECT_TIMEOUT_MS = 1_000;
/** The old behaviour hung 15–30 s; anything near the configured timeouts passes. */
const BOUND_MS = 8_000;

/** A TCP proxy that can stop forwarding (holding bytes, closing nothing) and resume. */
async function freezableProxy(target: { host: string; port: number }) {
  let frozen = false;
  const held: (() => void)[] = [];
  const sockets = new Set<net.Socket>();
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on("data", (chunk) => {
      const send = () => {
        if (!to.destroyed) to.write(chunk);
      };
      if (frozen) held.push(send);
      else send();
    });
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    forward(client, upstream);
    forward(upstream, client);
    // A frozen peer doesn't close either: a close is held like the bytes before it.
    const closeLater = (s: net.Socket) => () => (frozen ? held.push(() => s.destroy()) : s.destroy());
    client.on("close", closeLater(upstream));
    upstream.on("close", closeLater(client));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const send of held.splice(0)) send();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

let proxy: Awaited<ReturnType<typeof freezableProxy>>;
let slug: string;
let getMembers: (req: Request, ctx: { params: Promise<{ workspaceSlug: string }> }) => Promise<Response>;
const saved = { ...process.env };

const call = () => getMembers(new Request(`http://localhost/api/w/${slug}/members`), { params: Promise.resolve({ workspaceSlug: slug }) });

beforeAll(async () => {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ owner });
  await addMember(workspace.id, "member");
  slug = workspace.slug;
  actAs({ id: owner.id, email: owner.email, name: owner.name });

  const real = new URL(realUrl);
  proxy = await freezableProxy({ host: real.hostname, port: Number(real.port) });
  const viaProxy = new URL(realUrl);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  Object.assign(process.env, {
    DATABASE_URL: viaProxy.toString(),
    DB_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    DB_JOB_QUERY_TIMEOUT_MS: "60000",
    LOG_LEVEL: "error",
  });
  vi.resetModules();
  getMembers = (await import("@/app/api/w/[workspaceSlug]/members/route")).GET;
});

afterAll(async () => {
  proxy.thaw();
  for (const k of ["DB_QUERY_TIMEOUT_MS", "DB_CONNECT_TIMEOUT_MS", "DB_JOB_QUERY_TIMEOUT_MS", "LOG_LEVEL"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  process.env.DATABASE_URL = realUrl;
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  // Point lib/db back at the real database before the proxy goes away for good.
  vi.resetModules();
  const { db } = await import("@/lib/db");
  await db.$queryRaw`SELECT 1`;
  await proxy.close();
});

describe("a frozen database", () => {
  it("sets the statement budget on the server: short for requests, longer for jobs", async () => {
    const { db, jobDb } = await import("@/lib/db");
    const [req] = await db.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    const [job] = await jobDb.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(req?.statement_timeout).toBe("1500ms");
    expect(job?.statement_timeout).toBe("1min");
  });

  it("answers 503 within the query timeout when the pooled connection stops answering, and recovers", async () => {
    expect((await call()).status).toBe(200); // the pool now holds live connections through the proxy

    proxy.freeze();
    let started = Date.now();
    const res = await call();
    let elapsed = Date.now() - started;
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: { code: "DB_UNAVAILABLE", message: "The database is unavailable right now. Please try again in a moment." },
    });
    expect(elapsed).toBeGreaterThanOrEqual(QUERY_TIMEOUT_MS - 100);
    expect(elapsed).toBeLessThan(BOUND_MS);

    // Still frozen: a fresh connection is accepted by the kernel but never greeted.
    started = Date.now();
    expect((await call()).status).toBe(503);
    elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(BOUND_MS);

    proxy.thaw();
    const back = await call();
    expect(back.status).toBe(200);
    expect((await back.json()).members).toHaveLength(2);
  });

  it.each([
    ["before it starts", false],
    ["half-way through", true],
  ])("a transaction that hangs %s fails within the timeout, and its connection is not reused", async (_when, midway) => {
    const { db } = await import("@/lib/db");
    const { toAppError } = await import("@/lib/errors");
    await db.$queryRaw`SELECT 1`;
    if (!midway) proxy.freeze();
    let started = Date.now();
    const err: unknown = await db
      .$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          if (midway) proxy.freeze();
          await tx.$queryRaw`SELECT 2`;
        },
        { timeout: 20_000 },
      )
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
    expect(toAppError(err)?.code, String(err)).toBe("DB_UNAVAILABLE");
    proxy.thaw();
    // Every connection left in the pool answers at once (a stuck one would wait behind its dead query).
    started = Date.now();
    await Promise.all(Array.from({ length: 4 }, () => db.$queryRaw`SELECT 1`));
    expect(Date.now() - started).toBeLessThan(QUERY_TIMEOUT_MS);
  });
});
