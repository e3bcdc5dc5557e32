// ERR and CPM by tier (the seed guide's claim that micro beats macro on engagement and cost, on the
// workspace's own numbers). Takes a ready series. Server component: the two Recharts plots are client
// islands (plot-island.tsx) drawn into boxes of fixed height once the page has loaded and they come
// into view; the same numbers are in the table beside them and in the caption.
import { PlotIsland } from "@/components/charts/plot-island";

/** One tier's bar: ERR in %, CPM in the currency (null = "—", no bar). */
export type TierPoint = { tier: string; err: number | null; cpm: number | null };

export function TierChart({ series, currency, label }: { series: TierPoint[]; currency: string | null; label: string }) {
  const say = (p: TierPoint) =>
    `${p.tier}: ERR ${p.err === null ? "not available" : `${p.err.toFixed(2)} %`}, CPM ${p.cpm === null ? "not available" : `${p.cpm.toFixed(2)}${currency ? ` ${currency}` : ""}`}`;
  return (
    <figure aria-label={label} className="grid gap-2" data-testid="tier-chart">
      <div className="grid h-52 grid-cols-1 gap-3 sm:grid-cols-2" aria-hidden="true">
        <PlotIsland plot="tier" className="h-full min-h-0" props={{ series, metric: "err", unit: "%" }} />
        <PlotIsland plot="tier" className="h-full min-h-0" props={{ series, metric: "cpm", unit: currency ?? "" }} />
      </div>
      <figcaption className="sr-only">
        {label}. {series.map(say).join("; ")}.
      </figcaption>
    </figure>
  );
}
