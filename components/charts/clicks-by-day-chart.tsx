"use client";

// Clicks per day (people, with bots filtered out shown apart, and unique visitors). Takes a ready
// series. The Recharts plot loads after first paint into a box of fixed height; the same numbers are
// in a table under "Show as table" (and in the figure's caption for screen readers).
import dynamic from "next/dynamic";

const ClicksByDayPlot = dynamic(() => import("./clicks-by-day-plot"), { ssr: false });

export type ClicksByDayPoint = { date: string; total: number; unique: number; bots: number };

export function ClicksByDayChart({ series, label }: { series: ClicksByDayPoint[]; label: string }) {
  const sum = (k: "total" | "unique" | "bots") => series.reduce((s, p) => s + p[k], 0);
  const busiest = series.reduce<ClicksByDayPoint | null>((m, p) => (p.total > (m?.total ?? 0) ? p : m), null);
  const first = series[0]?.date;
  const last = series.at(-1)?.date;
  return (
    <figure aria-label={label} className="grid gap-2" data-testid="clicks-by-day">
      <div className="h-48 w-full" aria-hidden="true">
        <ClicksByDayPlot series={series} />
      </div>
      <figcaption className="sr-only">
        {label}, {first} to {last}: {sum("total")} clicks, {sum("unique")} unique, {sum("bots")} bots filtered out
        {busiest ? `; busiest day ${busiest.date} with ${busiest.total} clicks` : "; no clicks"}.
      </figcaption>
      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground hover:text-foreground">Show as table</summary>
        <div className="mt-2 max-h-64 overflow-auto rounded-md border">
          <table className="w-full text-xs">
            <caption className="sr-only">{label}</caption>
            <thead className="sticky top-0 bg-muted text-left text-muted-foreground">
              <tr>
                <th className="px-2 py-1 font-medium">Day</th>
                <th className="px-2 py-1 text-right font-medium">Clicks</th>
                <th className="px-2 py-1 text-right font-medium">Unique</th>
                <th className="px-2 py-1 text-right font-medium">Bots</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.date} className="border-t">
                  <td className="px-2 py-1 tabular-nums">{p.date}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{p.total}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{p.unique}</td>
                  <td className="px-2 py-1 text-right text-muted-foreground tabular-nums">{p.bots}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
