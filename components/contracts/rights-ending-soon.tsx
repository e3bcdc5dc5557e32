// The workspace's "Rights ending soon" list: usage rights and ad codes ending within 30 days, soonest
// first, each linked to its collaboration. A list of cards on a phone, a table from `sm` up.
import { IntentLink } from "@/components/ui/intent-link";
import type { EndingSoonRow } from "@/lib/contracts/rights";
import { AD_CODE_LABELS, USAGE_RIGHT_LABELS, type AdCodePlatform, type UsageRightKind } from "@/lib/contracts/usage-rights-labels";
import { formatDay } from "@/lib/time-zone";

import { DaysLeftBadge } from "./days-left-badge";

function what(r: EndingSoonRow): string {
  return r.type === "grant" ? `${USAGE_RIGHT_LABELS[r.label as UsageRightKind]} rights` : AD_CODE_LABELS[r.label as AdCodePlatform];
}

export function RightsEndingSoon({ slug, rows }: { slug: string; rows: EndingSoonRow[] }) {
  const href = (r: EndingSoonRow) => `/w/${slug}/campaigns/${r.campaignId}/collaborations/${r.collaborationId}`;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">Usage rights and ad codes ending within 30 days</caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground max-sm:sr-only">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Ends
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              What
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Influencer
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Campaign
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.type}-${r.id}`} className="border-t max-sm:grid max-sm:gap-1 max-sm:py-2" data-testid="rights-ending-row">
              <td className="px-3 py-2 max-sm:py-0">
                <span className="flex flex-wrap items-center gap-2">
                  <time dateTime={r.endDay} className="font-medium whitespace-nowrap">
                    {formatDay(r.endDay, true)}
                  </time>
                  <DaysLeftBadge daysLeft={r.daysLeft} />
                </span>
              </td>
              <td className="px-3 py-2 max-sm:py-0">{what(r)}</td>
              <td className="px-3 py-2 max-sm:py-0">
                <IntentLink href={href(r)} className="font-medium hover:underline">
                  {r.influencerName}
                </IntentLink>
              </td>
              <td className="px-3 py-2 text-muted-foreground max-sm:py-0">{r.campaignName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
