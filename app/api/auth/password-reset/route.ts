// POST /api/auth/password-reset {email}: emails a reset link. Same answer whether or not the
// account exists.
import { requestPasswordReset } from "@/lib/accounts/credentials";
import { requestResetSchema } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/client-ip";
import { errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 4 * 1024; // an email address

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readJson(req, { maxBytes: MAX_BODY_BYTES });
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : null;
    await enforceRateLimits([
      [RATE_LIMITS.resetIp, clientIp(req.headers)],
      [RATE_LIMITS.resetEmail, email],
    ]);
    const input = parseInput(requestResetSchema, body);
    await requestPasswordReset(input.email);
    return Response.json({ ok: true, message: "If an account exists for that email, a reset link is on its way." });
  } catch (e) {
    return errorResponse(e);
  }
}
