// GET /api/v1/contracts/{id} — a contract's state, versions and signatures.
import { apiJson } from "@/lib/api/respond";
import * as ops from "@/lib/api/v1/operations";
import { withApiKey } from "@/lib/api/with-api-key";
import { getContractDetail } from "@/lib/contracts/queries";

export const GET = withApiKey(ops.getContract, async ({ params }, { workspace }) => {
  const c = await getContractDetail(workspace.id, params.contractId);
  return apiJson({
    id: c.id,
    state: c.state,
    version: c.version,
    sentAt: c.sentAt,
    completedAt: c.completedAt,
    updatedAt: c.updatedAt,
    collaborationId: c.collaborationId,
    campaignId: c.campaignId,
    feeMinor: c.terms.feeMinor ?? null,
    currency: c.terms.currency,
    versions: c.versions,
    signatures: c.signatures.map((s) => ({ version: s.version, party: s.party, signedAt: s.signedAt, voidedAt: s.voidedAt })),
  });
});
