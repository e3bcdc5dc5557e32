// The workspace's links as a table (a list of cards on phones), with their status and clicks.
import { Badge } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import { CopyButton } from "@/components/workspaces/copy-button";
import { LINK_STATUS_LABELS, type LinkListRow } from "@/lib/tracking/link-list";

type Row = LinkListRow;

export function WorkspaceLinks({ slug, links }: { slug: string; links: Row[] }) {
  return (
    <>
      <ul className="grid gap-3 sm:hidden" data-testid="workspace-links-list">
        {links.map((l) => (
          <li key={l.id} className="grid min-w-0 gap-1 rounded-md border p-3 text-sm">
            <div className="flex min-w-0 items-center gap-2">
              <code className="min-w-0 flex-1 truncate font-mono text-xs">{l.url.replace(/^https?:\/\//, "")}</code>
              <CopyButton text={l.url} label="Copy" />
            </div>
            <IntentLink className="hover:underline" href={`/w/${slug}/campaigns/${l.campaignId}/collaborations/${l.collaborationId}`}>
              {l.influencerName} · <span className="text-muted-foreground">{l.campaignName}</span>
            </IntentLink>
            <p>
              <strong>{l.clicks.total}</strong> clicks · <strong>{l.clicks.unique}</strong> unique ·{" "}
              <span className="text-muted-foreground">{l.clicks.bots} bots</span>
              {l.status !== "active" ? (
                <span className="text-muted-foreground"> · {LINK_STATUS_LABELS[l.status].toLowerCase()}</span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-md border sm:block">
        <table className="w-full text-sm" data-testid="workspace-links">
          <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2 font-medium">Link</th>
              <th className="px-3 py-2 font-medium">Influencer · campaign</th>
              <th className="px-3 py-2 text-right font-medium">Clicks</th>
              <th className="px-3 py-2 text-right font-medium">Unique</th>
              <th className="px-3 py-2 text-right font-medium">Bots</th>
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.id} className="border-t align-top">
                <td className="max-w-[16rem] px-3 py-2">
                  <div className="flex items-center gap-2">
                    <code className="truncate font-mono text-xs">{l.url.replace(/^https?:\/\//, "")}</code>
                    <CopyButton text={l.url} label="Copy" />
                  </div>
                  <p className="truncate text-xs text-muted-foreground" title={l.destinationUrl}>
                    → {l.destinationUrl}
                  </p>
                  {l.status !== "active" ? (
                    <Badge variant="outline" className="mt-1">
                      {LINK_STATUS_LABELS[l.status]}
                    </Badge>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <IntentLink className="hover:underline" href={`/w/${slug}/campaigns/${l.campaignId}/collaborations/${l.collaborationId}`}>
                    {l.influencerName}
                  </IntentLink>
                  <p className="text-xs text-muted-foreground">{l.campaignName}</p>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{l.clicks.total}</td>
                <td className="px-3 py-2 text-right tabular-nums">{l.clicks.unique}</td>
                <td className="px-3 py-2 text-right text-muted-foreground tabular-nums">{l.clicks.bots}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
