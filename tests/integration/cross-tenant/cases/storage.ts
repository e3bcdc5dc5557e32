// Cross-tenant cases: stored files served to workspace members (the file and its thumbnail). The
// portal's token-gated file routes are exempt here and tested across tenants in storage.integration.test.ts.
import { route, type CrossTenantCase } from "../harness";

const FILE = "app/api/w/[workspaceSlug]/files/[fileId]/route.ts";

export const cases: CrossTenantCase[] = [
  route(`${FILE} GET`, (t) => ({ params: { fileId: t.fileId } })),
  route(`${FILE} GET (thumbnail)`, (t) => ({ params: { fileId: t.fileId }, query: "?variant=thumbnail" })),
];
