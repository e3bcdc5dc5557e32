// zod helpers shared by services, actions and routes.
import { z } from "zod";

import { AppError, type FieldErrors } from "./errors";

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * A readable name for a field-error key when no form label is at hand: "brandHandles" → "Brand
 * handles", "kpis.1.target" → "Kpis 2 › target" (list positions counted from 1). "_form" → "".
 */
export function humanizeKey(key: string): string {
  if (key === "_form") return "";
  const words = key
    .split(".")
    .map((seg) =>
      /^\d+$/.test(seg)
        ? String(Number(seg) + 1)
        : seg
            .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
            .replace(/_/g, " ")
            .toLowerCase(),
    )
    .reduce<string[]>((acc, seg, i, all) => {
      // A position follows its list's name ("kpis 2"); the next name is set apart ("› target").
      if (i > 0 && !/^\d+$/.test(seg) && /^\d+$/.test(all[i - 1]!)) acc.push("›");
      acc.push(seg);
      return acc;
    }, [])
    .join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One sentence for a form's error summary. Fields the form shows (`labels`: key → the label on the
 * screen) are named, their messages being at the field already; anything else is spelled out with
 * its message, so nothing is lost. Without field errors, `message` as it is.
 */
export function summarizeFieldErrors(message: string, fieldErrors: FieldErrors | undefined, labels: Record<string, string> = {}): string {
  const entries = Object.entries(fieldErrors ?? {}).filter(([, m]) => m.length > 0);
  if (!entries.length) return message;
  const shown = entries.filter(([k]) => k in labels).map(([k]) => labels[k]!);
  const parts: string[] = [];
  if (shown.length) parts.push(shown.length === 1 ? `Check ${shown[0]}.` : `Check these fields: ${shown.join(", ")}.`);
  for (const [k, m] of entries.filter(([k]) => !(k in labels))) {
    const label = humanizeKey(k);
    parts.push(`${label ? `${label}: ` : ""}${m[0]}${/[.!?]$/.test(m[0]!) ? "" : "."}`);
  }
  return parts.join(" ");
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
