"use client";

import { useRouter } from "next/navigation";

import { cancelMessageAction, retryMessageAction } from "@/app/(app)/actions/outreach";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function MessageRowActions({ slug, messageId, status }: { slug: string; messageId: string; status: string }) {
  const router = useRouter();
  const cancel = useAction(cancelMessageAction);
  const retry = useAction(retryMessageAction);
  const error = cancel.error ?? retry.error;
  return (
    <div className="flex items-center gap-2">
      {status === "scheduled" ? (
        <Button
          size="sm"
          variant="ghost"
          disabled={cancel.pending}
          onClick={() => cancel.run([slug, { messageId }], () => router.refresh())}
        >
          Cancel
        </Button>
      ) : null}
      {status === "failed" ? (
        <Button
          size="sm"
          variant="outline"
          disabled={retry.pending}
          onClick={() => {
            if (confirm("Send it again? If the last error says it may have gone out, check your sent mail first."))
              retry.run([slug, { messageId }], () => router.refresh());
          }}
        >
          Retry
        </Button>
      ) : null}
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </div>
  );
}
