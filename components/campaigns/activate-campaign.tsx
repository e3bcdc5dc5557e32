"use client";

// The one-click "mark it active" offered when a draft campaign is evidently running (the rule is in
// lib/campaigns/activation.ts; the status stays the marketer's decision).
import { Rocket } from "lucide-react";
import { useRouter } from "next/navigation";

import { setCampaignStatusAction } from "@/app/(app)/actions/campaigns";
import { UpgradeHint } from "@/components/billing/upgrade-hint";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";

export function ActivateCampaign({ slug, campaignId, livePosts }: { slug: string; campaignId: string; livePosts: number }) {
  const router = useRouter();
  const { run, pending, error, code } = useAction(setCampaignStatusAction);
  return (
    <Alert tone="info" className="mb-4 flex flex-wrap items-center justify-between gap-3" data-testid="activate-campaign">
      <span className="flex items-start gap-2">
        <Rocket aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
        <span>
          This campaign is still marked <strong>Draft</strong>, but its brief is out
          {livePosts ? ` and ${livePosts} post${livePosts === 1 ? " is" : "s are"} live` : ""}. Mark it active so it counts as running.
          {error ? <span className="mt-1 block text-destructive">{error}</span> : null}
          <UpgradeHint slug={slug} code={code} />
        </span>
      </span>
      <Button size="sm" disabled={pending} onClick={() => run([slug, { campaignId, status: "active" }], () => router.refresh())}>
        {pending ? "Saving…" : "Mark as active"}
      </Button>
    </Alert>
  );
}
