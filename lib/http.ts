import { AppError } from "./errors";

/** Reads a JSON object body; anything else is a 400 with a plain message. */
export async function readJson(req: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError("BAD_REQUEST", "Send a JSON body.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_REQUEST", "Send a JSON object.");
  return body as Record<string, unknown>;
}
