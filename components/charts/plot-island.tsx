"use client";

// The one client island of a chart. Recharts is the largest library in the app (about 100 KiB
// gzipped), so a plot is fetched and drawn only when someone can see it: after the page has loaded
// (first paint and the page's own scripts come first) and once its box comes near the viewport — a
// chart further down a phone's page costs nothing until it is scrolled to. The box keeps
// its size from the server-rendered figure, so nothing shifts when the plot arrives; until then the
// figure's caption and its table (server HTML, no JavaScript) carry the same numbers.
import { useEffect, useRef, useState, type ComponentProps, type ComponentType } from "react";

/** Each plot is its own chunk, fetched on first use. */
const PLOTS = {
  "clicks-by-day": () => import("./clicks-by-day-plot"),
  "daily-results": () => import("./daily-results-plot"),
  "follower-history": () => import("./follower-history-plot"),
  "report-daily": () => import("./report-daily-plot"),
  tier: () => import("@/components/analytics/tier-plot"),
};

type Plots = typeof PLOTS;
type PropsOf<K extends keyof Plots> = ComponentProps<Awaited<ReturnType<Plots[K]>>["default"]>;
/** Which plot, with that plot's props (plain data: they cross from the server). */
export type PlotIslandProps = { [K in keyof Plots]: { plot: K; props: PropsOf<K>; className?: string } }[keyof Plots];

/** How far below (or above) the viewport a plot starts loading, so it is usually drawn by the time it shows. */
const ROOT_MARGIN = "200px 0px";

export function PlotIsland({ plot, props, className = "h-full w-full" }: PlotIslandProps) {
  const box = useRef<HTMLDivElement>(null);
  const [Plot, setPlot] = useState<ComponentType<PlotIslandProps["props"]> | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let cancelled = false;
    let observer: IntersectionObserver | null = null;
    const load = () => {
      void PLOTS[plot]().then((m) => {
        if (!cancelled) setPlot(() => m.default as ComponentType<PlotIslandProps["props"]>);
      });
    };
    const watch = () => {
      if (cancelled) return;
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer?.disconnect();
          load();
        },
        { rootMargin: ROOT_MARGIN },
      );
      observer.observe(el);
    };
    // After a full page load (a client-side navigation finds the document already complete).
    if (document.readyState === "complete") watch();
    else window.addEventListener("load", watch, { once: true });
    return () => {
      cancelled = true;
      observer?.disconnect();
      window.removeEventListener("load", watch);
    };
  }, [plot]);

  return (
    <div ref={box} className={className} data-plot={plot} data-loaded={Plot ? "" : undefined}>
      {Plot ? <Plot {...props} /> : null}
    </div>
  );
}
