// The influencer's contract page (phone first): consent → the contract text → sign, decline or ask
// for changes; afterwards the state (awaiting the brand's countersignature, completed, declined…).
// Server component; the forms are client islands.
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { consentDisclosure } from "@/lib/contracts/consent";
import type { PortalContractView } from "@/lib/contracts/signing";
import { formatDateTime } from "@/lib/time-zone";

import { ConsentForm } from "./consent-form";
import { ContractText } from "./contract-text";
import { ReplyForm } from "./reply-form";
import { SignForm } from "./sign-form";

const PARTY_LABELS = { influencer: "You", guardian: "Your parent or guardian", brand: "The brand" } as const;

/** Times in the portal are shown in UTC: the influencer's own time zone isn't known. */
function when(iso: string): string {
  return `${formatDateTime(new Date(iso), "UTC")} UTC`;
}

export function ContractPage({ token, brandName, view }: { token: string; brandName: string; view: PortalContractView }) {
  return (
    <div className="min-h-dvh bg-muted/30">
      <header className="border-b bg-background">
        <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold">{brandName}</p>
          <IntentLink href={`/i/${token}/portal`} className="text-sm text-primary underline-offset-4 hover:underline">
            ← Back to your collaboration
          </IntentLink>
        </div>
      </header>
      <main id="main" className="mx-auto grid max-w-2xl gap-4 px-4 py-6">
        <h1 className="text-2xl font-semibold tracking-tight">Your contract</h1>
        <Body token={token} brandName={brandName} view={view} />
      </main>
    </div>
  );
}

function Body({ token, brandName, view }: { token: string; brandName: string; view: PortalContractView }) {
  if (view.state === "none") return <Alert>{brandName} hasn’t sent you a contract for this collaboration.</Alert>;
  if (view.state === "preparing")
    return <Alert>{brandName} is preparing your contract. It will appear here when it is ready to sign.</Alert>;

  const signatures = view.signatures.length ? (
    <Card>
      <CardHeader>
        <CardTitle>Signatures</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-2 text-sm">
          {view.signatures.map((s) => (
            <li key={s.party} className="flex flex-wrap justify-between gap-x-3">
              <span>
                {PARTY_LABELS[s.party]}: <strong>{s.typedName}</strong>
              </span>
              <span className="text-muted-foreground">{when(s.signedAt)}</span>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  ) : null;
  const text = <ContractText version={view.version} sha256={view.sha256} sections={view.sections} />;

  switch (view.state) {
    case "revising":
      return (
        <Alert>
          {brandName} is revising the contract; the new version will appear here to sign.
          {view.changesRequested ? ` You asked: “${view.changesRequested}”` : ""}
        </Alert>
      );
    case "voided":
      return <Alert>{brandName} withdrew this contract. There is nothing to sign.</Alert>;
    case "declined":
      return <Alert>You declined this contract{view.declineReason ? `: “${view.declineReason}”` : "."}</Alert>;
    case "signed_by_influencer":
      return (
        <>
          <Alert tone="success">
            You signed the contract. It is waiting for {brandName}’s countersignature; you’ll get the signed copy by email.
          </Alert>
          {signatures}
          {text}
        </>
      );
    case "completed":
      return (
        <>
          <Alert tone="success">
            Signed by both sides{view.completedAt ? ` on ${when(view.completedAt)}` : ""}. The signed PDF is emailed to you, and you can
            download it here.
          </Alert>
          <div>
            {/* The executed PDF route (sealed on first download) is scoped by the same token. */}
            <a href={`/i/${token}/contract.pdf`} download className={buttonVariants({ variant: "outline" })}>
              Download the signed PDF
            </a>
          </div>
          {signatures}
          {text}
        </>
      );
    case "sent":
      break;
  }

  if (!view.consentGiven) {
    const disclosure = consentDisclosure(brandName);
    return (
      <Card>
        <CardHeader>
          <CardTitle>{disclosure.title}</CardTitle>
          <CardDescription>
            {brandName} sent you a contract to sign (version {view.version}). Before you read it, please agree to do this electronically.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ConsentForm token={token} version={view.version} disclosure={disclosure} />
        </CardContent>
      </Card>
    );
  }
  return (
    <>
      <p className="text-sm text-muted-foreground">Read the whole contract, then sign at the bottom — or ask for changes.</p>
      {text}
      <Card>
        <CardHeader>
          <CardTitle>Sign</CardTitle>
          <CardDescription>Signing version {view.version}. If anything is wrong, ask for changes below instead.</CardDescription>
        </CardHeader>
        <CardContent>
          <SignForm
            token={token}
            version={view.version}
            legalName={view.influencerLegalName}
            isMinor={view.isMinor}
            guardianName={view.guardianName}
            signingCode={view.signingCode}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Not ready to sign?</CardTitle>
        </CardHeader>
        <CardContent>
          <ReplyForm token={token} version={view.version} />
        </CardContent>
      </Card>
    </>
  );
}
