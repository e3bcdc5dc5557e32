"use server";

// Server actions for contracts on the brand side: generate from a collaboration, save terms, send
// for signature, the workspace template and the contract settings. Each parses its input, calls a
// lib/contracts service and revalidates.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { clientIp } from "@/lib/client-ip";
import { generateContract, sendContract, updateContractTerms, type RequestMeta } from "@/lib/contracts/drafting";
import { contractIdSchema, generateContractSchema, saveContractTermsSchema } from "@/lib/contracts/inputs";
import { contractSettingsSchema, updateContractSettings } from "@/lib/contracts/settings";
import { resetDefaultTemplate, saveDefaultTemplate, saveTemplateSchema } from "@/lib/contracts/templates";
import { noInputSchema } from "@/lib/validation";

const contractsPath = (slug: string) => `/w/${slug}/contracts`;

/** IP and user agent for the audit trail; none outside a request (scripts, tests). */
async function requestMeta(): Promise<RequestMeta> {
  try {
    const h = await headers();
    return { ip: clientIp(h), userAgent: h.get("user-agent")?.slice(0, 512) ?? null };
  } catch {
    return { ip: null, userAgent: null };
  }
}

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
