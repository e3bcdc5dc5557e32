// Follower count over time for one account, with follower spikes marked. Takes a ready series.
// Server component: the plot (Recharts, the largest library in the app) is a client island
// (plot-island.tsx) drawn into a box of fixed height once the page has loaded and the box comes into
// view, so the page paints without it and nothing moves when it arrives.
import { PlotIsland } from "./plot-island";

export function FollowerHistoryChart({
  series,
  spikes,
  label,
}: {
  series: { date: string; followers: number }[];
  spikes: { date: string; followers: number }[];
  label: string;
}) {
  if (series.length < 2) {
    return (
      <p className="text-sm text-muted-foreground">
        Not enough history yet: growth appears once the follower count has been recorded on two different days.
      </p>
    );
  }
  return (
    <figure aria-label={label} className="h-56 w-full">
      <PlotIsland plot="follower-history" props={{ series, spikes }} />
      <figcaption className="sr-only">
        {label}: {series.length} data points from {series[0]?.date} to {series.at(-1)?.date}
        {spikes.length ? `; follower spikes on ${spikes.map((s) => s.date).join(", ")}` : "; no follower spikes"}.
      </figcaption>
    </figure>
  );
}
