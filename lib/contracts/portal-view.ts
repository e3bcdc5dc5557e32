/**
 * The portal's payments and product sections for the collaboration the page's gate let in. The page
 * passed the gate (and counted the request against the rate limit) before it renders these, so they
 * take the gate's context rather than resolving the token again.
 */
import type { PortalContext } from "@/lib/portal/gate";

import { portalPayments } from "./payments";
import { seedingForPortal } from "./seeding";
import { countryOptions } from "./seeding-schemas";

export async function portalPaymentsAndSeeding(ctx: Pick<PortalContext, "workspaceId" | "collaborationId">) {
  const ref = { workspaceId: ctx.workspaceId, collaborationId: ctx.collaborationId };
  const [payments, seeding] = await Promise.all([portalPayments(ref), seedingForPortal(ref)]);
  return { payments, seeding, countries: seeding?.editable ? countryOptions() : [] };
}
