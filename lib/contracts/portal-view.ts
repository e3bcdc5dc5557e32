/**
 * The portal's payments and product sections for one invite token. The portal page has already
 * passed the gate (and counted the request against the rate limit) before it renders these, so this
 * resolves the token again without counting it twice — and still refuses an unknown, expired or
 * revoked link (null), the same as the gate would.
 */
import { portalState, unsafeFindCollaborationByToken } from "@/lib/portal/gate";

import { portalPayments } from "./payments";
import { seedingForPortal } from "./seeding";
import { countryOptions } from "./seeding-schemas";

export async function portalPaymentsAndSeeding(token: string) {
  const c = await unsafeFindCollaborationByToken(token);
  if (!c || portalState(c) !== "valid") return null;
  const ctx = { workspaceId: c.workspaceId, collaborationId: c.id };
  const [payments, seeding] = await Promise.all([portalPayments(ctx), seedingForPortal(ctx)]);
  return { payments, seeding, countries: seeding?.editable ? countryOptions() : [] };
}
