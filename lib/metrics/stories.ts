/**
 * Story metrics (seed, "Track metrics that actually matter"): completion rate and the frames
 * where viewers leave. Input is the view count of each frame of one story, in order.
 */

import { nonNegative, ratio } from "./validate";

/** Seed benchmark: a completion rate of 70 % or more is strong. */
export const STORY_COMPLETION_STRONG = 70;

/** How a story completion rate compares with the seed's benchmark. */
export type StoryCompletionRating = "strong" | "weak";

function checkFrames(frameViews: readonly number[]): number[] {
  if (!Array.isArray(frameViews)) throw new RangeError("frameViews must be an array of view counts");
  return frameViews.map((views, i) => nonNegative(`frameViews[${i}]`, views));
}

/**
 * Story completion rate, in %.
 * Formula: views of the last frame ÷ views of the first frame × 100. Source: seed.
 * At [] (no frames): null. At first frame 0: null. A single frame with views > 0: 100.
 * Last frame 0 with first > 0: 0. May exceed 100 if late frames were re-watched.
 * Throws RangeError naming `frameViews[i]` for a negative or non-finite count.
 */
export function storyCompletionRate(frameViews: readonly number[]): number | null {
  const frames = checkFrames(frameViews);
  if (frames.length === 0) return null;
  return ratio("storyCompletionRate", frames[frames.length - 1]!, frames[0]!, 100);
}

/**
 * Rates a completion rate (in %) against the seed benchmark.
 * Formula: rate ≥ 70 → 'strong'; otherwise 'weak'.
 * Boundaries: exactly 70 → 'strong'; just below 70 → 'weak'. At 0: 'weak'. At null: null.
 * Throws RangeError naming `rate` for a negative or non-finite value. Source: seed.
 */
export function rateStoryCompletion(rate: number | null): StoryCompletionRating | null {
  if (rate === null) return null;
  return nonNegative("rate", rate) >= STORY_COMPLETION_STRONG ? "strong" : "weak";
}

/** A frame where viewership fell: its 0-based index and the fall from the previous frame, in %. */
export interface ViewershipDrop {
  frame: number;
  dropPct: number;
}

/**
 * The frames where viewers left (seed: "look for drops in viewership to identify content issues").
 * Formula: for each frame i ≥ 1 with views[i−1] > 0, dropPct = (views[i−1] − views[i]) ÷ views[i−1]
 * × 100; frame i is listed when dropPct ≥ minDropPct (inclusive: a fall of exactly 20 % is listed
 * at the default 20). Frames that hold steady or grow have dropPct ≤ 0 and are listed only when
 * minDropPct is 0 and the frame held steady.
 * Frame indexes are 0-based positions in `frameViews`; frame 0 is never listed.
 * At [] or a single frame: []. After a frame with 0 views: the next frame is skipped (no base to fall
 * from). A fall to 0 views: dropPct 100.
 * Throws RangeError naming `frameViews[i]` for a negative or non-finite count, and naming
 * `minDropPct` unless 0 ≤ minDropPct ≤ 100.
 */
export function findViewershipDrops(frameViews: readonly number[], minDropPct = 20): ViewershipDrop[] {
  const frames = checkFrames(frameViews);
  const threshold = nonNegative("minDropPct", minDropPct);
  if (threshold > 100) throw new RangeError(`minDropPct must be between 0 and 100, got ${threshold}`);
  const drops: ViewershipDrop[] = [];
  for (let i = 1; i < frames.length; i++) {
    const previous = frames[i - 1]!;
    const current = frames[i]!;
    if (previous === 0) continue;
    // Compare without dividing so an exact 20 % fall between whole counts is never lost to rounding.
    if ((previous - current) * 100 >= threshold * previous) {
      drops.push({ frame: i, dropPct: ratio("dropPct", previous - current, previous, 100) ?? 0 });
    }
  }
  return drops;
}

/** A story's navigation counts (Instagram's `navigation` insight); null parts were not reported. */
export interface StoryNavigationCounts {
  tapsForward: number | null;
  tapsBack: number | null;
  tapExits: number | null;
  swipesForward: number | null;
}

/** Where a story's viewers went, read from its navigation counts. */
export interface StoryNavigationReading {
  /** Σ of the four actions. */
  actions: number;
  /** Exits + swipes to the next account: viewers who left the creator's story. */
  left: number;
  /** left ÷ actions × 100. */
  leftPct: number;
  /** Taps forward ÷ actions × 100: viewers moving on to the next frame (or past the last one). */
  forwardPct: number | null;
  /** Taps back ÷ actions × 100: viewers going back to see a frame again. */
  backPct: number | null;
}

/**
 * Reads a story's navigation (seed, "Track metrics that actually matter": completion "and where
 * viewers drop"). Formula: actions = taps forward + taps back + exits + swipes forward (unreported
 * parts count 0); left = exits + swipes forward; leftPct = left ÷ actions × 100; forwardPct and
 * backPct likewise, null when that part was not reported.
 * At null input, when exits and swipes forward were both not reported, or when actions = 0: null
 * (no reading without the figures that say who left).
 * Throws RangeError naming the field for a negative or non-finite count.
 */
export function readStoryNavigation(nav: StoryNavigationCounts | null): StoryNavigationReading | null {
  if (!nav) return null;
  const v = (k: keyof StoryNavigationCounts) => (nav[k] === null ? null : nonNegative(k, nav[k]));
  const [forward, back, exits, swipes] = [v("tapsForward"), v("tapsBack"), v("tapExits"), v("swipesForward")];
  if (exits === null && swipes === null) return null;
  const actions = (forward ?? 0) + (back ?? 0) + (exits ?? 0) + (swipes ?? 0);
  if (actions === 0) return null;
  const left = (exits ?? 0) + (swipes ?? 0);
  const pct = (n: number | null) => (n === null ? null : (n / actions) * 100);
  return { actions, left, leftPct: (left / actions) * 100, forwardPct: pct(forward), backPct: pct(back) };
}
