// Display helpers of the Results tab: money from minor units, a metric value by its unit. "—" for null.
import { formatCount, formatMinorUnits, formatMoney, formatPercent, formatRatio } from "@/lib/metrics";

export type MoneyValue = { minor: number; currency: string } | null;

/** Money in minor units, e.g. { minor: 1751587, currency: "USD" } → "$17,515.87"; null → "—". */
export function money(m: MoneyValue): string {
  return m === null ? "—" : formatMinorUnits(m.minor, m.currency);
}

/** A value by its unit: "%" → 2.4 %, "money" (currency units) → $5.13, "ratio" → 3.20×, "count" → 3,414,400. */
export function byUnit(value: number | null, unit: string, currency: string): string {
  if (value === null) return "—";
  if (unit === "%" || unit === "percent") return formatPercent(value, 2);
  if (unit === "money") return formatMoney(value, currency);
  if (unit === "ratio") return `${formatRatio(value, 2)}×`;
  return Math.round(value).toLocaleString("en-US");
}

export const compact = formatCount;
