// A warning on a collaboration's content once a usage right it was licensed under has ended: reposting
// it or running ads with it now needs a new agreement. Renders nothing while every right still runs.
import { Alert } from "@/components/ui/alert";
import { endedRights } from "@/lib/contracts/rights";
import { USAGE_RIGHT_LABELS } from "@/lib/contracts/usage-rights-labels";
import { formatDay } from "@/lib/time-zone";

export async function ContentRightsWarning({
  workspaceId,
  collaborationId,
  timeZone,
}: {
  workspaceId: string;
  collaborationId: string;
  timeZone: string;
}) {
  const ended = await endedRights({ workspaceId, collaborationId, timeZone });
  if (ended.length === 0) return null;
  return (
    <Alert tone="warning" data-testid="rights-ended-warning">
      <strong>Usage rights ended:</strong> {ended.map((e) => `${USAGE_RIGHT_LABELS[e.kind]} on ${formatDay(e.endDay, true)}`).join("; ")}.
      Reusing this content that way (a repost, an ad) is outside the signed licence.
    </Alert>
  );
}
