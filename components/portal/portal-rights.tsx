// The portal's "Usage rights" card: what the influencer granted in the signed contract (and until
// when), the ad codes they gave, and the form to give one when the contract grants Spark Ads or paid
// usage. Nothing before a contract is signed.
import { DaysLeftBadge } from "@/components/contracts/days-left-badge";
import { GrantedRightsList } from "@/components/contracts/granted-rights-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { portalRights } from "@/lib/contracts/ad-codes";
import { AD_CODE_LABELS, AD_CODE_PLATFORMS } from "@/lib/contracts/usage-rights-labels";
import type { PortalContext } from "@/lib/portal/gate";
import { formatDay } from "@/lib/time-zone";

import { AdCodeForm } from "./ad-code-form";
import { WithdrawCodeButton } from "./withdraw-code-button";

export async function PortalRights({ token, ctx }: { token: string; ctx: PortalContext }) {
  const r = await portalRights(ctx);
  if (r.grants.length === 0 && r.codes.length === 0) return null;
  const platforms = AD_CODE_PLATFORMS.filter((p) => r.accepts[p]);
  return (
    <Card data-testid="portal-rights">
      <CardHeader>
        <CardTitle>Usage rights you granted</CardTitle>
        <CardDescription>From your signed contract. After the end date the brand may not start new uses of your content.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <GrantedRightsList grants={r.grants} />
        {r.codes.length ? (
          <div className="grid gap-2">
            <h3 className="font-medium">Codes you gave</h3>
            <ul className="grid gap-3">
              {r.codes.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {AD_CODE_LABELS[c.platform]} ending …{c.codeEnd}
                    <span className="block text-xs text-muted-foreground">Works until {formatDay(c.expiresDay, true)}</span>
                  </span>
                  <span className="flex items-center gap-2">
                    <DaysLeftBadge daysLeft={c.daysLeft} revoked={c.revoked} />
                    {!c.revoked && c.daysLeft >= 0 ? <WithdrawCodeButton token={token} codeId={c.id} /> : null}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {platforms.length ? (
          <div className="grid gap-2 border-t pt-4">
            <h3 className="font-medium">Give the brand an ad code</h3>
            <AdCodeForm token={token} platforms={platforms} today={r.today} />
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
