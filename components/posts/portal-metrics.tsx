// The portal's "Your post's numbers": once the content is approved, the creator adds the link of their
// post and reports its numbers, with an optional screenshot of their insights. Scoped by the portal
// context (the token's one collaboration); hidden before approval.
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PortalContext } from "@/lib/portal/gate";
import { loadPortalMetrics } from "@/lib/posts/portal";
import { PLATFORMS, type Platform } from "@/lib/vocabulary";

import { PostFigures } from "./post-figures";
import { AddPostForm, SnapshotForm } from "./post-forms";

export async function PortalMetrics({ ctx, token }: { ctx: PortalContext; token: string }) {
  const view = await loadPortalMetrics(ctx);
  if (!view.open) return null;
  const target = { kind: "portal", token } as const;
  const platform: Platform = view.deliverables.find((d) => d.platform)?.platform ?? PLATFORMS[0];
  return (
    <Card data-testid="portal-metrics">
      <CardHeader>
        <CardTitle>Your post&apos;s numbers</CardTitle>
        <CardDescription>
          Add the link of your live post, then send its numbers from your insights (a screenshot helps the brand trust them).
        </CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-4">
        {view.posts.map((p) => (
          <div key={p.id} className="grid min-w-0 grid-cols-1 gap-2">
            <PostFigures post={p} fileHref={(id) => `/i/${token}/files/${id}`} />
            <SnapshotForm target={target} postId={p.id} isStory={p.format === "story"} />
          </div>
        ))}
        <AddPostForm target={target} deliverables={view.deliverables} defaultPlatform={platform} />
      </CardContent>
    </Card>
  );
}
