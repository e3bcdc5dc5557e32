// POST /api/auth/sign-up {name, email, password}: creates the account and signs it in.
import { signUp } from "@/lib/accounts/credentials";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signIn } from "@/lib/auth/config";
import { errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { clientIp, enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readJson(req);
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : null;
    await enforceRateLimits([
      [RATE_LIMITS.signUpIp, clientIp(req.headers)],
      [RATE_LIMITS.signUpEmail, email],
    ]);
    const input = parseInput(signUpSchema, body);
    await signUp(input);
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    return Response.json({ ok: true }, { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
