"use server";

// Server actions for Settings → API keys: create (the key's text is in this one answer only) and revoke.
import { revalidatePath } from "next/cache";

import { apiKeyIdSchema, createApiKey, createApiKeySchema, revokeApiKey } from "@/lib/api-keys/keys";
import { workspaceAction } from "@/lib/auth/workspace-action";

export const createApiKeyAction = workspaceAction("apiKeys.manage", createApiKeySchema, async (input, { workspace, user, role }) => {
  const res = await createApiKey({ workspaceId: workspace.id, actorId: user.id, actorRole: role, input });
  revalidatePath(`/w/${workspace.slug}/settings/api-keys`);
  return res;
});

export const revokeApiKeyAction = workspaceAction("apiKeys.manage", apiKeyIdSchema, async (input, { workspace, user }) => {
  await revokeApiKey({ workspaceId: workspace.id, actorId: user.id, apiKeyId: input.apiKeyId });
  revalidatePath(`/w/${workspace.slug}/settings/api-keys`);
  return { id: input.apiKeyId };
});
