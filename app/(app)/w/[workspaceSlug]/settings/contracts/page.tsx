import type { Metadata } from "next";

import { ContractSettingsForm } from "@/components/contracts/contract-settings-form";
import { ContractTemplateEditor } from "@/components/contracts/template-editor";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { getContractSettings } from "@/lib/contracts/settings";
import { defaultTemplateOf } from "@/lib/contracts/templates";

/** Changes when the stored clauses change (a reset), so the editor starts again from them. */
const fingerprint = (clauses: { key: string; body: string }[]) => clauses.map((c) => `${c.key}:${c.body.length}`).join("|");

export const metadata: Metadata = { title: "Contract settings" };

export default async function ContractSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "contracts.read");
  const [template, settings] = await Promise.all([defaultTemplateOf(workspace.id), getContractSettings(workspace.id)]);
  const canEdit = can(role, "workspace.update");
  return (
    <div className="grid gap-6">
      <ContractSettingsForm slug={workspace.slug} settings={settings} canEdit={canEdit} />
      <section className="grid gap-3" aria-labelledby="template-heading">
        <div>
          <h2 id="template-heading" className="text-base font-semibold">
            Contract template
          </h2>
          <p className="text-sm text-muted-foreground">
            {template.shipped ? "The shipped default template. " : "Your workspace's template. "}
            Each contract is sent with this text, its merge fields filled in from the contract&apos;s terms; a clause appears only when its
            condition holds.
            {canEdit ? "" : " Owners and admins can edit it."}
          </p>
        </div>
        <ContractTemplateEditor
          key={fingerprint(template.content.clauses)}
          slug={workspace.slug}
          initial={template.content.clauses}
          shipped={template.shipped}
          canEdit={canEdit}
        />
      </section>
    </div>
  );
}
