// POST /api/auth/verify-email/resend {email, next?}: mails a new confirmation link to an unverified
// account. Rate limited per IP and per address; the same answer whatever the address.
import { resendVerificationSchema } from "@/lib/accounts/schemas";
import { RESEND_ANSWER, resendVerification } from "@/lib/accounts/verification";
import { clientIp } from "@/lib/client-ip";
import { errorResponse } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 4 * 1024; // an email address and a next path

export async function POST(req: Request): Promise<Response> {
  try {
    const body = await readJson(req, { maxBytes: MAX_BODY_BYTES });
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : null;
    await enforceRateLimits([
      [RATE_LIMITS.verifyResendIp, clientIp(req.headers)],
      [RATE_LIMITS.verifyResendEmail, email],
    ]);
    const input = parseInput(resendVerificationSchema, body);
    await resendVerification(input.email, { next: input.next });
    return Response.json({ ok: true, message: RESEND_ANSWER });
  } catch (e) {
    return errorResponse(e);
  }
}
