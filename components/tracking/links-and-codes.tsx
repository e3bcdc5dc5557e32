// "Links & codes" of a collaboration page: its tracking links with clicks, and its discount codes.
// Rendered by the page in one line; loads its own data (tenant-scoped by the page's workspace).
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { linkDraft } from "@/lib/tracking/links";
import { collaborationTracking } from "@/lib/tracking/queries";

import { CampaignDefaultsForm } from "./campaign-defaults-form";
import { DiscountCodes } from "./discount-codes";
import { LinkCreateForm } from "./link-create-form";
import { LinkRow } from "./link-row";

export async function LinksAndCodes({
  slug,
  workspaceId,
  collaborationId,
  canWrite,
}: {
  slug: string;
  workspaceId: string;
  collaborationId: string;
  canWrite: boolean;
}) {
  const [{ links, codes }, draft] = await Promise.all([
    collaborationTracking(workspaceId, collaborationId),
    canWrite ? linkDraft(workspaceId, collaborationId) : null,
  ]);
  return (
    <Card data-testid="links-and-codes">
      <CardHeader>
        <CardTitle>Links &amp; codes</CardTitle>
        <CardDescription>
          Clicks exclude bots and link previews; unique counts each visitor once a day. A click id is added to the destination so the store
          can report the order it led to.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {links.length === 0 ? <p className="text-sm text-muted-foreground">No tracking links yet.</p> : null}
        <ul className="grid gap-3">
          {links.map((l) => (
            <LinkRow key={l.id} slug={slug} link={l} canWrite={canWrite} />
          ))}
        </ul>
        {draft ? <LinkCreateForm slug={slug} collaborationId={collaborationId} draft={draft} /> : null}
        {draft ? <CampaignDefaultsForm slug={slug} campaignId={draft.campaignId} defaults={draft.templates} /> : null}
        <DiscountCodes slug={slug} collaborationId={collaborationId} codes={codes} canWrite={canWrite} />
      </CardContent>
    </Card>
  );
}
