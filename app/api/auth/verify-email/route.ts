// POST /api/auth/verify-email {token}: confirms the address of the link's account. POST, not the
// link's GET, so mail scanners that fetch links don't use it up (the page /verify-email asks first).
import { verifyEmailSchema } from "@/lib/accounts/schemas";
import { verifyEmail } from "@/lib/accounts/verification";
import { clientIp } from "@/lib/client-ip";
import { errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 4 * 1024; // a token

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readJson(req, { maxBytes: MAX_BODY_BYTES });
    await enforceRateLimits([[RATE_LIMITS.verifyIp, clientIp(req.headers)]]);
    const input = parseInput(verifyEmailSchema, body);
    const { email } = await verifyEmail(input.token);
    return Response.json({ ok: true, email });
  } catch (e) {
    return errorResponse(e);
  }
}
