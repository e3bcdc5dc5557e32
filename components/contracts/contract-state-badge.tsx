// A contract's state as a badge, coloured by what it asks of the reader.
import { Badge } from "@/components/ui/badge";
import type { ContractState } from "@/lib/db/generated/enums";

export const CONTRACT_STATE_LABELS: Record<ContractState, string> = {
  draft: "Draft",
  sent: "Awaiting the influencer",
  signed_by_influencer: "Awaiting countersignature",
  completed: "Signed",
  declined: "Declined",
  voided: "Voided",
};

const TONE: Record<ContractState, "default" | "outline" | "success" | "warning" | "destructive"> = {
  draft: "outline",
  sent: "default",
  signed_by_influencer: "warning",
  completed: "success",
  declined: "destructive",
  voided: "destructive",
};

export function ContractStateBadge({ state }: { state: ContractState }) {
  return (
    <Badge variant={TONE[state]} data-testid="contract-state">
      {CONTRACT_STATE_LABELS[state]}
    </Badge>
  );
}
