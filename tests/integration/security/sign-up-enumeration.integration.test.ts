// Sign-up can't be used to find out who has an account: for a new address, an address with an
// unverified account and one with a verified account, POST /api/auth/sign-up gives the same status
// and the same body, and mails the address in every case (a confirmation link, or "you already have
// an account"). Nobody is signed in by signing up. The confirmation and "send it again" routes.
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { POST as signUpRoute } from "@/app/api/auth/sign-up/route";
import { POST as resendRoute } from "@/app/api/auth/verify-email/resend/route";
import { POST as verifyRoute } from "@/app/api/auth/verify-email/route";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

import { createUser } from "../../fixtures/factories";

const uid = () => randomBytes(4).toString("hex");

const post = (route: (r: Request) => Promise<Response>, body: unknown) =>
  route(
    new Request("http://localhost:3000/api/auth/x", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

const mailsTo = (email: string) => db.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

async function signUpAnswer(email: string) {
  const before = (await mailsTo(email)).length;
  const res = await post(signUpRoute, { name: "Someone", email, password: "correct horse battery staple" });
  const mails = await mailsTo(email);
  return { status: res.status, body: await res.json(), setCookie: res.headers.get("set-cookie"), newMails: mails.slice(before) };
}

describe("POST /api/auth/sign-up answers the same for every address", () => {
  it("new, unverified and verified addresses: same status, same body, one email each, no cookie", async () => {
    const fresh = `new-${uid()}@example.test`;
    const unverified = await createUser({ email: `pending-${uid()}@example.test`, verified: false });
    const verified = await createUser({
      email: `taken-${uid()}@example.test`,
      passwordHash: await hashPassword("the owner's own passphrase"),
    });
    const verifiedBefore = await db.user.findUniqueOrThrow({ where: { id: verified.id } });

    const answers = [await signUpAnswer(fresh), await signUpAnswer(unverified.email), await signUpAnswer(verified.email)];
    for (const a of answers) {
      expect({ status: a.status, body: a.body, setCookie: a.setCookie }).toEqual({
        status: answers[0]!.status,
        body: answers[0]!.body,
        setCookie: null,
      });
      expect(a.newMails).toHaveLength(1);
    }
    expect(answers[0]!.status).toBe(202);
    expect(answers.map((a) => a.newMails[0]!.subject)).toEqual([
      "Confirm your email address",
      "Confirm your email address",
      "You already have an account",
    ]);
    // The verified account is untouched: its password is still its owner's.
    expect(await db.user.findUniqueOrThrow({ where: { id: verified.id } })).toEqual(verifiedBefore);
    expect(await db.userSession.count({ where: { user: { email: { in: [fresh, unverified.email, verified.email] } } } })).toBe(0);
  });

  it("bad input is still reported per field", async () => {
    const res = await post(signUpRoute, { name: "", email: "not an email", password: "x" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["email", "name", "password"]);
  });
});

describe("confirming and re-sending", () => {
  it("the emailed link's token confirms the address once through POST /api/auth/verify-email; then 410", async () => {
    const email = `confirm-${uid()}@example.test`;
    const { newMails } = await signUpAnswer(email);
    const token = /\/verify-email\?token=([A-Za-z0-9_-]{43})/.exec(newMails[0]!.text)![1]!;
    const ok = await post(verifyRoute, { token });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, email });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeInstanceOf(Date);
    expect((await post(verifyRoute, { token })).status).toBe(410);
    expect((await post(verifyRoute, { token: "nope" })).status).toBe(410);
  });

  it("resend: the same answer for unknown, unverified and verified addresses; only the unverified one gets mail", async () => {
    const unknown = `nobody-${uid()}@example.test`;
    const unverified = await createUser({
      email: `pending-${uid()}@example.test`,
      passwordHash: await hashPassword("some passphrase"),
      verified: false,
    });
    const verified = await createUser({ email: `done-${uid()}@example.test`, passwordHash: await hashPassword("some passphrase") });
    const answers = [];
    for (const email of [unknown, unverified.email, verified.email]) {
      const res = await post(resendRoute, { email });
      answers.push({ status: res.status, body: await res.json() });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect((await mailsTo(unknown)).length).toBe(0);
    expect((await mailsTo(unverified.email)).map((m) => m.subject)).toEqual(["Confirm your email address"]);
    expect((await mailsTo(verified.email)).length).toBe(0);
  });
});
