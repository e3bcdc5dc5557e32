// Orders, net revenue and conversion rate of a campaign or a collaboration, each with its
// definition, the attribution rule in one line and a link to the Conversions page filtered to it.
// Rendered inside ConversionsSlot. Server component; figures come from lib/conversions/with-clicks.
import type { ReactNode } from "react";

import { IntentLink } from "@/components/ui/intent-link";
import type { Money } from "@/lib/conversions/queries";
import { ATTRIBUTION_RULE, CONVERSION_RATE_FORMULA, formatRevenue } from "@/lib/conversions/with-clicks";
import { formatPercent } from "@/lib/metrics";

const n = (v: number) => v.toLocaleString("en-US");

function Stat({ label, value, definition, testId }: { label: string; value: ReactNode; definition: ReactNode; testId: string }) {
  return (
    <div className="grid content-start gap-1 rounded-lg border bg-card p-3" data-testid={testId}>
      <h4 className="text-xs font-medium text-muted-foreground">{label}</h4>
      <p className="text-xl font-semibold break-words tabular-nums">{value}</p>
      <p className="text-xs text-muted-foreground">{definition}</p>
    </div>
  );
}

export function ConversionSummary({
  orders,
  revenue,
  rate,
  unique,
  conversionsHref,
}: {
  orders: number;
  revenue: readonly Money[];
  rate: number | null;
  unique: number;
  /** The Conversions page, filtered to this campaign or collaboration. */
  conversionsHref: string;
}) {
  return (
    <div className="grid gap-3" data-testid="conversion-summary">
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat
          label="Orders"
          value={n(orders)}
          definition="Attributed orders, cancelled ones left out; refunded ones still count as an order."
          testId="conversions-orders"
        />
        <Stat
          label="Net revenue"
          value={formatRevenue(revenue)}
          definition="Order totals less refunds, per currency (currencies are never added together)."
          testId="conversions-revenue"
        />
        <Stat
          label="Conversion rate"
          value={formatPercent(rate, 2)}
          definition={
            <>
              {CONVERSION_RATE_FORMULA}
              {rate === null ? " — shown once the links have visitors." : ` (${n(orders)} ÷ ${n(unique)}).`}
            </>
          }
          testId="conversions-rate"
        />
      </div>
      <p className="text-xs text-muted-foreground" data-testid="attribution-rule">
        Attribution: {ATTRIBUTION_RULE}{" "}
        <IntentLink className="font-medium text-foreground underline underline-offset-4" href={conversionsHref}>
          See each order and why
        </IntentLink>
      </p>
    </div>
  );
}
