// The Auth.js secret. Required in production (env.ts enforces it). In development a random secret
// is created once under DATA_DIR so every process of this checkout signs sessions the same way.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { env } from "../env";

let cached: string | undefined;

export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (cached) return cached;
  const file = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR, "auth-secret");
  try {
    cached = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  } catch {
    fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
    const secret = randomBytes(33).toString("base64url");
    try {
      fs.writeFileSync(/*turbopackIgnore: true*/ file, secret, { flag: "wx", mode: 0o600 });
    } catch {
      /* another process wrote it first */
    }
    cached = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  }
  return cached;
}
