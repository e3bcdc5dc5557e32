"use client";

// "Refresh now" on a post: queues a fetch of its numbers from the connected platform.
import { useState } from "react";

import { refreshPostMetricsAction } from "@/app/(app)/actions/connectors";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function RefreshNowButton({ slug, postId }: { slug: string; postId: string }) {
  const refresh = useAction(refreshPostMetricsAction);
  const [queued, setQueued] = useState(false);
  return (
    <>
      <Button
        size="sm"
        variant="outline"
        disabled={refresh.pending || queued}
        onClick={() => refresh.run([slug, { postId }], () => setQueued(true))}
      >
        Refresh now
      </Button>
      {queued ? <span role="status">Queued: the numbers appear here within a minute (reload the page).</span> : null}
      {refresh.error ? (
        <span className="text-destructive" role="alert">
          {refresh.error}
        </span>
      ) : null}
    </>
  );
}
