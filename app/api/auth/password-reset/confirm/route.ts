// POST /api/auth/password-reset/confirm {token, password}: sets the new password and ends every
// existing session of the account.
import { resetPassword } from "@/lib/accounts/credentials";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { clientIp, enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readJson(req);
    await enforceRateLimits([[RATE_LIMITS.resetIp, clientIp(req.headers)]]);
    const input = parseInput(resetPasswordSchema, body);
    const { email } = await resetPassword(input);
    return Response.json({ ok: true, email });
  } catch (e) {
    return errorResponse(e);
  }
}
