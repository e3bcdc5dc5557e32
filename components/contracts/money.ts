// Minor units with their currency, as people read them: 15000 USD → "$150.00".
import { formatMoney, fromMinorUnits } from "@/lib/metrics";

export function money(minor: number, currency: string): string {
  return formatMoney(fromMinorUnits(minor, currency), currency);
}
