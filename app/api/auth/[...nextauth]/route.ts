// Auth.js's own endpoints (session, CSRF token, OAuth sign-in and callbacks, sign-out). POSTs go
// through the same cross-site check and capped body reader as every other route handler first;
// Auth.js then reads the capped copy. The password check behind /callback/credentials carries the
// sign-in rate limits itself (lib/auth/config.ts).
import { NextRequest } from "next/server";

import { handlers } from "@/lib/auth/config";
import { errorResponse } from "@/lib/errors";
import { readBody } from "@/lib/http";

const MAX_BODY_BYTES = 16 * 1024; // form fields: CSRF token, callback URL, email and password

export const { GET } = handlers;

export async function POST(req: NextRequest): Promise<Response> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBody(req, { maxBytes: MAX_BODY_BYTES });
  } catch (e) {
    return errorResponse(e);
  }
  return handlers.POST(new NextRequest(req.url, { method: "POST", headers: req.headers, body }));
}
