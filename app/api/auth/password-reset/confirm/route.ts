// POST /api/auth/password-reset/confirm {token, password}: sets the new password and ends every
// existing session of the account.
import { resetPassword } from "@/lib/accounts/credentials";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/client-ip";
import { errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 16 * 1024; // a token and a password

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readJson(req, { maxBytes: MAX_BODY_BYTES });
    await enforceRateLimits([[RATE_LIMITS.resetIp, clientIp(req.headers)]]);
    const input = parseInput(resetPasswordSchema, body);
    const { email } = await resetPassword(input);
    return Response.json({ ok: true, email });
  } catch (e) {
    return errorResponse(e);
  }
}
