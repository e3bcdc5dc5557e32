"use server";

// Server actions for the metric connectors: connect an account, replace its token, disconnect it
// (Settings → Connectors, admins), and "Refresh now" on a post (campaign staff). Services: lib/connectors.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { connectConnector, disconnectConnector, replaceConnectorToken } from "@/lib/connectors/accounts";
import { requestPostRefresh } from "@/lib/connectors/refresh";
import { connectConnectorSchema, connectorAccountIdSchema, refreshPostSchema, replaceConnectorTokenSchema } from "@/lib/connectors/schemas";

const refresh = (slug: string) => revalidatePath(`/w/${slug}`, "layout");

export const connectConnectorAction = workspaceAction("workspace.update", connectConnectorSchema, async (input, { workspace, user }) => {
  const res = await connectConnector({ workspaceId: workspace.id, actorId: user.id, input });
  refresh(workspace.slug);
  return res;
});

export const replaceConnectorTokenAction = workspaceAction(
  "workspace.update",
  replaceConnectorTokenSchema,
  async (input, { workspace, user }) => {
    const res = await replaceConnectorToken({ workspaceId: workspace.id, actorId: user.id, input });
    refresh(workspace.slug);
    return res;
  },
);

export const disconnectConnectorAction = workspaceAction(
  "workspace.update",
  connectorAccountIdSchema,
  async (input, { workspace, user }) => {
    const res = await disconnectConnector({ workspaceId: workspace.id, actorId: user.id, accountId: input.accountId });
    refresh(workspace.slug);
    return res;
  },
);

export const refreshPostMetricsAction = workspaceAction("campaigns.write", refreshPostSchema, async (input, { workspace }) =>
  requestPostRefresh({ workspaceId: workspace.id, postId: input.postId }),
);
