// Click headline numbers, each with its definition (as the Overview shows them): clicks, unique
// visitors, bots filtered out, and CTR — computed with lib/metrics `ctr` only when impressions are
// known, otherwise shown as "needs impressions" with its formula. Server component.
import type { ReactNode } from "react";

import { ctr, formatPercent, METRIC_FORMULAS } from "@/lib/metrics";
import type { ClickStats } from "@/lib/tracking/stats";

const n = (v: number) => v.toLocaleString("en-US");

export const CLICK_DEFINITIONS = {
  total: "Clicks by people on the tracking links; bots and link previews are left out, and one visitor counts at most a few times an hour.",
  unique: "Distinct visitors (a daily hash of address and browser — no address is kept), counted once per day.",
  bots: "Requests from crawlers and link-preview fetchers (Slack, WhatsApp, X…): recorded but not in clicks.",
} as const;

function Stat({ label, value, definition, testId }: { label: string; value: ReactNode; definition: ReactNode; testId?: string }) {
  return (
    <div className="grid content-start gap-1 rounded-lg border bg-card p-3" data-testid={testId}>
      <h3 className="text-xs font-medium text-muted-foreground">{label}</h3>
      <p className="text-xl font-semibold tabular-nums">{value}</p>
      <p className="text-xs text-muted-foreground">{definition}</p>
    </div>
  );
}

export function ClickSummary({ clicks, impressions = null }: { clicks: ClickStats; impressions?: number | null }) {
  const rate = impressions !== null && impressions > 0 ? ctr({ clicks: clicks.total, impressions }) : null;
  const f = METRIC_FORMULAS.ctr;
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Stat label="Clicks" value={n(clicks.total)} definition={CLICK_DEFINITIONS.total} testId="clicks-total" />
      <Stat label="Unique visitors" value={n(clicks.unique)} definition={CLICK_DEFINITIONS.unique} testId="clicks-unique" />
      <Stat label="Bots filtered out" value={n(clicks.bots)} definition={CLICK_DEFINITIONS.bots} testId="clicks-bots" />
      <Stat
        label="CTR"
        value={
          rate === null ? <span className="text-sm font-normal text-muted-foreground">needs impressions</span> : formatPercent(rate, 2)
        }
        definition={
          <>
            {f.formula}
            {rate === null ? " — shown once the posts’ impressions are reported." : ` (${n(clicks.total)} ÷ ${n(impressions ?? 0)}).`}
          </>
        }
        testId="clicks-ctr"
      />
    </div>
  );
}

/** Where orders and revenue show next to the clicks; the conversions work fills `children`. */
export function ConversionsSlot({ children }: { children?: ReactNode }) {
  return (
    <div className="grid gap-1 rounded-lg border border-dashed p-3 text-sm" data-testid="conversions-slot">
      <h3 className="text-xs font-medium text-muted-foreground">Orders and revenue</h3>
      {children ?? (
        <p className="text-xs text-muted-foreground">
          Appear here once a store reports orders: a click id from a tracking link wins, else the discount code, else the order is
          unattributed.
        </p>
      )}
    </div>
  );
}
