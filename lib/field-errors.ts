// Field errors as forms show them. Pure (no zod, no logger): client components import it, so it
// must not pull server modules into the browser bundle (eslint.boundaries.mjs PURE_MODULES).

/** Messages per field key ("name", "kpis.0.target"; "_form" for the form as a whole). */
export type FieldErrors = Record<string, string[]>;

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
