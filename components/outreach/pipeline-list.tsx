import { Badge } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import { formatCount } from "@/lib/metrics";
import type { PipelineCard } from "@/lib/outreach/pipeline";
import { STAGE_LABELS } from "@/lib/outreach/stages";

import { shortDate } from "./format";

/** The pipeline as a table (server-rendered; filters are query parameters). */
export function PipelineList({ slug, cards, timeZone }: { slug: string; cards: PipelineCard[]; timeZone: string }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">Influencers in the pipeline</caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Influencer
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Stage
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Followers
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Last emailed
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Last reply
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {cards.map((c) => (
            <tr key={c.id} className="border-t" data-testid="pipeline-row">
              <td className="px-3 py-2">
                <IntentLink href={`/w/${slug}/influencers/${c.influencerId}`} className="font-medium hover:underline">
                  {c.name}
                </IntentLink>
                {c.handle ? <div className="text-xs text-muted-foreground">@{c.handle}</div> : null}
              </td>
              <td className="px-3 py-2">
                <Badge variant={c.stage === "agreed" ? "success" : c.stage === "declined" ? "destructive" : "default"}>
                  {STAGE_LABELS[c.stage]}
                </Badge>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(c.followers)}</td>
              <td className="px-3 py-2">{shortDate(c.lastSentAt, timeZone)}</td>
              <td className="px-3 py-2">{shortDate(c.lastReplyAt, timeZone)}</td>
              <td className="px-3 py-2">{shortDate(c.updatedAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
