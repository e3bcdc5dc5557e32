// zod helpers shared by services, actions and routes.
import { z } from "zod";

import { AppError, type FieldErrors } from "./errors";
import { summarizeFieldErrors } from "./field-errors";

export { humanizeKey, summarizeFieldErrors } from "./field-errors";

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses input with a schema; a failure becomes AppError("BAD_REQUEST") with field-level messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const fieldErrors = fieldErrorsOf(r.error);
    throw new AppError("BAD_REQUEST", summarizeFieldErrors("Invalid input", fieldErrors), { fieldErrors });
  }
  return r.data;
}

/** The input of an action that takes none. */
export const noInputSchema = z.object({});

export const emailSchema = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .max(254, "Email is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(48, "Use at most 48 characters")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "Use lowercase letters, digits and single dashes")
  .refine((s) => !s.includes("--"), "Use single dashes")
  .refine((s) => !RESERVED_SLUGS.has(s), "That address is reserved");

export const RESERVED_SLUGS = new Set(["new", "api", "admin", "settings", "app", "www", "w", "i", "r", "dev"]);
