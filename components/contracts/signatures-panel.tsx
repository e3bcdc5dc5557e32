// The signatures given on a contract: party, typed name, time and version; voided ones struck
// through. This is the place on the contract page where the countersign form and the audit trail go.
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ContractParty } from "@/lib/db/generated/enums";
import { formatDateTime } from "@/lib/time-zone";

const PARTY_LABELS: Record<ContractParty, string> = { influencer: "Influencer", guardian: "Parent or guardian", brand: "Brand" };

export type SignatureRow = {
  id: string;
  version: number;
  party: ContractParty;
  typedName: string;
  signedAt: string;
  voidedAt: string | null;
};

const when = (iso: string) => formatDateTime(new Date(iso), "UTC") + " UTC";

export function SignaturesPanel({
  signatures,
  currentVersion,
  children,
}: {
  signatures: SignatureRow[];
  currentVersion: number;
  children?: React.ReactNode;
}) {
  return (
    <Card data-slot="contract-signatures" data-testid="contract-signatures">
      <CardHeader>
        <CardTitle>Signatures</CardTitle>
        {signatures.length === 0 ? (
          <CardDescription>{currentVersion === 0 ? "Nobody signs until the contract is sent." : "No signatures yet."}</CardDescription>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-4">
        {signatures.length > 0 ? (
          <ul className="grid gap-2 text-sm">
            {signatures.map((s) => (
              <li key={s.id} className="grid">
                <span className={s.voidedAt ? "text-muted-foreground line-through" : undefined}>
                  <strong>{PARTY_LABELS[s.party]}</strong>: {s.typedName}
                </span>
                <span className="text-xs text-muted-foreground">
                  v{s.version} · <time dateTime={s.signedAt}>{when(s.signedAt)}</time>
                  {s.voidedAt ? " · voided by a later edit" : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {children}
      </CardContent>
    </Card>
  );
}
