// Cross-tenant cases: Settings → Webhooks (the page, endpoints create / update / rotate / delete, redeliver).
// URLs are public IP literals, so the save-time check resolves nothing.
import { action, page } from "../harness";

const ACTIONS = "app/(app)/actions/webhooks.ts";
const URL = "https://93.184.216.34/hook";

export const cases = [
  action(`${ACTIONS}#createWebhookEndpointAction`, () => ({ url: URL, description: "Another", events: ["post.live"] })),
  action(`${ACTIONS}#updateWebhookEndpointAction`, (t) => ({
    endpointId: t.webhookEndpointId,
    url: URL,
    description: "Renamed",
    events: ["draft.submitted"],
    enabled: false,
  })),
  action(`${ACTIONS}#rotateWebhookSecretAction`, (t) => ({ endpointId: t.webhookEndpointId })),
  action(`${ACTIONS}#deleteWebhookEndpointAction`, (t) => ({ endpointId: t.webhookEndpointId })),
  action(`${ACTIONS}#redeliverWebhookAction`, (t) => ({ deliveryId: t.webhookDeliveryId })),
  page("app/(app)/w/[workspaceSlug]/settings/webhooks/page.tsx"),
];
