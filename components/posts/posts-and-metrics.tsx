// "Posts & metrics" on a collaboration page: the live posts with their latest numbers (ERR with its
// formula, story completion), a short history, and — for those who may edit — forms to add a post and
// enter numbers. Numbers the creator sent from the portal are labelled as reported by them.
import { PostConnector } from "@/components/connectors/post-connector";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can, type Role } from "@/lib/auth/permissions";
import { loadCollaborationMetrics } from "@/lib/posts/records";
import { PLATFORMS, type Platform } from "@/lib/vocabulary";

import { PostFigures } from "./post-figures";
import { AddPostForm, SnapshotForm } from "./post-forms";

export async function PostsAndMetrics({
  workspace,
  role,
  collaborationId,
}: {
  workspace: { id: string; slug: string; timeZone: string };
  role: Role;
  collaborationId: string;
}) {
  const view = await loadCollaborationMetrics(workspace.id, collaborationId);
  const canWrite = can(role, "campaigns.write");
  const target = { kind: "workspace", slug: workspace.slug, collaborationId } as const;
  const platform: Platform = view.deliverables.find((d) => d.platform)?.platform ?? PLATFORMS[0];
  return (
    <Card data-testid="posts-and-metrics">
      <CardHeader>
        <CardTitle>Posts &amp; metrics</CardTitle>
        <CardDescription>The latest numbers are each post&apos;s current value; earlier ones are its history.</CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-4">
        {view.posts.length === 0 ? (
          <p className="text-sm text-muted-foreground">No posts yet. Add the live post to record its numbers.</p>
        ) : null}
        {view.posts.map((p) => (
          <div key={p.id} className="grid min-w-0 grid-cols-1 gap-2">
            <PostFigures post={p} fileHref={(id) => `/api/w/${workspace.slug}/files/${id}`} />
            <PostConnector workspace={workspace} post={p} canWrite={canWrite} />
            {canWrite ? <SnapshotForm target={target} postId={p.id} isStory={p.format === "story"} /> : null}
          </div>
        ))}
        {canWrite ? <AddPostForm target={target} deliverables={view.deliverables} defaultPlatform={platform} /> : null}
      </CardContent>
    </Card>
  );
}
