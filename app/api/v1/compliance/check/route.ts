// POST /api/v1/compliance/check — checks a caption (and optional transcript) against the FTC or UK
// disclosure rules. For signed-in users (API keys come later); rate limited per user.
import { withUser } from "@/lib/auth/with-workspace";
import { checkDisclosure } from "@/lib/compliance";
import { checkDisclosureInputSchema } from "@/lib/compliance/schema";
import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 2_000_000;

export const POST = withUser(async (req, { user }) => {
  await enforceRateLimits([[RATE_LIMITS.complianceCheck, user.id]]);
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The request is larger than 2 MB.");
  const input = parseInput(checkDisclosureInputSchema, await readJson(req));
  return Response.json(checkDisclosure(input));
});
