// The usage rights a signed contract grants, one per kind, with their dates, territories and days
// left: shared by the collaboration page and the portal.
import type { UsageRightKind } from "@/lib/contracts/usage-rights-labels";
import { USAGE_RIGHT_LABELS } from "@/lib/contracts/usage-rights-labels";
import { formatDay } from "@/lib/time-zone";

import { DaysLeftBadge } from "./days-left-badge";

export interface GrantedRight {
  id: string;
  kind: UsageRightKind;
  startDay: string;
  endDay: string | null;
  daysLeft: number | null;
  territories: string[];
}

export function GrantedRightsList({ grants }: { grants: readonly GrantedRight[] }) {
  return (
    <ul className="grid gap-3">
      {grants.map((g) => (
        <li key={g.id} className="grid gap-1">
          <div className="flex items-start justify-between gap-2">
            <strong className="min-w-0">{USAGE_RIGHT_LABELS[g.kind]}</strong>
            <DaysLeftBadge daysLeft={g.daysLeft} />
          </div>
          <span className="text-xs text-muted-foreground">
            {formatDay(g.startDay, true)} → {g.endDay ? formatDay(g.endDay, true) : "no end stated"}
            {g.territories.length ? ` · ${g.territories.join(", ")}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
