import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { FollowerHistoryChart } from "@/components/charts/follower-history-chart";
import { InfluencerDetailsForm } from "@/components/influencers/influencer-details-form";
import { EngagementRate, Followers, RiskBadge, TierBadge } from "@/components/influencers/metrics";
import { InfluencerTimeline } from "@/components/outreach/influencer-timeline";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { AppError } from "@/lib/errors";
import { ER_DEFINITION } from "@/lib/influencers/denormalise";
import { getInfluencerProfile, type InfluencerProfile } from "@/lib/influencers/profile";
import { formatCount } from "@/lib/metrics";
import { listTimeline } from "@/lib/outreach/timeline";
import { PLATFORM_LABELS } from "@/lib/vocabulary";

type Props = { params: Promise<{ workspaceSlug: string; influencerId: string }> };

/** The gate and the profile, once per request (the page and generateMetadata share it); 404 before anything streams. */
const loadProfile = cache(async (workspaceSlug: string, influencerId: string) => {
  const ctx = await requireWorkspacePage(workspaceSlug, "influencers.read");
  let p: InfluencerProfile;
  try {
    p = await getInfluencerProfile(ctx.workspace.id, influencerId);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  return { ...ctx, p };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspaceSlug, influencerId } = await params;
  return { title: (await loadProfile(workspaceSlug, influencerId)).p.displayName };
}

export default async function Page({ params }: Props) {
  const { workspaceSlug, influencerId } = await params;
  const { workspace, role, p } = await loadProfile(workspaceSlug, influencerId);
  const timeline = await listTimeline({ workspaceId: workspace.id, influencerId });
  const base = `/w/${workspaceSlug}/influencers`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <IntentLink href={base} className="text-primary hover:underline">
          ← Influencers
        </IntentLink>
      </nav>
      <PageHeader
        title={p.displayName}
        description={
          [p.location, p.country, p.languages.length ? `Speaks ${p.languages.join(", ")}` : null].filter(Boolean).join(" · ") || undefined
        }
      />
      <div className="grid gap-4 md:grid-cols-4">
        <Card className="p-4">
          <p className="text-xs text-muted-foreground">Tier</p>
          <p className="mt-1 text-lg font-semibold">
            <TierBadge tier={p.tier} />
          </p>
          <p className="mt-1 text-xs text-muted-foreground">
            By the largest account’s followers (nano 1K, micro 10K, macro 100K, mega 1M).
          </p>
        </Card>
        <Card className="p-4">
          <p className="text-xs text-muted-foreground">Followers</p>
          <p className="mt-1 text-lg font-semibold tabular-nums">
            <Followers value={p.followers} />
          </p>
          <p className="mt-1 text-xs text-muted-foreground">Largest account.</p>
        </Card>
        <Card className="p-4">
          <p className="text-xs text-muted-foreground">Engagement rate</p>
          <p className="mt-1 text-lg font-semibold tabular-nums">
            <EngagementRate value={p.engagementRate} source={p.accounts[0]?.engagementRateSource} />
          </p>
          <p className="mt-1 text-xs text-muted-foreground">{ER_DEFINITION}.</p>
        </Card>
        <Card className="p-4">
          <p className="text-xs text-muted-foreground">Authenticity risk</p>
          <p className="mt-1">
            <RiskBadge level={p.riskLevel} score={p.riskScore} />
          </p>
          <p className="mt-1 text-xs text-muted-foreground">0–100, higher is riskier.</p>
        </Card>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="grid min-w-0 content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Why this risk score</CardTitle>
              <CardDescription>
                Signals: engagement against the norm for the tier, follower spikes, following/follower ratio, profile completeness, comment
                quality.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {p.riskReasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </CardContent>
          </Card>
          {p.accounts.map((a) => (
            <Card key={a.id}>
              <CardHeader>
                <CardTitle>
                  {PLATFORM_LABELS[a.platform]} ·{" "}
                  {a.url ? (
                    <a href={a.url} target="_blank" rel="noopener noreferrer" className="text-primary hover:underline">
                      @{a.handle}
                    </a>
                  ) : (
                    `@${a.handle}`
                  )}
                </CardTitle>
                <CardDescription>
                  {formatCount(a.followers)} followers
                  {a.following != null ? ` · ${formatCount(a.following)} following` : ""}
                  {a.posts != null ? ` · ${formatCount(a.posts)} posts` : ""} · ER{" "}
                  <EngagementRate value={a.engagementRate} source={a.engagementRateSource} />
                  {a.avgLikes != null ? ` · ${formatCount(Math.round(a.avgLikes))} avg likes` : ""}
                  {a.avgComments != null ? ` · ${formatCount(Math.round(a.avgComments))} avg comments` : ""}
                </CardDescription>
              </CardHeader>
              <CardContent className="grid gap-3">
                {a.bio ? <p className="text-sm">{a.bio}</p> : null}
                {a.topHashtags.length ? (
                  <p className="text-sm text-muted-foreground">{a.topHashtags.map((t) => `#${t}`).join(" ")}</p>
                ) : null}
                <h3 className="text-sm font-medium">Follower history</h3>
                <FollowerHistoryChart series={a.history} spikes={a.spikes} label={`Followers of @${a.handle} over time`} />
                {a.spikes.length ? (
                  <ul className="text-xs text-destructive">
                    {a.spikes.map((s) => (
                      <li key={s.date}>
                        Spike on {s.date}: +{formatCount(s.gain)} followers (+{s.growthPct.toFixed(0)}%) in{" "}
                        {Math.max(1, Math.round(s.days))} day(s).
                      </li>
                    ))}
                  </ul>
                ) : null}
              </CardContent>
            </Card>
          ))}
          <Card>
            <CardHeader>
              <CardTitle>Outreach and collaborations</CardTitle>
              <CardDescription>Messages, replies, pipeline moves, notes and campaign collaborations, newest first.</CardDescription>
            </CardHeader>
            <CardContent>
              <InfluencerTimeline
                slug={workspaceSlug}
                influencerId={influencerId}
                items={timeline}
                canWrite={can(role, "outreach.write")}
              />
            </CardContent>
          </Card>
        </div>
        <aside className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Lists</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-wrap gap-1">
              {p.lists.length ? (
                p.lists.map((l) => (
                  <IntentLink key={l.id} href={`${base}?list=${l.id}`}>
                    <Badge variant="outline">{l.name}</Badge>
                  </IntentLink>
                ))
              ) : (
                <p className="text-sm text-muted-foreground">Not on any list.</p>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Brands worked with</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-wrap gap-1">
              {p.brandsWorkedWith.length ? (
                p.brandsWorkedWith.map((b) => (
                  <IntentLink key={b} href={`${base}?brand=${encodeURIComponent(b)}`}>
                    <Badge>{b}</Badge>
                  </IntentLink>
                ))
              ) : (
                <p className="text-sm text-muted-foreground">None recorded.</p>
              )}
            </CardContent>
          </Card>
          <InfluencerDetailsForm
            slug={workspaceSlug}
            canWrite={can(role, "influencers.write")}
            influencer={{
              id: p.id,
              displayName: p.displayName,
              email: p.email ?? "",
              country: p.country ?? "",
              location: p.location ?? "",
              languages: p.languages.join(", "),
              niches: p.niches.join(", "),
              tags: p.tags.join(", "),
              brandsWorkedWith: p.brandsWorkedWith.join(", "),
              notes: p.notes ?? "",
            }}
          />
        </aside>
      </div>
    </>
  );
}
