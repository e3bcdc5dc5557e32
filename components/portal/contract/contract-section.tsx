// The contract's place on the portal overview: its state and the way to the contract page. Loads its
// own data from the token (the page already passed the portal gate and its rate limit in this request).
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { portalContractSummary } from "@/lib/contracts/signing";
import { portalGate } from "@/lib/portal/gate";

const TEXT = {
  sent: { description: "The brand sent you a contract to sign.", action: "Read and sign the contract" },
  signed_by_influencer: { description: "You signed; the brand countersigns next.", action: "View the contract" },
  completed: { description: "Signed by both sides.", action: "View the signed contract" },
  declined: { description: "You declined the contract.", action: "View" },
  voided: { description: "The brand withdrew the contract.", action: "View" },
  revising: { description: "The brand is revising the contract.", action: "View" },
} as const;

export async function ContractSection({ token }: { token: string }) {
  const summary = await portalContractSummary(await portalGate(token));
  if (summary.state === "none" || summary.state === "preparing") return null;
  const t = TEXT[summary.state];
  return (
    <Card data-testid="portal-contract">
      <CardHeader>
        <CardTitle>Contract</CardTitle>
        <CardDescription>{t.description}</CardDescription>
      </CardHeader>
      <CardContent>
        <IntentLink href={`/i/${token}/contract`} className={buttonVariants({ variant: summary.state === "sent" ? "default" : "outline" })}>
          {t.action}
        </IntentLink>
      </CardContent>
    </Card>
  );
}
