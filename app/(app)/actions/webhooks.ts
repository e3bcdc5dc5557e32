"use server";

// Server actions for Settings → Webhooks: endpoints (create, update, rotate the secret, delete) and redelivery.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { formatDateTimeSeconds } from "@/lib/time-zone";
import { createEndpoint, deleteEndpoint, redeliver, rotateEndpointSecret, updateEndpoint } from "@/lib/webhooks/endpoints";
import { createWebhookEndpointSchema, redeliverSchema, updateWebhookEndpointSchema, webhookEndpointIdSchema } from "@/lib/webhooks/schemas";

const refresh = (slug: string) => revalidatePath(`/w/${slug}/settings/webhooks`);

export const createWebhookEndpointAction = workspaceAction(
  "webhooks.manage",
  createWebhookEndpointSchema,
  async (input, { workspace, user }) => {
    const res = await createEndpoint({ workspaceId: workspace.id, actorId: user.id, input });
    refresh(workspace.slug);
    return res;
  },
);

export const updateWebhookEndpointAction = workspaceAction(
  "webhooks.manage",
  updateWebhookEndpointSchema,
  async (input, { workspace, user }) => {
    const res = await updateEndpoint({ workspaceId: workspace.id, actorId: user.id, input });
    refresh(workspace.slug);
    return res;
  },
);

// The client shows until when the old secret still signs as this text, in the workspace's zone as the
// page's delivery log (README "Times and figures inside client components are the server's text").
export const rotateWebhookSecretAction = workspaceAction("webhooks.manage", webhookEndpointIdSchema, async (input, { workspace, user }) => {
  const res = await rotateEndpointSecret({ workspaceId: workspace.id, actorId: user.id, endpointId: input.endpointId });
  refresh(workspace.slug);
  return { ...res, previousSecretExpiresText: formatDateTimeSeconds(res.previousSecretExpiresAt, workspace.timeZone) };
});

export const deleteWebhookEndpointAction = workspaceAction(
  "webhooks.manage",
  webhookEndpointIdSchema,
  async (input, { workspace, user }) => {
    const res = await deleteEndpoint({ workspaceId: workspace.id, actorId: user.id, endpointId: input.endpointId });
    refresh(workspace.slug);
    return res;
  },
);

export const redeliverWebhookAction = workspaceAction("webhooks.manage", redeliverSchema, async (input, { workspace, user }) => {
  const res = await redeliver({ workspaceId: workspace.id, actorId: user.id, deliveryId: input.deliveryId });
  refresh(workspace.slug);
  return res;
});
