// On a post's card in "Posts & metrics": when its platform has a connected account, when its numbers
// were last fetched (or why not) and, for campaign staff, "Refresh now". Renders nothing otherwise.
import { hasLiveConnector } from "@/lib/connectors/accounts";
import { postConnectorStatus } from "@/lib/connectors/refresh";
import { CONNECTOR_LABELS, isConnectorPlatform } from "@/lib/connectors/registry";
import { formatDateTime } from "@/lib/time-zone";

import { RefreshNowButton } from "./refresh-now-button";

export async function PostConnector({
  workspace,
  post,
  canWrite,
}: {
  workspace: { id: string; slug: string; timeZone: string };
  post: { id: string; platform: string };
  canWrite: boolean;
}) {
  if (!isConnectorPlatform(post.platform) || !(await hasLiveConnector(workspace.id, post.platform))) return null;
  const status = await postConnectorStatus(workspace.id, post.id);
  const label = CONNECTOR_LABELS[post.platform];
  const at = status?.lastFetchedAt ? formatDateTime(status.lastFetchedAt, workspace.timeZone) : null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground" data-testid="post-connector">
      <span>{at ? `Fetched from ${label}: ${at}.` : `Not fetched from ${label} yet.`}</span>
      {status?.lastError ? <span className="text-destructive">{status.lastError}</span> : null}
      {canWrite ? <RefreshNowButton slug={workspace.slug} postId={post.id} /> : null}
    </div>
  );
}
