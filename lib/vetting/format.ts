/** Number formatting for reason sentences (always en-US: the sentences are English). */
import { numberFormat } from "@/lib/metrics/format";

const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 12000 → "12,000". */
export function count(n: number): string {
  return COUNT.format(n);
}

function decimal(value: number): string {
  const digits = Math.abs(value) < 1 ? 2 : 1;
  return numberFormat("en-US", { maximumFractionDigits: digits }).format(value);
}

/** A percentage with 2 decimals below 1 and at most 1 above, trailing zeros dropped: 0.27 → "0.27%", 45 → "45%". */
export function pct(value: number): string {
  return `${decimal(value)}%`;
}

/** A percentage range: (0.54, 7) → "0.54–7%". */
export function pctRange(low: number, high: number): string {
  return `${decimal(low)}–${decimal(high)}%`;
}

/** The date part of an ISO date or timestamp ("2026-03-02T10:00:00Z" → "2026-03-02"); other text as given. */
export function day(date: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? date;
}
