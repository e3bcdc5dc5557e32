// The collaboration page's "Usage rights" card: the rights the signed contract grants (start, end, days
// left) and the ad codes the influencer entered (shown in full to members who may read contracts).
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { collaborationRights } from "@/lib/contracts/rights";
import { AD_CODE_LABELS } from "@/lib/contracts/usage-rights-labels";
import { formatDay } from "@/lib/time-zone";

import { DaysLeftBadge } from "./days-left-badge";
import { GrantedRightsList } from "./granted-rights-list";

export async function UsageRightsSection({
  workspace,
  role,
  collaborationId,
}: {
  workspace: { id: string; timeZone: string };
  role: string;
  collaborationId: string;
}) {
  if (!can(role, "contracts.read")) return null;
  const r = await collaborationRights({ workspaceId: workspace.id, collaborationId, timeZone: workspace.timeZone });
  return (
    <Card data-testid="usage-rights">
      <CardHeader>
        <CardTitle>Usage rights</CardTitle>
        <CardDescription>
          {r.grants.length === 0
            ? "Recorded when the contract is signed by both parties."
            : r.grants.some((g) => g.startBasis === "completion")
              ? "From the signed contract. Counted from signing for now; they restart from publication when the content goes live."
              : "From the signed contract, counted from publication."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        {r.grants.length ? <GrantedRightsList grants={r.grants} /> : <p className="text-muted-foreground">No usage rights recorded.</p>}
        <div className="grid gap-2">
          <h3 className="text-sm font-medium">Ad authorisation codes</h3>
          {r.codes.length ? (
            <ul className="grid gap-3">
              {r.codes.map((c) => (
                <li key={c.id} className="grid gap-1">
                  <div className="flex items-start justify-between gap-2">
                    <span className="min-w-0">{AD_CODE_LABELS[c.platform]}</span>
                    <DaysLeftBadge daysLeft={c.daysLeft} revoked={c.revoked} />
                  </div>
                  <code className="rounded bg-muted px-2 py-1 text-xs break-all select-all">{c.code}</code>
                  <span className="text-xs text-muted-foreground">Expires {formatDay(c.expiresDay, true)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted-foreground">The influencer enters Spark Ads or partnership codes from their link.</p>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
