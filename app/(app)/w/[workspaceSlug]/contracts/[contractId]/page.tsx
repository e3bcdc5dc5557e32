import type { Metadata } from "next";
import Link from "next/link";

import { ContractStateBadge } from "@/components/contracts/contract-state-badge";
import { SignaturesPanel } from "@/components/contracts/signatures-panel";
import { TermsEditor } from "@/components/contracts/terms-editor";
import { VersionHistory } from "@/components/contracts/version-history";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";

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
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-muted-foreground hover:underline" href={`${base}/contracts`}>
          ← All contracts
        </Link>
      </p>
      <PageHeader
        title={`Contract with ${c.influencerName}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <ContractStateBadge state={c.state} />
            {c.version > 0 ? <span>v{c.version}</span> : null}
            <Link className="hover:underline" href={`${base}/campaigns/${c.campaignId}/collaborations/${c.collaborationId}`}>
              {c.campaignName}
            </Link>
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
        {/* Signatures: the lead wires the countersign form and the audit trail (c-portal) into this panel at merge. */}
        <SignaturesPanel signatures={c.signatures} currentVersion={c.version} />
        <VersionHistory versions={c.versions} />
      </div>
    </>
  );
}
