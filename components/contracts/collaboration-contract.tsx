// The contract card on a collaboration page: its state and a link, or "Create contract" once the
// influencer has accepted.
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import type { ContractState } from "@/lib/db/generated/enums";

import { ContractStateBadge } from "./contract-state-badge";
import { CreateContractButton } from "./create-contract-button";

/** Collaboration statuses after the influencer accepted and before the work is closed. */
const CAN_CONTRACT = ["accepted", "drafting", "in_review", "changes_requested", "approved", "live"];
const CLOSED: ContractState[] = ["declined", "voided"];

export function CollaborationContract({
  slug,
  collaborationId,
  status,
  contract,
  canWrite,
}: {
  slug: string;
  collaborationId: string;
  status: string;
  contract: { id: string; state: ContractState; currentVersion: number } | null;
  canWrite: boolean;
}) {
  const canCreate = canWrite && CAN_CONTRACT.includes(status) && (!contract || CLOSED.includes(contract.state));
  return (
    <Card data-testid="collaboration-contract">
      <CardHeader>
        <CardTitle>Contract</CardTitle>
        {!contract ? (
          <CardDescription>
            {CAN_CONTRACT.includes(status) ? "No contract yet." : "A contract can be made once the influencer accepts."}
          </CardDescription>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {contract ? (
          <p className="flex flex-wrap items-center gap-2">
            <ContractStateBadge state={contract.state} />
            {contract.currentVersion > 0 ? <span className="text-muted-foreground">v{contract.currentVersion}</span> : null}
            <IntentLink className="text-primary underline underline-offset-4" href={`/w/${slug}/contracts/${contract.id}`}>
              Open contract
            </IntentLink>
          </p>
        ) : null}
        {canCreate ? <CreateContractButton slug={slug} collaborationId={collaborationId} /> : null}
      </CardContent>
    </Card>
  );
}
