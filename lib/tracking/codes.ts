// The global TrackingCode rows (the redirect's lookup table) of what is being deleted. TrackingCode
// has no foreign key to TrackingLink — under Citus a reference table may not reference a
// distributed one (prisma/schema.prisma) — so nothing cascades: every service that deletes a link,
// a collaboration (through its influencer) or a workspace calls one of these inside its own
// transaction, before the tenant's rows go. Each returns the codes removed so the caller can drop
// them from this server's resolver cache after the commit (other servers see it within the TTL, and
// a click they still record for a gone link is skipped by writeClicks).
import type { Prisma } from "../db/generated/client";
import { codeResolver } from "./resolve";

type Tx = Prisma.TransactionClient;

async function drop(tx: Tx, workspaceId: string, linkIds: string[]): Promise<string[]> {
  if (linkIds.length === 0) return [];
  const rows = await tx.trackingCode.findMany({ where: { workspaceId, linkId: { in: linkIds } }, select: { code: true } });
  await tx.trackingCode.deleteMany({ where: { workspaceId, linkId: { in: linkIds } } });
  return rows.map((r) => r.code);
}

export function dropCodesOfLinks(tx: Tx, workspaceId: string, linkIds: string[]): Promise<string[]> {
  return drop(tx, workspaceId, linkIds);
}

export async function dropCodesOfCollaborations(tx: Tx, workspaceId: string, collaborationIds: string[]): Promise<string[]> {
  if (collaborationIds.length === 0) return [];
  const links = await tx.trackingLink.findMany({ where: { workspaceId, collaborationId: { in: collaborationIds } }, select: { id: true } });
  return drop(
    tx,
    workspaceId,
    links.map((l) => l.id),
  );
}

export async function dropCodesOfInfluencers(tx: Tx, workspaceId: string, influencerIds: string[]): Promise<string[]> {
  if (influencerIds.length === 0) return [];
  const collabs = await tx.collaboration.findMany({ where: { workspaceId, influencerId: { in: influencerIds } }, select: { id: true } });
  return dropCodesOfCollaborations(
    tx,
    workspaceId,
    collabs.map((c) => c.id),
  );
}

export async function dropCodesOfWorkspace(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx.trackingCode.findMany({ where: { workspaceId }, select: { code: true } });
  await tx.trackingCode.deleteMany({ where: { workspaceId } });
  return rows.map((r) => r.code);
}

/** After the commit: this server's resolver stops serving the removed codes at once. */
export function forgetCodes(codes: string[]): void {
  const r = codeResolver();
  for (const c of codes) r.forget(c);
}
