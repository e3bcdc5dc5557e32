// The Results tab's by-day charts (components/charts/daily-results-chart.tsx): the caption a screen
// reader hears gives the period's figure of each series — the last value of a running total, the sum
// of per-day bars — never the running total added up day after day.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { DailyResultsChart } from "@/components/charts/daily-results-chart";

const series = [
  { date: "2026-11-01", a: 1000, b: 1000 },
  { date: "2026-11-02", a: 1500, b: 500 },
  { date: "2026-11-03", a: 1800, b: 300 },
];

function caption(kind: "bars" | "total"): string {
  const html = renderToStaticMarkup(
    createElement(DailyResultsChart, { series, label: "Impressions by day", names: ["Total", "New"], kind, testId: "t" }),
  );
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("DailyResultsChart caption", () => {
  it("a running total reads as its last value; its per-day increases as their sum", () => {
    const text = caption("total");
    expect(text).toContain("Total 1,800, New 1,800.");
    expect(text).not.toContain("4,300");
  });

  it("per-day bars read as the sum of the days", () => {
    expect(caption("bars")).toContain("Total 4,300, New 1,800.");
  });
});
