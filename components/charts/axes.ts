// The setup every Recharts plot shares, themed by the app's CSS variables so light and dark both read:
// the dashed grid, a day axis (MM-DD ticks), value axes, the card-coloured tooltip and the legend.
// Plain props to spread onto Recharts' own elements (`<XAxis {...dayAxis} />`); only types come from
// recharts here, so this file adds nothing to a bundle that does not already load a plot.
import type { CartesianGridProps, LegendProps, TooltipProps, XAxisProps, YAxisProps } from "recharts";

/** Tick labels: small, in the muted text colour. */
const tick = { fontSize: 11 } as const;
const axisStroke = "var(--muted-foreground)";

/** "2026-10-03" → "10-03": a day axis has no room for the year. */
export const shortDay = (day: string): string => day.slice(5);

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
/** 12345 → "12.3K": a value axis's ticks. */
export const compactNumber = (n: number): string => compact.format(n);

/** Space around the plot, in px; only the right side differs between plots. */
export const plotMargin = (right: number) => ({ top: 8, right, bottom: 0, left: 0 });

/** The dashed grid, horizontal lines only. */
export const grid = { strokeDasharray: "3 3", stroke: "var(--border)", vertical: false } satisfies CartesianGridProps;

/** A category axis (tiers, days as they are). */
export const categoryAxis = (dataKey: string) => ({ dataKey, tick, stroke: axisStroke }) satisfies XAxisProps;

/** The x axis of a by-day series: MM-DD ticks, thinned so they never overlap. */
export const dayAxis = { ...categoryAxis("date"), tickFormatter: shortDay, minTickGap: 24 } satisfies XAxisProps;

/**
 * A value axis `width` px wide; `integers` for counts (no 0.5 ticks), `format` for the tick labels.
 * Spread it and add `yAxisId` / `orientation` where a plot has two.
 */
export const valueAxis = (width: number, opts: { integers?: boolean; format?: (n: number) => string } = {}) =>
  ({
    tick,
    width,
    stroke: axisStroke,
    ...(opts.integers ? { allowDecimals: false } : {}),
    ...(opts.format ? { tickFormatter: opts.format } : {}),
  }) satisfies YAxisProps;

/** The tooltip in the card's colours (Recharts' default is white on any theme). */
export const tooltip = {
  contentStyle: { background: "var(--card)", color: "var(--card-foreground)", border: "1px solid var(--border)" },
  labelStyle: { color: "var(--card-foreground)" },
} satisfies Partial<TooltipProps<number, string>>;

export const legend = { wrapperStyle: { fontSize: 12 } } satisfies Partial<LegendProps>;

/** A series line: smooth, 2 px, no dots, drawn at once (spread it, then add dataKey, name and stroke). */
export const line = { type: "monotone", strokeWidth: 2, dot: false, isAnimationActive: false } as const;

/** A series of bars, drawn at once (spread it, then add dataKey, name and fill). */
export const bars = { isAnimationActive: false } as const;
