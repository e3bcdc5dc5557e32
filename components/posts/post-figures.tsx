// One post's numbers: the latest snapshot (its current value) with ERR and its formula, story
// completion and drops for a story, and the history of snapshots with where each came from. Shared by
// the collaboration page and the portal; a figure not reported is "—", never 0.
import { StoryNavigation } from "@/components/analytics/story-navigation";
import { Badge } from "@/components/ui/badge";
import {
  EMPTY_METRIC,
  engagementRateByReach,
  findViewershipDrops,
  formatExact,
  formatPercent,
  METRIC_FORMULAS,
  rateErr,
  rateStoryCompletion,
  SNAPSHOT_COUNT_FIELDS,
  SNAPSHOT_FIELD_LABELS,
  storyCompletionRate,
} from "@/lib/metrics";
import type { PostWithHistory, SnapshotRow } from "@/lib/posts/records";
import { formatZonedDate } from "@/lib/time-zone";
import { FORMAT_LABELS, isContentFormat, PLATFORM_LABELS } from "@/lib/vocabulary";

export const SOURCE_LABELS = {
  manual: "Entered by the brand",
  portal: "Reported by the creator",
  csv: "CSV import",
  api: "Platform API",
} as const;

/** A figure in full ("48,200"), or "—" when it was not reported (never 0). */
export const exactCount = (v: number | null | undefined) => (v === null || v === undefined ? EMPTY_METRIC : formatExact(v));
const day = (d: Date) => formatZonedDate(d, "UTC");

/** ERR of a snapshot, or the reason it can't be computed. */
export function errOf(s: SnapshotRow): { value: number | null; reason: string | null } {
  const missing = (["likes", "comments", "saves", "reach"] as const).filter((k) => s[k] === null);
  if (missing.length) return { value: null, reason: `${missing.join(", ")} not reported` };
  const value = engagementRateByReach({ likes: s.likes, comments: s.comments, saves: s.saves, reach: s.reach });
  return { value, reason: value === null ? "reach is 0" : null };
}

const ERR_BADGE = {
  exceptional: ["success", "Exceptional (above 5 %)"],
  solid: ["success", "Solid (above 2 %)"],
  below: ["warning", "Below 2 %"],
} as const;

export function PostFigures({ post, fileHref }: { post: PostWithHistory; fileHref: (fileId: string) => string }) {
  const s = post.latest;
  const format = isContentFormat(post.format) ? FORMAT_LABELS[post.format] : post.format;
  return (
    <article className="grid min-w-0 grid-cols-1 gap-3 rounded-md border p-3" data-testid="post-figures">
      <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
        <strong>
          {PLATFORM_LABELS[post.platform]} · {format}
        </strong>
        {post.postedAt ? <span className="text-muted-foreground">posted {day(post.postedAt)}</span> : null}
        <a
          className="min-w-0 basis-full truncate text-primary underline underline-offset-4"
          href={post.url}
          target="_blank"
          rel="noopener noreferrer"
        >
          {post.url}
        </a>
      </header>
      {s ? <Latest s={s} fileHref={fileHref} /> : <p className="text-sm text-muted-foreground">No numbers yet.</p>}
      {post.history.length > 1 ? <History rows={post.history} fileHref={fileHref} /> : null}
    </article>
  );
}

function Latest({ s, fileHref }: { s: SnapshotRow; fileHref: (fileId: string) => string }) {
  const err = errOf(s);
  const rating = rateErr(err.value);
  const completion = s.frameViews.length ? storyCompletionRate(s.frameViews) : null;
  const drops = s.frameViews.length > 1 ? findViewershipDrops(s.frameViews) : [];
  return (
    <div className="grid min-w-0 grid-cols-1 gap-3">
      <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
        <span>As of {day(s.capturedAt)}</span>
        <Badge variant={s.source === "portal" ? "outline" : "default"}>{SOURCE_LABELS[s.source]}</Badge>
      </p>
      <dl className="grid grid-cols-3 gap-x-3 gap-y-2 text-sm sm:grid-cols-5">
        {SNAPSHOT_COUNT_FIELDS.filter((k) => s[k] !== null).map((k) => (
          <div key={k} className="grid">
            <dt className="text-xs text-muted-foreground">{SNAPSHOT_FIELD_LABELS[k]}</dt>
            <dd className="font-medium tabular-nums">{exactCount(s[k])}</dd>
          </div>
        ))}
        {s.avgWatchPct !== null ? (
          <div className="grid">
            <dt className="text-xs text-muted-foreground">Avg watch</dt>
            <dd className="font-medium tabular-nums">{formatPercent(s.avgWatchPct)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="grid gap-1 rounded-md bg-muted/50 p-2 text-sm" data-testid="post-err">
        <p className="flex flex-wrap items-center gap-2">
          <span>{METRIC_FORMULAS.engagementRateByReach.label}:</span>
          <strong className="tabular-nums">{formatPercent(err.value, 2)}</strong>
          {rating ? <Badge variant={ERR_BADGE[rating][0]}>{ERR_BADGE[rating][1]}</Badge> : null}
          {err.reason ? <span className="text-xs text-muted-foreground">({err.reason})</span> : null}
        </p>
        <p className="text-xs text-muted-foreground">
          = {METRIC_FORMULAS.engagementRateByReach.formula}
          {err.value !== null
            ? ` = (${exactCount(s.likes)} + ${exactCount(s.comments)} + ${exactCount(s.saves)}) ÷ ${exactCount(s.reach)} × 100`
            : ""}
        </p>
      </div>
      {s.frameViews.length ? (
        <div className="grid gap-1 text-sm" data-testid="post-story">
          <p className="flex flex-wrap items-center gap-2">
            <span>{METRIC_FORMULAS.storyCompletionRate.label}:</span>
            <strong className="tabular-nums">{formatPercent(completion)}</strong>
            {rateStoryCompletion(completion) === "strong" ? <Badge variant="success">Strong (70 % or more)</Badge> : null}
            {rateStoryCompletion(completion) === "weak" ? <Badge variant="warning">Below 70 %</Badge> : null}
          </p>
          <p className="text-xs text-muted-foreground">= {METRIC_FORMULAS.storyCompletionRate.formula}</p>
          <ol className="flex flex-wrap gap-1 text-xs">
            {s.frameViews.map((v, i) => {
              const drop = drops.find((d) => d.frame === i);
              return (
                <li key={i} className={`rounded border px-1.5 py-0.5 tabular-nums ${drop ? "border-warning text-warning" : ""}`}>
                  {i + 1}: {formatExact(v)}
                  {drop ? ` (−${Math.round(drop.dropPct)} %)` : ""}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
      <StoryNavigation navigation={s} />
      {s.evidenceFileId ? (
        <a
          className="inline-flex w-fit items-center gap-2 text-sm text-primary underline underline-offset-4"
          href={fileHref(s.evidenceFileId)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored thumbnail served by our own route */}
          <img
            src={`${fileHref(s.evidenceFileId)}?variant=thumbnail`}
            alt="Screenshot of the creator's insights"
            className="h-16 w-auto rounded border"
          />
          Creator&apos;s screenshot of their insights
        </a>
      ) : null}
    </div>
  );
}

function History({ rows, fileHref }: { rows: SnapshotRow[]; fileHref: (fileId: string) => string }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted-foreground">History ({rows.length} snapshots)</summary>
      <div className="relative mt-2 overflow-x-auto" role="region" aria-label="Snapshot history" tabIndex={0}>
        <table className="w-full text-left text-xs tabular-nums" data-testid="post-history">
          <caption className="sr-only">Every snapshot of this post&apos;s numbers, newest first</caption>
          <thead className="text-muted-foreground">
            <tr>
              <th className="py-1 pr-3 font-medium">Captured</th>
              <th className="py-1 pr-3 font-medium">Source</th>
              <th className="py-1 pr-3 font-medium">Views</th>
              <th className="py-1 pr-3 font-medium">Reach</th>
              <th className="py-1 pr-3 font-medium">Likes</th>
              <th className="py-1 pr-3 font-medium">Comments</th>
              <th className="py-1 pr-3 font-medium">Saves</th>
              <th className="py-1 font-medium">ERR</th>
            </tr>
          </thead>
          <tbody>
            {[...rows].reverse().map((r) => (
              <tr key={r.id} className="border-t">
                <td className="py-1 pr-3">{day(r.capturedAt)}</td>
                <td className="py-1 pr-3">
                  {SOURCE_LABELS[r.source]}
                  {r.evidenceFileId ? (
                    <>
                      {" · "}
                      <a
                        className="text-primary underline underline-offset-4"
                        href={fileHref(r.evidenceFileId)}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        screenshot
                      </a>
                    </>
                  ) : null}
                </td>
                <td className="py-1 pr-3">{exactCount(r.views)}</td>
                <td className="py-1 pr-3">{exactCount(r.reach)}</td>
                <td className="py-1 pr-3">{exactCount(r.likes)}</td>
                <td className="py-1 pr-3">{exactCount(r.comments)}</td>
                <td className="py-1 pr-3">{exactCount(r.saves)}</td>
                <td className="py-1">{formatPercent(errOf(r).value, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
