// A campaign's posts with their latest numbers and ERR (formula in the column header). A figure not
// reported is "—", never 0.
import { Missing } from "@/components/analytics/missing";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { formatPercent, METRIC_FORMULAS } from "@/lib/metrics";
import type { CampaignPostRow } from "@/lib/posts/records";
import { FORMAT_LABELS, isContentFormat, PLATFORM_LABELS } from "@/lib/vocabulary";

import { errOf, exactCount, SOURCE_LABELS } from "./post-figures";

export function CampaignPostsTable({ slug, campaignId, posts }: { slug: string; campaignId: string; posts: CampaignPostRow[] }) {
  return (
    <Card className="min-w-0" data-testid="campaign-posts">
      <CardHeader>
        <CardTitle>Posts ({posts.length})</CardTitle>
      </CardHeader>
      <CardContent>
        {posts.length === 0 ? (
          <p className="text-sm text-muted-foreground">No posts yet. Add them on each influencer&apos;s page, or import a CSV below.</p>
        ) : (
          <div className="relative overflow-x-auto" role="region" aria-label="Posts with their latest numbers" tabIndex={0}>
            <table className="w-full text-left text-sm tabular-nums">
              <caption className="sr-only">The campaign&apos;s posts with their latest numbers and ERR</caption>
              <thead className="text-xs text-muted-foreground">
                <tr>
                  <th className="py-2 pr-3 font-medium">Influencer</th>
                  <th className="py-2 pr-3 font-medium">Post</th>
                  <th className="py-2 pr-3 font-medium">Views</th>
                  <th className="py-2 pr-3 font-medium">Reach</th>
                  <th className="py-2 pr-3 font-medium">Impressions</th>
                  <th className="py-2 pr-3 font-medium">Likes</th>
                  <th className="py-2 pr-3 font-medium">Comments</th>
                  <th className="py-2 pr-3 font-medium">Saves</th>
                  <th className="py-2 pr-3 font-medium" title={METRIC_FORMULAS.engagementRateByReach.formula}>
                    ERR
                  </th>
                  <th className="py-2 font-medium">As of</th>
                </tr>
              </thead>
              <tbody>
                {posts.map((p) => {
                  const s = p.latest;
                  const err = s ? errOf(s) : null;
                  return (
                    <tr key={p.id} className="border-t align-top">
                      <td className="py-2 pr-3">
                        <IntentLink
                          className="hover:underline"
                          href={`/w/${slug}/campaigns/${campaignId}/collaborations/${p.collaborationId}`}
                        >
                          {p.influencerName}
                        </IntentLink>
                      </td>
                      <td className="py-2 pr-3">
                        <a className="text-primary underline underline-offset-4" href={p.url} target="_blank" rel="noopener noreferrer">
                          {PLATFORM_LABELS[p.platform]} {isContentFormat(p.format) ? FORMAT_LABELS[p.format].toLowerCase() : p.format}
                        </a>
                      </td>
                      <td className="py-2 pr-3">{exactCount(s?.views)}</td>
                      <td className="py-2 pr-3">{exactCount(s?.reach)}</td>
                      <td className="py-2 pr-3">{exactCount(s?.impressions)}</td>
                      <td className="py-2 pr-3">{exactCount(s?.likes)}</td>
                      <td className="py-2 pr-3">{exactCount(s?.comments)}</td>
                      <td className="py-2 pr-3">{exactCount(s?.saves)}</td>
                      <td className="py-2 pr-3">
                        {err && err.value !== null ? formatPercent(err.value, 2) : <Missing reason={err ? err.reason : "no numbers yet"} />}
                      </td>
                      <td className="py-2 text-xs text-muted-foreground">
                        {s ? `${s.capturedAt.toISOString().slice(0, 10)} · ${SOURCE_LABELS[s.source]}` : "No numbers yet"}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="mt-2 text-xs text-muted-foreground">
              ERR = {METRIC_FORMULAS.engagementRateByReach.formula}, from each post&apos;s latest numbers.
            </p>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
