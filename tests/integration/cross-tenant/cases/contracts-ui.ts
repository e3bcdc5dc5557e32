// Cross-tenant cases: the brand-side contract pages and actions (generate, edit terms, send, the
// workspace template and contract settings). One row per server action and page; see ../harness.ts.
import { DEFAULT_CONTRACT_TEMPLATE } from "@/lib/contracts";

import { action, page, type CrossTenantCase } from "../harness";

const ACTIONS = "app/(app)/actions/contracts.ts";
const PAGES = "app/(app)/w/[workspaceSlug]/contracts";

const readyTerms = {
  feeMinor: 12_000,
  paymentNetDays: 14,
  killFeePercent: 20,
  approvalRounds: 2,
  deliverables: [{ type: "reel", platform: "tiktok", count: 1, dueDate: "2030-06-01" }],
};

export const cases: CrossTenantCase[] = [
  action(`${ACTIONS}#generateContractAction`, (t) => ({ collaborationId: t.freshCollaborationId })),
  action(`${ACTIONS}#saveContractTermsAction`, (t) => ({ contractId: t.draftContractId, terms: readyTerms })),
  action(`${ACTIONS}#saveContractTermsAction (sent contract)`, (t) => ({ contractId: t.contractId, terms: readyTerms })),
  action(`${ACTIONS}#sendContractAction`, (t) => ({ contractId: t.draftContractId })),
  action(`${ACTIONS}#saveContractTemplateAction`, () => ({ clauses: DEFAULT_CONTRACT_TEMPLATE.clauses.slice(0, 3) })),
  action(`${ACTIONS}#resetContractTemplateAction`),
  action(`${ACTIONS}#updateContractSettingsAction`, () => ({ draftsBeforeContractSigned: true })),

  page(`${PAGES}/page.tsx`),
  page(`${PAGES}/page.tsx (filtered by a campaign)`, (t) => ({ searchParams: { campaign: t.campaignId, state: "signed_by_influencer" } }), {
    needsIds: "OK_WITHOUT_LEAK",
  }),
  page(`${PAGES}/[contractId]/page.tsx`, (t) => ({ params: { contractId: t.contractId } })),
  page(`${PAGES}/[contractId]/page.tsx (draft)`, (t) => ({ params: { contractId: t.draftContractId } })),
  page("app/(app)/w/[workspaceSlug]/settings/contracts/page.tsx"),
];
