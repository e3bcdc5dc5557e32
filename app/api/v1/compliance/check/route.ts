// POST /api/v1/compliance/check — checks a caption (and optional transcript) against the FTC or UK
// disclosure rules. For signed-in users (API keys come later); rate limited per user.
import { withUser } from "@/lib/auth/with-workspace";
import { checkDisclosure } from "@/lib/compliance";
import { checkDisclosureInputSchema } from "@/lib/compliance/schema";
import { readJson } from "@/lib/http";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 2 * 1024 * 1024; // a caption and a long video transcript

export const POST = withUser(async (req, { user }) => {
  await enforceRateLimits([[RATE_LIMITS.complianceCheck, user.id]]);
  const input = parseInput(checkDisclosureInputSchema, await readJson(req, { maxBytes: MAX_BODY_BYTES }));
  return Response.json(checkDisclosure(input));
});
