// Cross-tenant cases: client reports (create, delete, share links, the Reports pages and the member PDF).
// The public page and PDF under /reports/<token> are token-scoped (exemptions.ts, reports.integration.test.ts).
import { action, page, route, type CrossTenantCase } from "../harness";

const ACTIONS = "app/(app)/actions/reports.ts";

export const cases: CrossTenantCase[] = [
  action(`${ACTIONS}#createReportAction`, (t) => ({
    title: "Client report",
    campaignId: t.campaignId,
    sections: ["summary"],
    comment: "",
    mode: "frozen",
  })),
  action(`${ACTIONS}#deleteReportAction`, (t) => ({ reportId: t.reportId })),
  action(`${ACTIONS}#createShareLinkAction`, (t) => ({ reportId: t.reportId, expiresInDays: 7 })),
  action(`${ACTIONS}#revokeShareLinkAction`, (t) => ({ linkId: t.shareLinkId })),
  page("app/(app)/w/[workspaceSlug]/reports/page.tsx"),
  page("app/(app)/w/[workspaceSlug]/reports/page.tsx (campaign preselected)", (t) => ({ searchParams: { campaign: t.campaignId } }), {
    needsIds: "OK_WITHOUT_LEAK",
  }),
  page("app/(app)/w/[workspaceSlug]/reports/[reportId]/page.tsx", (t) => ({ params: { reportId: t.reportId } })),
  route("app/api/w/[workspaceSlug]/reports/[reportId]/pdf/route.ts GET", (t) => ({ params: { reportId: t.reportId } })),
];
