// Cross-tenant cases: usage rights — the "Rights ending soon" page and the reminder-days setting. The
// collaboration page and the review queue, which now show rights and the ended-rights warning, are
// rows of cases/campaigns.ts; the portal's ad-code actions are token-scoped (exemptions.ts,
// contracts-rights.integration.test.ts). One row per route method, server action and page; see ../harness.ts.
import { action, page, type CrossTenantCase } from "../harness";

export const cases: CrossTenantCase[] = [
  page("app/(app)/w/[workspaceSlug]/contracts/rights/page.tsx"),
  action("app/(app)/actions/rights.ts#setRightsReminderDaysAction", () => ({ days: "30, 7" })),
];
