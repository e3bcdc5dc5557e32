"use server";

// Server actions for contracts on the brand side: generate from a collaboration, save terms, send
// for signature, the workspace template and the contract settings. Each parses its input, calls a
// lib/contracts service and revalidates.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { generateContract, sendContract, updateContractTerms } from "@/lib/contracts/drafting";
import { contractIdSchema, generateContractSchema, saveContractTermsSchema } from "@/lib/contracts/inputs";
import { contractSettingsSchema, updateContractSettings } from "@/lib/contracts/settings";
import { resetDefaultTemplate, saveDefaultTemplate, saveTemplateSchema } from "@/lib/contracts/templates";
import { requestMeta } from "@/lib/request-meta";
import { noInputSchema } from "@/lib/validation";

const contractsPath = (slug: string) => `/w/${slug}/contracts`;

export const generateContractAction = workspaceAction("contracts.write", generateContractSchema, async (input, { workspace, user }) => {
  const contract = await generateContract({ workspaceId: workspace.id, actorId: user.id, collaborationId: input.collaborationId });
  revalidatePath(contractsPath(workspace.slug));
  revalidatePath(`/w/${workspace.slug}/campaigns`, "layout");
  return contract;
});

export const saveContractTermsAction = workspaceAction("contracts.write", saveContractTermsSchema, async (input, { workspace, user }) => {
  const res = await updateContractTerms({
    workspaceId: workspace.id,
    actorId: user.id,
    contractId: input.contractId,
    terms: input.terms,
    ...(await requestMeta()),
  });
  revalidatePath(`${contractsPath(workspace.slug)}/${input.contractId}`);
  return { errors: res.findings.filter((f) => f.severity === "error").length };
});

export const sendContractAction = workspaceAction("contracts.write", contractIdSchema, async (input, { workspace, user }) => {
  const res = await sendContract({ workspaceId: workspace.id, actorId: user.id, contractId: input.contractId, ...(await requestMeta()) });
  revalidatePath(contractsPath(workspace.slug), "layout");
  return res;
});

export const saveContractTemplateAction = workspaceAction("workspace.update", saveTemplateSchema, async (input, { workspace, user }) => {
  const res = await saveDefaultTemplate({ workspaceId: workspace.id, actorId: user.id, clauses: input.clauses });
  revalidatePath(`/w/${workspace.slug}/settings/contracts`);
  return res;
});

export const resetContractTemplateAction = workspaceAction("workspace.update", noInputSchema, async (_input, { workspace, user }) => {
  const res = await resetDefaultTemplate({ workspaceId: workspace.id, actorId: user.id });
  revalidatePath(`/w/${workspace.slug}/settings/contracts`);
  return res;
});

export const updateContractSettingsAction = workspaceAction(
  "workspace.update",
  contractSettingsSchema,
  async (input, { workspace, user }) => {
    const res = await updateContractSettings({ workspaceId: workspace.id, actorId: user.id, ...input });
    revalidatePath(`/w/${workspace.slug}/settings/contracts`);
    return res;
  },
);
