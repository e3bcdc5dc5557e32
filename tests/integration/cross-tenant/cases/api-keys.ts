// Cross-tenant cases: Settings → API keys (the page, create, revoke). The keys at work: cases/api.ts.
import { action, page } from "../harness";

const ACTIONS = "app/(app)/actions/api-keys.ts";

export const cases = [
  action(`${ACTIONS}#createApiKeyAction`, () => ({ name: "Zapier", scopes: ["influencers:read", "campaigns:write"], expiresInDays: "30" })),
  action(`${ACTIONS}#revokeApiKeyAction`, (t) => ({ apiKeyId: t.apiKeyId })),
  page("app/(app)/w/[workspaceSlug]/settings/api-keys/page.tsx"),
];
