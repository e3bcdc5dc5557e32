// Clicks per day (people, with bots filtered out shown apart, and unique visitors). Takes a ready
// series. Server component: the caption and the table under "Show as table" are plain HTML; the
// Recharts plot is a client island (plot-island.tsx) drawn into a box of fixed height once the page
// has loaded and the box comes into view.
import { ChartFigure } from "./chart-figure";
import { PlotIsland } from "./plot-island";

export type ClicksByDayPoint = { date: string; total: number; unique: number; bots: number };

export function ClicksByDayChart({ series, label }: { series: ClicksByDayPoint[]; label: string }) {
  const sum = (k: "total" | "unique" | "bots") => series.reduce((s, p) => s + p[k], 0);
  const busiest = series.reduce<ClicksByDayPoint | null>((m, p) => (p.total > (m?.total ?? 0) ? p : m), null);
  const first = series[0]?.date;
  const last = series.at(-1)?.date;
  return (
    <ChartFigure
      label={label}
      testId="clicks-by-day"
      boxClassName="h-48"
      plot={<PlotIsland plot="clicks-by-day" props={{ series }} />}
      caption={
        <>
          {label}, {first} to {last}: {sum("total")} clicks, {sum("unique")} unique, {sum("bots")} bots filtered out
          {busiest ? `; busiest day ${busiest.date} with ${busiest.total} clicks` : "; no clicks"}.
        </>
      }
      columns={[{ label: "Clicks" }, { label: "Unique" }, { label: "Bots", muted: true }]}
      rows={series.map((p) => ({ date: p.date, values: [p.total, p.unique, p.bots] }))}
    />
  );
}
