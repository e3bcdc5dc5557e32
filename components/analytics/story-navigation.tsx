// Where a story's viewers went, from Instagram's navigation insight (taps forward and back, exits,
// swipes to the next account): shown beside the story's completion on the collaboration's Posts &
// metrics section, the Results tab and the client report. Completion says how many stayed to the last
// frame (seed: 70 % is strong); this says how the others left. Server-renderable, no script.
import { formatPercent, readStoryNavigation, STORY_NAVIGATION_LABELS, type StoryNavigationCounts } from "@/lib/metrics";

const count = (n: number | null) => (n === null ? "—" : n.toLocaleString("en-US"));

export function StoryNavigation({ navigation }: { navigation: StoryNavigationCounts | null | undefined }) {
  if (!navigation || Object.values(navigation).every((v) => v === null)) return null;
  const reading = readStoryNavigation(navigation);
  const parts = [
    ["tapsForward", navigation.tapsForward],
    ["tapsBack", navigation.tapsBack],
    ["tapExits", navigation.tapExits],
    ["swipesForward", navigation.swipesForward],
  ] as const;
  return (
    <div className="grid gap-1 text-sm" data-testid="story-navigation">
      <p>
        <span className="font-medium">Where viewers left: </span>
        {reading ? (
          <>
            <strong className="tabular-nums">{formatPercent(reading.leftPct, 1)}</strong> of {reading.actions.toLocaleString("en-US")} moves
            left the story ({count(navigation.tapExits)} exits, {count(navigation.swipesForward)} swipes to the next account)
          </>
        ) : (
          <span className="text-muted-foreground">exits and swipes not reported</span>
        )}
      </p>
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
        {parts.map(([k, v]) => (
          <div key={k} className="flex gap-1">
            <dt>{STORY_NAVIGATION_LABELS[k]}:</dt>
            <dd className="tabular-nums">{count(v)}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-muted-foreground">
        = (exits + swipes to the next account) ÷ (taps forward + taps back + exits + swipes) × 100. Taps forward move on to the next frame;
        exits and swipes are where viewers dropped out, the frames that lose them are marked above.
      </p>
    </div>
  );
}
