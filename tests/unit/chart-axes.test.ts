// The setup every Recharts plot shares (components/charts/axes.ts): day ticks without the year,
// compact value ticks, value axes that refuse half ticks for counts, and the card-coloured tooltip.
import { describe, expect, it } from "vitest";

import { categoryAxis, compactNumber, dayAxis, grid, plotMargin, shortDay, tooltip, valueAxis } from "@/components/charts/axes";

describe("chart axes", () => {
  it("shows a day as MM-DD and a value in compact notation", () => {
    expect(shortDay("2026-10-03")).toBe("10-03");
    expect(compactNumber(950)).toBe("950");
    expect(compactNumber(12_345)).toBe("12.3K");
    expect(compactNumber(2_000_000)).toBe("2M");
  });

  it("a day axis reads `date`, formats its ticks and thins them", () => {
    expect(dayAxis).toMatchObject({ dataKey: "date", minTickGap: 24, stroke: "var(--muted-foreground)", tick: { fontSize: 11 } });
    expect(dayAxis.tickFormatter("2026-01-31")).toBe("01-31");
    expect(categoryAxis("tier")).toEqual({ dataKey: "tier", tick: { fontSize: 11 }, stroke: "var(--muted-foreground)" });
  });

  it("a value axis allows decimals unless it counts, and formats only when asked", () => {
    expect(valueAxis(40)).toEqual({ tick: { fontSize: 11 }, width: 40, stroke: "var(--muted-foreground)" });
    const counts = valueAxis(44, { integers: true, format: compactNumber });
    expect(counts).toMatchObject({ width: 44, allowDecimals: false });
    expect(counts.tickFormatter?.(1_500)).toBe("1.5K");
  });

  it("grid, margin and tooltip follow the theme's variables", () => {
    expect(grid).toEqual({ strokeDasharray: "3 3", stroke: "var(--border)", vertical: false });
    expect(plotMargin(4)).toEqual({ top: 8, right: 4, bottom: 0, left: 0 });
    expect(tooltip.contentStyle.background).toBe("var(--card)");
    expect(tooltip.labelStyle.color).toBe("var(--card-foreground)");
  });
});
