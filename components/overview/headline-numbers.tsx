// The workspace's headline numbers, each with what it counts. Server component.
import type { ReactNode } from "react";

import { IntentLink } from "@/components/ui/intent-link";
import { CAMPAIGN_STATUS_LABELS, CAMPAIGN_STATUSES } from "@/lib/campaigns/schemas";
import { COLLABORATION_STATUSES, STATUS_LABELS } from "@/lib/collaborations/status";
import { DEFAULT_TIER_BOUNDS, formatCount, TIERS, type Tier } from "@/lib/metrics";
import type { HeadlineNumbers as Numbers } from "@/lib/overview/get-overview";
import { formatDay } from "@/lib/time-zone";

const TIER_NAMES: Record<Tier, string> = { none: "Under 1K", nano: "Nano", micro: "Micro", macro: "Macro", mega: "Mega" };
const b = DEFAULT_TIER_BOUNDS;
const TIER_DEFINITION = `by the tier of their largest account: nano ${formatCount(b.nano)}–${formatCount(b.micro)} followers, micro ${formatCount(b.micro)}–${formatCount(b.macro)}, macro ${formatCount(b.macro)}–${formatCount(b.mega)}, mega ${formatCount(b.mega)}+`;

const n = (v: number) => v.toLocaleString("en-US");

function Stat({
  label,
  value,
  unit,
  href,
  breakdown,
  definition,
}: {
  label: string;
  value: number;
  unit: string;
  href: string;
  breakdown: { label: string; value: number }[];
  definition: ReactNode;
}) {
  return (
    <div className="grid content-start gap-1.5 rounded-lg border bg-card p-4">
      <h3 className="text-sm font-medium text-muted-foreground">
        <IntentLink href={href} className="hover:underline">
          {label}
        </IntentLink>
      </h3>
      <p className="text-2xl font-semibold tabular-nums">
        {n(value)} <span className="text-sm font-normal text-muted-foreground">{unit}</span>
      </p>
      {breakdown.length ? (
        <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
          {breakdown.map((x) => (
            <li key={x.label}>
              {x.label} <span className="font-semibold tabular-nums">{n(x.value)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-xs text-muted-foreground">{definition}</p>
    </div>
  );
}

export function HeadlineNumbers({
  numbers,
  slug,
  weekStart,
  timeZone,
}: {
  numbers: Numbers;
  slug: string;
  weekStart: string;
  timeZone: string;
}) {
  const base = `/w/${slug}`;
  const { roster, campaigns, collaborations, outreach } = numbers;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
      {roster ? (
        <Stat
          label="Roster"
          value={roster.total}
          unit={roster.total === 1 ? "influencer" : "influencers"}
          href={`${base}/influencers`}
          breakdown={TIERS.filter((t) => roster.byTier[t] > 0).map((t) => ({ label: TIER_NAMES[t], value: roster.byTier[t] }))}
          definition={`Profiles in your roster, ${TIER_DEFINITION}.`}
        />
      ) : null}
      {campaigns ? (
        <Stat
          label="Campaigns"
          value={campaigns.byStatus.active}
          unit="active"
          href={`${base}/campaigns`}
          breakdown={CAMPAIGN_STATUSES.filter((s) => s !== "active" && campaigns.byStatus[s] > 0).map((s) => ({
            label: CAMPAIGN_STATUS_LABELS[s],
            value: campaigns.byStatus[s],
          }))}
          definition="Campaigns by the status set on each (Draft, Active, Completed, Archived)."
        />
      ) : null}
      {collaborations ? (
        <Stat
          label="Collaborations"
          value={collaborations.total}
          unit="in all"
          href={`${base}/campaigns`}
          breakdown={COLLABORATION_STATUSES.filter((s) => collaborations.byStatus[s] > 0).map((s) => ({
            label: STATUS_LABELS[s],
            value: collaborations.byStatus[s],
          }))}
          definition="Influencers added to a campaign, by where each one is: invited, accepted, drafting, in review, approved, live, completed (or declined, cancelled)."
        />
      ) : null}
      {outreach ? (
        <Stat
          label="Outreach this week"
          value={outreach.sentThisWeek}
          unit={outreach.sentThisWeek === 1 ? "email sent" : "emails sent"}
          href={`${base}/outreach/messages`}
          breakdown={[{ label: "Replies", value: outreach.repliesThisWeek }]}
          definition={`First messages and follow-ups sent, and replies logged, since Monday ${formatDay(weekStart)} 00:00 (${timeZone.replaceAll("_", " ")} time).`}
        />
      ) : null}
    </div>
  );
}
