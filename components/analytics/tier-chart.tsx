"use client";

// ERR and CPM by tier (the seed guide's claim that micro beats macro on engagement and cost, on the
// workspace's own numbers). Takes a ready series; the Recharts plot loads after first paint into a box
// of fixed height, and the same numbers are in the table beside it and in the caption.
import dynamic from "next/dynamic";

const TierPlot = dynamic(() => import("./tier-plot"), { ssr: false });

/** One tier's bar: ERR in %, CPM in the currency (null = "—", no bar). */
export type TierPoint = { tier: string; err: number | null; cpm: number | null };

export function TierChart({ series, currency, label }: { series: TierPoint[]; currency: string | null; label: string }) {
  const say = (p: TierPoint) =>
    `${p.tier}: ERR ${p.err === null ? "not available" : `${p.err.toFixed(2)} %`}, CPM ${p.cpm === null ? "not available" : `${p.cpm.toFixed(2)}${currency ? ` ${currency}` : ""}`}`;
  return (
    <figure aria-label={label} className="grid gap-2" data-testid="tier-chart">
      <div className="grid h-52 grid-cols-1 gap-3 sm:grid-cols-2" aria-hidden="true">
        <TierPlot series={series} metric="err" unit="%" />
        <TierPlot series={series} metric="cpm" unit={currency ?? ""} />
      </div>
      <figcaption className="sr-only">
        {label}. {series.map(say).join("; ")}.
      </figcaption>
    </figure>
  );
}
