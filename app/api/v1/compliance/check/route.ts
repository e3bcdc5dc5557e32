// POST /api/v1/compliance/check — checks a caption (and optional transcript) against the FTC or UK
// disclosure rules. With an API key (Authorization: Bearer …, any scope) through the public API's
// gate, or for a signed-in user of the app (withUser); rate limited per key or per user.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { withUser } from "@/lib/auth/with-workspace";
import { checkDisclosure } from "@/lib/compliance";
import { checkDisclosureInputSchema } from "@/lib/compliance/schema";
import { readJson } from "@/lib/http";
import { enforceRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

const MAX_BODY_BYTES = 2 * 1024 * 1024; // a caption and a long video transcript

const bySession = withUser(async (req, { user }) => {
  await enforceRateLimits([[RATE_LIMITS.complianceCheck, user.id]]);
  const input = parseInput(checkDisclosureInputSchema, await readJson(req, { maxBytes: MAX_BODY_BYTES }));
  return Response.json(checkDisclosure(input));
});

const byKey = withApiKey(ops.checkDisclosure, { crossSite: "bearerKey" }, async ({ body }) => apiJson(checkDisclosure(body)));

export const POST = Object.assign(
  (req: Request, ctx?: { params: Promise<Record<string, string>> }) =>
    req.headers.has("authorization") ? byKey(req, ctx ?? { params: Promise.resolve({}) }) : bySession(req),
  { operation: ops.checkDisclosure },
);
