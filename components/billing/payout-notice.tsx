// One payment's payout notice (lib/billing/payout-notice.ts), the same element on the collaboration
// page and on the portal's "Your payments".
import { cn } from "@/components/ui/cn";
import type { PayoutNotice as Notice } from "@/lib/billing/payout-notice";

const TONES: Record<Notice["tone"], string> = {
  muted: "text-muted-foreground",
  success: "text-success",
  error: "text-destructive",
};

export function PayoutNotice({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <p className={cn("text-sm", TONES[notice.tone])} data-testid="payout-notice" data-kind={notice.kind}>
      {notice.text}
    </p>
  );
}
