"use client";

// Campaign status: draft → active → completed → archived (any order; it's a label for planning).
import { useRouter } from "next/navigation";

import { setCampaignStatusAction } from "@/app/(app)/actions/campaigns";
import { UpgradeHint } from "@/components/billing/upgrade-hint";
import { NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { CAMPAIGN_STATUS_LABELS, CAMPAIGN_STATUSES, type CampaignStatus } from "@/lib/campaigns/labels";

export function CampaignStatusControl({ slug, campaignId, status }: { slug: string; campaignId: string; status: CampaignStatus }) {
  const router = useRouter();
  const { run, pending, error, code } = useAction(setCampaignStatusAction);
  return (
    <div className="grid gap-1">
      <NativeSelect
        aria-label="Campaign status"
        value={status}
        disabled={pending}
        onChange={(e) => run([slug, { campaignId, status: e.target.value as CampaignStatus }], () => router.refresh())}
        className="w-40"
      >
        {CAMPAIGN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {CAMPAIGN_STATUS_LABELS[s]}
          </option>
        ))}
      </NativeSelect>
      {error ? (
        <p className="text-xs text-destructive" role="alert">
          {error}
        </p>
      ) : null}
      <UpgradeHint slug={slug} code={code} />
    </div>
  );
}
