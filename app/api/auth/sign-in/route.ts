// POST /api/auth/sign-in {email, password}: Auth.js signs in; the per-IP and per-email limits run
// inside the credentials check itself (lib/auth/config.ts), so they cover every way in.
import { CredentialsSignin } from "next-auth";

import { signInSchema } from "@/lib/accounts/schemas";
import { EMAIL_NOT_VERIFIED, RateLimitedSignin, signIn } from "@/lib/auth/config";
import { AppError, errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 16 * 1024; // an email and a password of at most 1,024 characters

export async function POST(req: Request): Promise<Response> {
  try {
    const input = parseInput(signInSchema, await readJson(req, { maxBytes: MAX_BODY_BYTES }));
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    } catch (e) {
      if (e instanceof RateLimitedSignin) throw e.appError;
      if (e instanceof CredentialsSignin && e.code === EMAIL_NOT_VERIFIED) {
        throw new AppError("FORBIDDEN", "Confirm your email address first: open the link we emailed you when you signed up.");
      }
      if (e instanceof CredentialsSignin || (e as { type?: string }).type === "CredentialsSignin") {
        throw new AppError("UNAUTHORIZED", "Email or password is incorrect.");
      }
      throw e;
    }
    return Response.json({ ok: true });
  } catch (e) {
    return errorResponse(e);
  }
}
