// Story completion frame by frame: a bar per frame (views), the frames where viewers dropped by 20 %
// or more from the frame before marked (seed: "look for drops in viewership"). Plain HTML bars, so the
// numbers are read out as a list and need no script.
import type { StoryRow } from "@/lib/analytics/campaign-types";
import { formatPercent } from "@/lib/metrics";

import { StoryNavigation } from "./story-navigation";

export function StoryFrames({ stories }: { stories: StoryRow[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="stories-heading" className="grid gap-3">
      <h2 id="stories-heading" className="text-base font-semibold">
        Stories, frame by frame
      </h2>
      <div className="grid gap-3 lg:grid-cols-2">
        {stories.map((s) => {
          const max = Math.max(1, ...s.frames);
          const drops = new Map(s.drops.map((d) => [d.frame, d.dropPct]));
          return (
            <figure key={s.postId} className="grid gap-2 rounded-lg border bg-card p-4" data-testid="story-frames">
              <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-medium">{s.influencerName}</span>
                <span className="text-muted-foreground">
                  Completion {s.completion === null ? "—" : formatPercent(s.completion, 1)}
                  {s.rating === "weak" ? " · below the seed’s 70 %" : s.rating === "strong" ? " · strong" : ""}
                </span>
              </figcaption>
              <ol className="flex h-36 items-end gap-2" aria-label={`Views per frame of ${s.influencerName}'s story`}>
                {s.frames.map((v, i) => {
                  const drop = drops.get(i);
                  return (
                    <li key={i} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1">
                      <span className="text-[11px] text-muted-foreground tabular-nums">{v.toLocaleString("en-US")}</span>
                      <span
                        aria-hidden="true"
                        className={`w-full rounded-t ${drop !== undefined ? "bg-warning" : "bg-primary/80"}`}
                        style={{ height: `${Math.max(2, (v / max) * 100)}%` }}
                      />
                      <span className="text-[11px] text-muted-foreground">
                        <span className="sr-only">Frame </span>
                        {i + 1}
                        {drop !== undefined ? (
                          <span className="sr-only">
                            : {formatPercent(drop, 0)} fewer viewers than frame {i}
                          </span>
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ol>
              {s.frames.length === 0 ? (
                <p className="text-xs text-muted-foreground">Views per frame not reported.</p>
              ) : s.drops.length ? (
                <p className="text-xs text-warning">
                  {s.drops.map((d) => `Frame ${d.frame + 1}: −${formatPercent(d.dropPct, 0)} from frame ${d.frame}`).join(" · ")}
                </p>
              ) : (
                <p className="text-xs text-muted-foreground">No frame lost 20 % or more of its viewers.</p>
              )}
              <StoryNavigation navigation={s.navigation} />
            </figure>
          );
        })}
      </div>
    </section>
  );
}
