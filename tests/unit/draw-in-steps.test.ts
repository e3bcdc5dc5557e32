// @vitest-environment happy-dom
// A Recharts plot mounts its parts one task at a time (components/charts/draw-in-steps.ts), so that
// drawing a chart is several short tasks rather than one long one, and stays hidden until complete.
import { act, createElement, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { useDrawnInSteps } from "@/components/charts/draw-in-steps";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
const renders: string[][] = [];

function Chart({ parts }: { parts: string[] }) {
  const { shown, style } = useDrawnInSteps(parts.map((p) => createElement("i", { key: p }, p)));
  renders.push(shown.map((s) => ((s as { key: string }).key ?? "") as string));
  return createElement("div", { "data-testid": "box", style }, ...(shown as ReactNode[]));
}

beforeEach(() => {
  vi.useFakeTimers();
  renders.length = 0;
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
  document.body.innerHTML = "";
});

const box = () => host.querySelector<HTMLElement>("[data-testid=box]")!;
const parts = () => [...box().querySelectorAll("i")].map((i) => i.textContent);
/** Runs the timers due now, one task's worth each time. */
const nextTask = () => act(() => vi.advanceTimersToNextTimer());

describe("useDrawnInSteps", () => {
  it("mounts one part per task, in order, hidden until the last one is in", () => {
    act(() => root.render(createElement(Chart, { parts: ["grid", "axis", "series"] })));
    expect(parts()).toEqual([]);
    expect(box().style.visibility).toBe("hidden");

    nextTask();
    expect(parts()).toEqual(["grid"]);
    expect(box().style.visibility).toBe("hidden");

    nextTask();
    expect(parts()).toEqual(["grid", "axis"]);
    expect(box().style.visibility).toBe("hidden");

    nextTask();
    expect(parts()).toEqual(["grid", "axis", "series"]);
    expect(box().style.visibility).toBe("");

    // Nothing is left to schedule, and no render mounted two parts at once.
    expect(vi.getTimerCount()).toBe(0);
    const counts = renders.map((r) => r.length);
    expect(counts.every((n, i) => i === 0 || n - counts[i - 1]! <= 1)).toBe(true);
  });

  it("no part is mounted in the task that mounts the chart, nor in a microtask after it", async () => {
    act(() => root.render(createElement(Chart, { parts: ["grid", "series"] })));
    await act(async () => {
      await Promise.resolve();
    });
    expect(parts()).toEqual([]);
  });

  it("a chart unmounted half way leaves no timer behind", () => {
    act(() => root.render(createElement(Chart, { parts: ["grid", "axis", "series"] })));
    nextTask();
    expect(vi.getTimerCount()).toBe(1);
    act(() => root.render(createElement("p")));
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a chart with no parts is shown at once", () => {
    act(() => root.render(createElement(Chart, { parts: [] })));
    expect(box().style.visibility).toBe("");
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("every plot", () => {
  const sample = [
    { date: "2026-10-01", a: 1, b: 2, total: 3, bots: 1, unique: 2, impressions: 10, engagements: 2, clicks: 1, followers: 100 },
    { date: "2026-10-02", a: 2, b: 3, total: 4, bots: 0, unique: 3, impressions: 12, engagements: 3, clicks: 2, followers: 120 },
  ];
  const plots: [string, () => Promise<{ default: (p: never) => ReactNode }>, Record<string, unknown>][] = [
    ["clicks-by-day", () => import("@/components/charts/clicks-by-day-plot"), { series: sample }],
    ["daily-results", () => import("@/components/charts/daily-results-plot"), { series: sample, names: ["A", "B"], kind: "bars" }],
    ["follower-history", () => import("@/components/charts/follower-history-plot"), { series: sample, spikes: [sample[1]] }],
    ["report-daily", () => import("@/components/charts/report-daily-plot"), { series: sample }],
    ["tier", () => import("@/components/analytics/tier-plot"), { series: [{ tier: "Micro", err: 2, cpm: 5 }], metric: "err", unit: "%" }],
  ];

  it.each(plots)("%s is drawn in steps: hidden when it mounts, shown once every part is in", async (_name, load, props) => {
    const Plot = (await load()).default;
    act(() => root.render(createElement(Plot as (p: Record<string, unknown>) => ReactNode, props)));
    const container = () => host.querySelector<HTMLElement>(".recharts-responsive-container")!;
    expect(container().style.visibility).toBe("hidden");
    // One part per task: each step's timer is set once the step before has rendered.
    for (let i = 0; i < 20 && container().style.visibility; i++) nextTask();
    expect(container().style.visibility).toBe("");
  });
});
