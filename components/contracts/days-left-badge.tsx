// How long a usage right or an ad code still runs, coloured by urgency (a week or less: warning).
import { Badge } from "@/components/ui/badge";
import { daysLeftText } from "@/lib/contracts/usage-rights-labels";

export function DaysLeftBadge({ daysLeft, revoked = false }: { daysLeft: number | null; revoked?: boolean }) {
  if (revoked)
    return (
      <Badge variant="outline" className="shrink-0">
        Withdrawn
      </Badge>
    );
  if (daysLeft === null)
    return (
      <Badge variant="outline" className="shrink-0 whitespace-nowrap">
        No end stated
      </Badge>
    );
  const variant = daysLeft < 0 ? "destructive" : daysLeft <= 7 ? "warning" : "success";
  return (
    <Badge variant={variant} className="shrink-0 whitespace-nowrap">
      {daysLeftText(daysLeft)}
    </Badge>
  );
}
