"use client";

// Recharts draws a whole chart in one synchronous commit: its parts (grid, axes, series, tooltip)
// register with the chart's store in layout effects, and the store re-renders the chart inside that
// same commit. On a desktop that is one task of 110–150 ms, Lighthouse's "blocking time"; neither a
// transition nor a known size splits it (README "Development notes", "Charts are drawn a part per
// task"). Most of it is each part's first run, so a plot mounts its parts one task at a time
// instead: 40–60 ms each, with the browser free to paint and answer input in between. The plot
// stays hidden until its last part is in, so nobody sees it assemble; it shows about 0.1 s later
// than in one piece.
import { useEffect, useState, type CSSProperties, type ReactNode } from "react";

/** Until the last part is in, the chart's box keeps its size but paints nothing. */
const HIDDEN: CSSProperties = { visibility: "hidden" };

/**
 * `parts`, the chart's children in the order they would be written (each with a key; an array, such
 * as a list of reference dots, counts as one part), mounted one per task. Returns the parts mounted
 * so far, to render as the chart's children, and the style for the chart's container.
 */
export function useDrawnInSteps(parts: readonly ReactNode[]): { shown: ReactNode[]; style: CSSProperties | undefined } {
  const [count, setCount] = useState(0);
  const total = parts.length;
  useEffect(() => {
    if (count >= total) return;
    // A timer, not a microtask: the next part must render in a task of its own.
    const timer = setTimeout(() => setCount((c) => c + 1), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return { shown: parts.slice(0, count), style: count >= total ? undefined : HIDDEN };
}
