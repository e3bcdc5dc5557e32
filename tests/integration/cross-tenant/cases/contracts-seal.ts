// Cross-tenant cases: the executed PDF download, the verify route and the verify page. The portal's
// token-gated PDF route is exempt here and tested across tenants in contracts-seal.integration.test.ts.
import { page, route, type CrossTenantCase } from "../harness";

// Any PDF-looking bytes: the verify route only hashes them, and answers "unknown" for these.
const pdfBody = () => new TextEncoder().encode("%PDF-1.7\n% not an executed contract\n");

export const cases: CrossTenantCase[] = [
  route("app/api/w/[workspaceSlug]/contracts/[contractId]/pdf/route.ts GET", (t) => ({ params: { contractId: t.completedContractId } })),
  route("app/api/w/[workspaceSlug]/contracts/verify/route.ts POST", () => ({
    init: { method: "POST", body: pdfBody(), headers: { "Content-Type": "application/pdf" } },
  })),
  page("app/(app)/w/[workspaceSlug]/contracts/verify/page.tsx"),
];
