// A figure that cannot be computed: "—" with its reason beside it, never a 0. `relative` keeps the
// absolutely placed sr-only text inside the table's scroll box (else it widens the page on a phone).
import { cn } from "@/components/ui/cn";

export function Missing({ reason, className }: { reason?: string | null; className?: string }) {
  return (
    <span className={cn("relative", className)}>
      <span aria-hidden="true">—</span>
      <span className="sr-only">not available</span>
      {reason ? <span className="ml-1 text-xs font-normal text-muted-foreground">({reason})</span> : null}
    </span>
  );
}
