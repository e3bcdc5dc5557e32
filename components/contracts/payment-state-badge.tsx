// A payment's state as a badge: overdue in red, partly paid and due in amber/grey, paid in green.
import { Badge } from "@/components/ui/badge";
import { PAYMENT_STATE_LABELS, type PaymentState } from "@/lib/contracts/payment-state";

const VARIANT = { overdue: "destructive", due: "default", partly_paid: "warning", pending: "outline", paid: "success" } as const;

export function PaymentStateBadge({ state }: { state: PaymentState }) {
  return (
    <Badge variant={VARIANT[state]} data-state={state}>
      {PAYMENT_STATE_LABELS[state]}
    </Badge>
  );
}
