// Errors carry two messages and an id: an unexpected error is logged once, with the request id, and
// the generic message the user sees carries the same id; an expected error's internal detail goes to
// the log only; the user's input (passwords, tokens) never reaches the log line.
import { afterEach, describe, expect, it } from "vitest";

import { createWorkspaceAction } from "@/app/(app)/actions/workspaces";
import { actionError } from "@/lib/auth/workspace-action";
import { AppError, errorResponse } from "@/lib/errors";
import { setLogDestination, withLogContext } from "@/lib/log";

import { createUser } from "../../fixtures/factories";
import { actAs } from "../session-double";

type Line = { level: string; msg: string; requestId?: string; userId?: string; detail?: string; err?: { message: string } };

function capture(): Line[] {
  const lines: Line[] = [];
  setLogDestination({ write: (s: string) => void lines.push(JSON.parse(s) as Line) });
  return lines;
}

afterEach(() => setLogDestination(undefined));

const REF = /^Something went wrong on our side \(ref ([0-9a-f-]{36})\)\.$/;

describe("error references", () => {
  it("route handlers: an unexpected error answers 500 with a ref that is the request id of its one log line", async () => {
    const lines = capture();
    const res = await errorResponse(new TypeError("cannot read properties of undefined"));
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("INTERNAL");
    const ref = REF.exec(body.error.message)?.[1];
    expect(ref, body.error.message).toBeDefined();
    expect(res.headers.get("x-request-id")).toBe(ref);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", requestId: ref, err: { message: "cannot read properties of undefined" } });
  });

  it("the request id of the request being served is the ref (proxy.ts sets it; the log context carries it)", async () => {
    const lines = capture();
    const res = await withLogContext({ requestId: "3f1d2c4b-aaaa-4bbb-8ccc-1234567890ab" }, () => errorResponse(new Error("boom")));
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe("Something went wrong on our side (ref 3f1d2c4b-aaaa-4bbb-8ccc-1234567890ab).");
    expect(lines[0]?.requestId).toBe("3f1d2c4b-aaaa-4bbb-8ccc-1234567890ab");
  });

  it("expected errors: the user sees the message, the internal detail goes only to the log (5xx) or nowhere (4xx)", async () => {
    const lines = capture();
    const down = new AppError("DB_UNAVAILABLE", "The database is unavailable right now. Please try again in a moment.", {
      detail: "Query read timeout on pool 'requests'",
    });
    const res = await errorResponse(down);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).not.toContain("Query read timeout");
    expect(lines).toEqual([expect.objectContaining({ level: "warn", detail: "Query read timeout on pool 'requests'" })]);

    const notFound = await errorResponse(new AppError("NOT_FOUND", "Campaign not found", { detail: "campaign c1 in ws w2" }));
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).not.toContain("ws w2");
    expect(lines).toHaveLength(1); // a 404 is an answer, not an incident
  });

  it("server actions: the generic message carries the ref of its log line; an expected error logs nothing", async () => {
    const user = await createUser();
    actAs({ id: user.id, email: user.email, name: user.name });
    const lines = capture();
    const res = await actionError(new Error("unexpected"));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe("INTERNAL");
    const m = /^Something went wrong on our side \(ref ([0-9a-f-]{36})\)\. Please try again\.$/.exec(res.error.message);
    expect(m, res.error.message).not.toBeNull();
    expect(lines).toEqual([expect.objectContaining({ level: "error", requestId: m![1] })]);

    // Through a real action gate: a bad input is a 400-style answer with its message, nothing logged.
    const bad = await createWorkspaceAction({ name: "" });
    expect(bad.ok).toBe(false);
    expect(lines).toHaveLength(1);
  });
});
