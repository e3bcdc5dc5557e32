// Minor units with their currency, as people read them: 15000 USD → "$150.00", 1234550 HUF →
// "HUF 12,345.50" (never rounded to whole forints: lib/metrics formatMinorUnits).
import { formatMinorUnits } from "@/lib/metrics";

export function money(minor: number, currency: string): string {
  return formatMinorUnits(minor, currency);
}
