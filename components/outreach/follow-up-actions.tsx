"use client";

import { useRouter } from "next/navigation";

import { dismissFollowUpAction } from "@/app/(app)/actions/outreach";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { useAction } from "@/components/workspaces/use-action";

import { LogReplyDialog } from "./log-reply-dialog";

export function FollowUpActions({
  slug,
  messageId,
  influencerId,
  name,
  canWrite,
}: {
  slug: string;
  messageId: string;
  influencerId: string;
  name: string;
  canWrite: boolean;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(dismissFollowUpAction);
  if (!canWrite) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button asChild size="sm">
        <IntentLink href={`/w/${slug}/outreach/compose?followUp=${messageId}`} aria-label={`Draft follow-up to ${name}`}>
          Draft follow-up
        </IntentLink>
      </Button>
      <LogReplyDialog slug={slug} influencerId={influencerId} name={name} messageId={messageId} />
      <Button size="sm" variant="ghost" disabled={pending} onClick={() => run([slug, { messageId }], () => router.refresh())}>
        No follow-up needed
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </div>
  );
}
