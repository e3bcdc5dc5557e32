import type { Metadata } from "next";

import { AuditTrail } from "@/components/contracts/audit-trail";
import { ContractStateBadge } from "@/components/contracts/contract-state-badge";
import { CountersignForm } from "@/components/contracts/countersign-form";
import { SignaturesPanel } from "@/components/contracts/signatures-panel";
import { TermsEditor } from "@/components/contracts/terms-editor";
import { VersionHistory } from "@/components/contracts/version-history";
import { VoidContractForm } from "@/components/contracts/void-contract-form";
import { Alert } from "@/components/ui/alert";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { listContractEvents } from "@/lib/contracts/audit";

import { loadContractPage } from "../load";

type Props = { params: Promise<{ workspaceSlug: string; contractId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspaceSlug, contractId } = await params;
  const { contract } = await loadContractPage(workspaceSlug, contractId);
  return { title: `Contract · ${contract.influencerName}` };
}

export default async function Page({ params }: Props) {
  const { workspaceSlug, contractId } = await params;
  const { workspace, role, contract: c } = await loadContractPage(workspaceSlug, contractId);
  const base = `/w/${workspace.slug}`;
  const events = await listContractEvents({ workspaceId: workspace.id, contractId: c.id });
  const voidable = c.state === "draft" || c.state === "sent" || c.state === "signed_by_influencer";
  return (
    <>
      <p className="mb-2 text-sm">
        <IntentLink className="text-muted-foreground hover:underline" href={`${base}/contracts`}>
          ← All contracts
        </IntentLink>
      </p>
      <PageHeader
        title={`Contract with ${c.influencerName}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <ContractStateBadge state={c.state} />
            {c.version > 0 ? <span>v{c.version}</span> : null}
            <IntentLink className="hover:underline" href={`${base}/campaigns/${c.campaignId}/collaborations/${c.collaborationId}`}>
              {c.campaignName}
            </IntentLink>
          </span>
        }
      />
      {c.declineReason ? <Alert className="mb-4">Declined by the influencer: “{c.declineReason}”</Alert> : null}
      {c.voidReason ? <Alert className="mb-4">Voided: {c.voidReason}</Alert> : null}
      <TermsEditor
        key={c.updatedAt}
        slug={workspace.slug}
        contractId={c.id}
        state={c.state}
        initialTerms={c.terms}
        template={c.template}
        canWrite={can(role, "contracts.write")}
      />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <SignaturesPanel signatures={c.signatures} currentVersion={c.version}>
          {c.state === "signed_by_influencer" && can(role, "contracts.sign") ? (
            <CountersignForm
              slug={workspace.slug}
              contractId={c.id}
              version={c.version}
              brandLegalName={c.terms.parties.brand.legalName || workspace.name}
            />
          ) : null}
          {c.state === "completed" ? (
            <a className="text-sm text-primary underline" href={`/api/w/${workspace.slug}/contracts/${c.id}/pdf`}>
              Download the executed PDF
            </a>
          ) : null}
          {voidable && can(role, "contracts.write") ? <VoidContractForm slug={workspace.slug} contractId={c.id} /> : null}
        </SignaturesPanel>
        <VersionHistory versions={c.versions} />
      </div>
      <section aria-labelledby="audit-h" className="mt-6 grid gap-2">
        <h2 id="audit-h" className="font-medium">
          Audit trail
        </h2>
        <AuditTrail events={events} timeZone={workspace.timeZone} />
      </section>
    </>
  );
}
