// POST /api/auth/sign-up {name, email, password, next?}: the same answer whether or not the address
// has an account; the mail says which (lib/accounts/credentials.ts signUp). Nobody is signed in until
// the address is confirmed.
import { signUp } from "@/lib/accounts/credentials";
import { signUpSchema } from "@/lib/accounts/schemas";
import { SIGN_UP_ANSWER } from "@/lib/accounts/verification";
import { clientIp } from "@/lib/client-ip";
import { errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 16 * 1024; // a name, an email, a password and a next path

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readJson(req, { maxBytes: MAX_BODY_BYTES });
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : null;
    await enforceRateLimits([
      [RATE_LIMITS.signUpIp, clientIp(req.headers)],
      [RATE_LIMITS.signUpEmail, email],
    ]);
    const input = parseInput(signUpSchema, body);
    await signUp(input);
    return Response.json({ ok: true, message: SIGN_UP_ANSWER }, { status: 202 });
  } catch (e) {
    return errorResponse(e);
  }
}
