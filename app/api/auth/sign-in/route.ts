// POST /api/auth/sign-in {email, password}: rate limited per IP and per email, then Auth.js signs in.
import { CredentialsSignin } from "next-auth";

import { signInSchema } from "@/lib/accounts/schemas";
import { EMAIL_NOT_VERIFIED, signIn } from "@/lib/auth/config";
import { AppError, errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { clientIp, enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readJson(req);
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : null;
    await enforceRateLimits([
      [RATE_LIMITS.signInIp, clientIp(req.headers)],
      [RATE_LIMITS.signInEmail, email],
    ]);
    const input = parseInput(signInSchema, body);
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    } catch (e) {
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
