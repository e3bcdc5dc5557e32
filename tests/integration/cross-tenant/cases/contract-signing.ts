// Cross-tenant cases: the brand's signing actions (countersign, void). The tenant's contract is signed
// by the influencer, so the control countersigns (or voids) it; see ../harness.ts. The influencer's
// side is gated by the portal token instead (exemptions.ts; contract-signing.integration.test.ts).
import { action, type CrossTenantCase } from "../harness";

const ACTIONS = "app/(app)/actions/contract-signing.ts";

export const cases: CrossTenantCase[] = [
  action(`${ACTIONS}#countersignContractAction`, (t) => ({ contractId: t.contractId, version: 1, typedName: "Owner Name", confirm: true })),
  action(`${ACTIONS}#voidContractAction`, (t) => ({ contractId: t.contractId, reason: "Campaign cancelled" })),
];
