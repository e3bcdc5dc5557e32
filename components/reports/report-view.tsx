// A client report as a page: header (brand, title, campaign, period, when the numbers were read), then
// the chosen sections. Shared by the public link page and the in-app report page; it shows only the
// ReportData it is given (no ids, no links into the workspace). Server component: the chart is the
// only client island, fed plain arrays.
import { Download } from "lucide-react";

import { StoryNavigation } from "@/components/analytics/story-navigation";
import { ReportDailyChart } from "@/components/charts/report-daily-chart";
import { Badge } from "@/components/ui/badge";
import { formatCount, formatMoney, formatPercent, RATE_DIGITS, reportCounts, reportKpis, reportPeriod } from "@/lib/reports/figures";
import { REPORT_SECTION_LABELS, type ReportSection } from "@/lib/reports/labels";
import type { ReportData } from "@/lib/reports/types";

export type ReportViewProps = {
  title: string;
  sections: readonly ReportSection[];
  comment: string;
  mode: "live" | "frozen";
  data: ReportData;
  /** Where "Download PDF" points. */
  pdfHref: string;
  /** The workspace's logo (a stored image served by our own routes), or null. */
  logoSrc?: string | null;
};

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`report-${id}`} className="grid gap-3">
      <h2 id={`report-${id}`} className="text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Summary({ data }: { data: ReportData }) {
  return (
    <Section id="summary" title={REPORT_SECTION_LABELS.summary}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {reportCounts(data).map((c) => (
          <div key={c.label} className="rounded-lg border bg-card p-3">
            <dt className="text-xs text-muted-foreground">{c.label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{c.value}</dd>
          </div>
        ))}
      </dl>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="report-kpis">
        {reportKpis(data).map((k) => (
          <li key={k.key} className="rounded-lg border bg-card p-3">
            <p className="text-xs text-muted-foreground">{k.name}</p>
            <p className="text-2xl font-semibold tabular-nums">{k.value}</p>
            <p className="mt-1 font-mono text-xs break-words text-muted-foreground">{k.formula}</p>
            {k.note ? <p className="mt-1 text-xs text-muted-foreground">{k.note}</p> : null}
          </li>
        ))}
      </ul>
      <p className="text-xs text-muted-foreground">
        Every rate is a ratio of totals over each post’s latest reported numbers, never an average of per-post rates. “—” means an input was
        not reported.
      </p>
    </Section>
  );
}

function Creators({ data }: { data: ReportData }) {
  return (
    <Section id="creators" title={REPORT_SECTION_LABELS.creators}>
      {data.creators.length === 0 ? (
        <p className="text-sm text-muted-foreground">No posts yet.</p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border" role="region" aria-label="Results per creator" tabIndex={0}>
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="sr-only">Results per creator</caption>
            <thead className="bg-muted text-left text-xs text-muted-foreground">
              <tr>
                <th className="px-3 py-2 font-medium">Creator</th>
                <th className="px-3 py-2 font-medium">Tier</th>
                <th className="px-3 py-2 text-right font-medium">Posts</th>
                <th className="px-3 py-2 text-right font-medium">Reach</th>
                <th className="px-3 py-2 text-right font-medium">Impressions</th>
                <th className="px-3 py-2 text-right font-medium">ERR</th>
                <th className="px-3 py-2 text-right font-medium">CTR</th>
                <th className="px-3 py-2 text-right font-medium">Cost</th>
              </tr>
            </thead>
            <tbody>
              {data.creators.map((c, i) => (
                <tr key={`${c.name}-${i}`} className="border-t">
                  <td className="px-3 py-2 font-medium">{c.name}</td>
                  <td className="px-3 py-2 capitalize">{c.tier === "none" ? "—" : c.tier}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.posts}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatCount(c.reach)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatCount(c.impressions)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatPercent(c.err, RATE_DIGITS)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatPercent(c.ctr, RATE_DIGITS)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatMoney(c.cost, data.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

function Gallery({ data }: { data: ReportData }) {
  return (
    <Section id="gallery" title={REPORT_SECTION_LABELS.gallery}>
      {data.gallery.length === 0 ? (
        <p className="text-sm text-muted-foreground">No posts yet.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {data.gallery.map((g, i) => (
            <li key={`${g.url}-${i}`} className="grid gap-2 rounded-lg border bg-card p-3">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate font-medium">{g.creator}</span>
                <Badge variant="outline" className="shrink-0 capitalize">
                  {g.platform} · {g.format}
                </Badge>
              </div>
              <a
                href={g.url}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="truncate text-xs text-primary underline underline-offset-2"
              >
                {g.url.replace(/^https:\/\//, "")}
              </a>
              <dl className="grid grid-cols-4 gap-1 text-xs">
                {(
                  [
                    ["Reach", formatCount(g.reach)],
                    ["Likes", formatCount(g.likes)],
                    ["Comments", formatCount(g.comments)],
                    ["ERR", formatPercent(g.err, RATE_DIGITS)],
                  ] as const
                ).map(([label, value]) => (
                  <div key={label}>
                    <dt className="text-muted-foreground">{label}</dt>
                    <dd className="font-medium tabular-nums">{value}</dd>
                  </div>
                ))}
              </dl>
              {g.postedOn ? <p className="text-xs text-muted-foreground">Posted {g.postedOn}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Stories({ data }: { data: ReportData }) {
  return (
    <Section id="stories" title={REPORT_SECTION_LABELS.stories}>
      {data.stories.length === 0 ? (
        <p className="text-sm text-muted-foreground">No story frame views were reported.</p>
      ) : (
        <>
          <p className="text-xs text-muted-foreground">
            Completion = views of last frame ÷ views of first frame × 100; 70 % or more is strong (seed).
          </p>
          <ul className="grid gap-4 sm:grid-cols-2">
            {data.stories.map((s, i) => {
              const max = Math.max(1, ...s.frameViews);
              return (
                <li key={`${s.url}-${i}`} className="rounded-lg border bg-card p-3">
                  <p className="text-sm font-medium">
                    {s.creator} · completion {formatPercent(s.completion)}
                  </p>
                  <ol className="mt-2 flex h-24 items-end gap-1" aria-label="Views per frame">
                    {s.frameViews.map((v, f) => (
                      <li key={f} className="flex flex-1 flex-col items-center justify-end gap-1" title={`Frame ${f + 1}: ${v} views`}>
                        <span className="w-full rounded-t bg-primary" style={{ height: `${Math.max(2, (v / max) * 80)}px` }} />
                        <span className="text-[10px] text-muted-foreground tabular-nums">{f + 1}</span>
                        <span className="sr-only">{v} views</span>
                      </li>
                    ))}
                  </ol>
                  {s.drops.length ? (
                    <p className="mt-2 text-xs text-warning">
                      Viewers dropped at frame {s.drops.map((d) => `${d.afterFrame + 1} (−${d.dropPct.toFixed(0)} %)`).join(", ")}
                    </p>
                  ) : null}
                  <StoryNavigation navigation={s.navigation} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}

export function ReportView({ title, sections, comment, mode, data, pdfHref, logoSrc }: ReportViewProps) {
  return (
    <article className="grid gap-8" data-testid="report-view">
      <header className="grid gap-2 border-b pb-4">
        <div className="flex items-center gap-3">
          {logoSrc ? (
            // eslint-disable-next-line @next/next/no-img-element -- a stored image served by our own route, sized here
            <img
              src={logoSrc}
              alt={`${data.workspaceName} logo`}
              className="h-10 w-auto max-w-40 object-contain"
              data-testid="report-logo"
            />
          ) : null}
          <p className="text-sm font-semibold text-primary">{data.workspaceName}</p>
        </div>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <a
            href={pdfHref}
            className="inline-flex h-9 items-center gap-2 rounded-md border bg-background px-3 text-sm font-medium hover:bg-accent"
            download
          >
            <Download aria-hidden className="size-4" />
            Download PDF
          </a>
        </div>
        <p className="text-sm text-muted-foreground">
          {data.campaignName ? `Campaign: ${data.campaignName}` : "All campaigns"} · Period: {reportPeriod(data)}
        </p>
        <p className="text-xs text-muted-foreground">
          {mode === "frozen" ? `Numbers frozen at ${when(data.generatedAt)}.` : `Live numbers as of ${when(data.generatedAt)}.`}
        </p>
      </header>
      {sections.map((s) => {
        switch (s) {
          case "summary":
            return <Summary key={s} data={data} />;
          case "charts":
            return (
              <Section key={s} id="charts" title={REPORT_SECTION_LABELS.charts}>
                {data.daily.length === 0 ? (
                  <p className="text-sm text-muted-foreground">No numbers were reported for this period yet.</p>
                ) : (
                  <ReportDailyChart series={data.daily} label="Impressions, engagements and clicks by day" />
                )}
              </Section>
            );
          case "creators":
            return <Creators key={s} data={data} />;
          case "gallery":
            return <Gallery key={s} data={data} />;
          case "stories":
            return <Stories key={s} data={data} />;
          case "comment":
            return comment.trim() ? (
              <Section key={s} id="comment" title="Comment">
                <p className="text-sm whitespace-pre-wrap">{comment}</p>
              </Section>
            ) : null;
        }
      })}
    </article>
  );
}
