// @vitest-environment happy-dom
// The rows under a chart's "Show as table" as a server-built HTML string (components/charts/
// chart-figure.tsx): one row per day with each value as text, every value escaped, the muted column
// (tracking's bots) with its own class, and the figure's table rendering exactly those rows.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ChartFigure, type ChartColumn } from "@/components/charts/chart-figure";
import { chartRowsHtml } from "@/components/charts/chart-rows";
import { ReportDailyChart } from "@/components/charts/report-daily-chart";

import { parseTbody as parse } from "../fixtures/parse-tbody";

const columns: ChartColumn[] = [{ label: "Clicks" }, { label: "Unique" }, { label: "Bots", muted: true }];

describe("chartRowsHtml", () => {
  it("writes a row per day: the date, then each value as text", () => {
    const tbody = parse(
      chartRowsHtml(columns, [
        { date: "2026-11-01", values: [12, 9, 0] },
        { date: "2026-11-02", values: ["1,204", "988", 3] },
      ]),
    );
    const rows = [...tbody.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows).toEqual([
      ["2026-11-01", "12", "9", "0"],
      ["2026-11-02", "1,204", "988", "3"],
    ]);
  });

  it("escapes every value: markup in a date or a value stays text", () => {
    const hostile = `"><img src=x onerror=alert(1)>'<script>alert(2)</script>&amp;`;
    const tbody = parse(chartRowsHtml(columns, [{ date: hostile, values: [hostile, 1, 2] }]));
    expect(tbody.querySelector("img, script")).toBeNull();
    const cells = [...tbody.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells).toEqual([hostile, hostile, "1", "2"]);
    expect(tbody.querySelectorAll("td")).toHaveLength(4);
  });

  it("gives a muted column's cells their class, and the others none (the table styles the rest)", () => {
    const tds = [...parse(chartRowsHtml(columns, [{ date: "2026-11-01", values: [1, 2, 3] }])).querySelectorAll("td")];
    expect(tds.map((td) => td.className)).toEqual(["", "", "", "text-muted-foreground"]);
  });
});

describe("ChartFigure", () => {
  it("puts the rows into the table under its head, as the markup a browser parses", () => {
    const html = renderToStaticMarkup(
      createElement(ChartFigure, {
        label: "Clicks by day",
        testId: "clicks",
        boxClassName: "h-56",
        plot: null,
        caption: "Clicks by day",
        columns,
        rows: [{ date: "2026-11-01", values: [5, 4, 1] }],
      }),
    );
    const host = document.createElement("div");
    host.innerHTML = html;
    expect([...host.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Day", "Clicks", "Unique", "Bots"]);
    expect([...host.querySelectorAll("tbody tr td")].map((td) => td.textContent)).toEqual(["2026-11-01", "5", "4", "1"]);
    // The cells' look comes from the table: padding, a border between rows, right-aligned figures.
    const table = host.querySelector("table")!.className.split(" ");
    for (const cls of ["[&_tbody_tr]:border-t", "[&_td]:px-2", "[&_td]:tabular-nums", "[&_td:not(:first-child)]:text-right"])
      expect(table).toContain(cls);
  });

  it("a report's by-day table has a row per day with its three figures", () => {
    const html = renderToStaticMarkup(
      createElement(ReportDailyChart, {
        series: [
          { date: "2026-11-01", impressions: 1000, engagements: 50, clicks: 7 },
          { date: "2026-11-02", impressions: 1500, engagements: 80, clicks: 9 },
        ],
        label: "Results by day",
      }),
    );
    const host = document.createElement("div");
    host.innerHTML = html;
    const rows = [...host.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows).toEqual([
      ["2026-11-01", "1000", "50", "7"],
      ["2026-11-02", "1500", "80", "9"],
    ]);
  });
});
