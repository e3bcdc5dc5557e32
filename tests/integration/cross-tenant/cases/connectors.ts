// Cross-tenant cases: metric connectors — connect, replace a token, disconnect (Settings → Connectors)
// and "Refresh now" on a post. The refresh job takes its workspace from the job, not from a request.
import { action, page } from "../harness";

const ACTIONS = "app/(app)/actions/connectors.ts";

export const cases = [
  action(`${ACTIONS}#connectConnectorAction`, () => ({
    platform: "youtube",
    authKind: "api_key",
    name: "Brand key",
    token: "AIzaSyCrossTenantKey0123456789",
  })),
  action(`${ACTIONS}#replaceConnectorTokenAction`, (t) => ({
    accountId: t.connectorAccountId,
    token: "EAAGreplacementToken0123456",
    expiresAt: "",
  })),
  action(`${ACTIONS}#disconnectConnectorAction`, (t) => ({ accountId: t.connectorAccountId })),
  action(`${ACTIONS}#refreshPostMetricsAction`, (t) => ({ postId: t.postId })),
  page("app/(app)/w/[workspaceSlug]/settings/connectors/page.tsx"),
];
