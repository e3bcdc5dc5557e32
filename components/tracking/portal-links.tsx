// The influencer's own links and codes in the portal (read-only, with copy buttons). Only live
// links are shown: a paused or ended one would send their audience to "this link has ended".
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyButton } from "@/components/workspaces/copy-button";
import type { PortalContext } from "@/lib/portal/gate";
import { collaborationTracking } from "@/lib/tracking/queries";

export async function PortalLinks({ ctx }: { ctx: PortalContext }) {
  const { links, codes } = await collaborationTracking(ctx.workspaceId, ctx.collaborationId);
  const live = links.filter((l) => l.live);
  if (live.length === 0 && codes.length === 0) return null;
  return (
    <Card data-testid="portal-links">
      <CardHeader>
        <CardTitle>Your links and codes</CardTitle>
        <CardDescription>Share these in your posts so the brand can see what you brought in.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {live.map((l) => (
          <div key={l.id} className="flex min-w-0 items-center gap-2">
            <code className="min-w-0 flex-1 truncate rounded bg-muted px-2 py-1 font-mono text-xs">{l.url}</code>
            <CopyButton text={l.url} label="Copy link" />
          </div>
        ))}
        {codes.map((c) => (
          <div key={c.id} className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
            <code className="rounded bg-muted px-2 py-1 font-mono text-xs">{c.code}</code>
            <span className="min-w-0 flex-1 truncate text-muted-foreground">{c.description ?? "Discount code"}</span>
            <CopyButton text={c.code} label="Copy code" />
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
