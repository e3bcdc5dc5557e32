// Tracking links of collaborations: create, pause and resume, expiry, campaign defaults and the
// workspace's destination allowlist. Every write keeps the tenant's TrackingLink and its global
// TrackingCode row (what the redirect reads) in one transaction, and drops this server's cached copy.
import { db } from "../db";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { recordAudit } from "../workspaces/audit";
import { generateCode } from "./code";
import { dropCodesOfLinks, forgetCodes } from "./codes";
import { checkDestination, parseAllowedDomain } from "./destination";
import { codeResolver } from "./resolve";
import type { CreateLinkInput } from "./schemas";
import { applyUtm, DEFAULT_UTM_TEMPLATES, utmFromTemplates, utmSlug, type Utm } from "./utm";

export function shortUrl(code: string): string {
  return `${appUrl()}/r/${code}`;
}

export async function allowedDomains(workspaceId: string): Promise<string[]> {
  const s = await db.trackingSettings.findUnique({ where: { workspaceId }, select: { allowedDomains: true } });
  return s?.allowedDomains ?? [];
}

function checked(url: string, allow: string[], field: string): string {
  const r = checkDestination(url, allow);
  if (!r.ok) throw new AppError("BAD_REQUEST", r.reason, { fieldErrors: { [field]: [r.reason] } });
  return r.url;
}

async function collaborationFacts(workspaceId: string, collaborationId: string) {
  const c = await db.collaboration.findUnique({
    where: { workspaceId_id: { workspaceId, id: collaborationId } },
    select: {
      id: true,
      campaign: { select: { id: true, name: true, tracking: true } },
      influencer: {
        select: { displayName: true, accounts: { select: { platform: true, handle: true }, orderBy: { followers: "desc" }, take: 1 } },
      },
      deliverables: { select: { id: true, type: true, platform: true }, orderBy: { position: "asc" } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "Collaboration not found.");
  return c;
}

/** What the create form starts from: the campaign's destination and the UTM values its templates give. */
export async function linkDraft(workspaceId: string, collaborationId: string) {
  const c = await collaborationFacts(workspaceId, collaborationId);
  const account = c.influencer.accounts[0];
  const utm = utmFromTemplates(c.campaign.tracking, {
    platform: account?.platform,
    influencer: c.influencer.displayName,
    handle: account?.handle,
    campaign: c.campaign.name,
  });
  const t = c.campaign.tracking;
  const templates = {
    destinationUrl: t?.destinationUrl ?? "",
    utmSource: t?.utmSource ?? DEFAULT_UTM_TEMPLATES.utmSource,
    utmMedium: t?.utmMedium ?? DEFAULT_UTM_TEMPLATES.utmMedium,
    utmCampaign: t?.utmCampaign ?? DEFAULT_UTM_TEMPLATES.utmCampaign,
    utmContent: t?.utmContent ?? DEFAULT_UTM_TEMPLATES.utmContent,
  };
  return { destinationUrl: templates.destinationUrl, ...utm, campaignId: c.campaign.id, templates };
}

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "P2002";
}

export async function createLink(opts: { workspaceId: string; actorId: string | null; input: CreateLinkInput }) {
  const { workspaceId, input } = opts;
  const c = await collaborationFacts(workspaceId, input.collaborationId);
  const deliverable = input.deliverableId ? c.deliverables.find((d) => d.id === input.deliverableId) : undefined;
  if (input.deliverableId && !deliverable) throw new AppError("NOT_FOUND", "Deliverable not found.");
  const allow = await allowedDomains(workspaceId);
  const destinationUrl = input.destinationUrl ?? c.campaign.tracking?.destinationUrl;
  if (!destinationUrl) {
    const msg = "Enter the address people should land on (or set one for the campaign).";
    throw new AppError("BAD_REQUEST", msg, { fieldErrors: { destinationUrl: [msg] } });
  }
  const destination = checked(destinationUrl, allow, "destinationUrl");
  const fallbackUrl = input.fallbackUrl ? checked(input.fallbackUrl, allow, "fallbackUrl") : null;
  const account = c.influencer.accounts[0];
  const defaults = utmFromTemplates(c.campaign.tracking, {
    platform: deliverable?.platform ?? account?.platform,
    influencer: c.influencer.displayName,
    handle: account?.handle,
    campaign: c.campaign.name,
    deliverable: deliverable ? `${deliverable.type}` : null,
  });
  const utm: Record<keyof Utm, string | null> = {
    utmSource: input.utmSource !== null ? utmSlug(input.utmSource) : defaults.utmSource,
    utmMedium: input.utmMedium !== null ? utmSlug(input.utmMedium) : defaults.utmMedium,
    utmCampaign: input.utmCampaign !== null ? utmSlug(input.utmCampaign) : defaults.utmCampaign,
    utmContent: input.utmContent !== null ? utmSlug(input.utmContent) : defaults.utmContent,
  };
  const location = applyUtm(destination, utm);
  for (let attempt = 0; ; attempt++) {
    const code = generateCode();
    try {
      return await db.$transaction(async (tx) => {
        const link = await tx.trackingLink.create({
          data: {
            workspaceId,
            collaborationId: c.id,
            deliverableId: deliverable?.id ?? null,
            code,
            destinationUrl: destination,
            ...utm,
            expiresAt: input.expiresAt,
            fallbackUrl,
            createdById: opts.actorId,
          },
          select: { id: true, code: true },
        });
        await tx.trackingCode.create({
          data: { code, workspaceId, linkId: link.id, collaborationId: c.id, location, expiresAt: input.expiresAt, fallbackUrl },
        });
        await recordAudit(tx, {
          workspaceId,
          actorId: opts.actorId,
          action: "tracking.link_created",
          targetType: "collaboration",
          targetId: c.id,
          metadata: { code, destination },
        });
        return { ...link, url: shortUrl(link.code) };
      });
    } catch (e) {
      // A code already taken anywhere in the installation: draw another (56^8 codes make this rare).
      if (isUniqueViolation(e) && attempt < 4) continue;
      throw e;
    }
  }
}

async function updateLink(
  workspaceId: string,
  linkId: string,
  actorId: string | null,
  data: { paused?: boolean; expiresAt?: Date | null; fallbackUrl?: string | null },
  action: string,
) {
  const out = await db.$transaction(async (tx) => {
    const link = await tx.trackingLink.findUnique({
      where: { workspaceId_id: { workspaceId, id: linkId } },
      select: { id: true, code: true, collaborationId: true },
    });
    if (!link) throw new AppError("NOT_FOUND", "Link not found.");
    await tx.trackingLink.update({ where: { workspaceId_id: { workspaceId, id: linkId } }, data, select: { id: true } });
    await tx.trackingCode.update({ where: { code: link.code, workspaceId }, data, select: { code: true } });
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action,
      targetType: "collaboration",
      targetId: link.collaborationId,
      metadata: { code: link.code },
    });
    return link;
  });
  codeResolver().forget(out.code);
  return { id: out.id, collaborationId: out.collaborationId };
}

export function setLinkPaused(opts: { workspaceId: string; actorId: string | null; linkId: string; paused: boolean }) {
  return updateLink(
    opts.workspaceId,
    opts.linkId,
    opts.actorId,
    { paused: opts.paused },
    opts.paused ? "tracking.link_paused" : "tracking.link_resumed",
  );
}

export async function setLinkExpiry(opts: {
  workspaceId: string;
  actorId: string | null;
  linkId: string;
  expiresAt: Date | null;
  fallbackUrl: string | null;
}) {
  const fallbackUrl = opts.fallbackUrl ? checked(opts.fallbackUrl, await allowedDomains(opts.workspaceId), "fallbackUrl") : null;
  return updateLink(opts.workspaceId, opts.linkId, opts.actorId, { expiresAt: opts.expiresAt, fallbackUrl }, "tracking.link_expiry_set");
}

export async function saveTrackingDefaults(opts: {
  workspaceId: string;
  actorId: string | null;
  input: {
    campaignId: string;
    destinationUrl: string | null;
    utmSource: string;
    utmMedium: string;
    utmCampaign: string;
    utmContent: string;
  };
}) {
  const { workspaceId, input } = opts;
  const campaign = await db.campaign.findUnique({ where: { workspaceId_id: { workspaceId, id: input.campaignId } }, select: { id: true } });
  if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found.");
  const destinationUrl = input.destinationUrl ? checked(input.destinationUrl, await allowedDomains(workspaceId), "destinationUrl") : null;
  const data = {
    destinationUrl,
    utmSource: input.utmSource,
    utmMedium: input.utmMedium,
    utmCampaign: input.utmCampaign,
    utmContent: input.utmContent,
  };
  await db.$transaction(async (tx) => {
    await tx.trackingDefaults.upsert({
      where: { workspaceId_campaignId: { workspaceId, campaignId: campaign.id } },
      create: { workspaceId, campaignId: campaign.id, ...data },
      update: data,
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "tracking.defaults_saved",
      targetType: "campaign",
      targetId: campaign.id,
    });
  });
  return { campaignId: campaign.id };
}

export async function saveAllowedDomains(opts: { workspaceId: string; actorId: string | null; domains: string[] }) {
  const bad = opts.domains.filter((d) => !parseAllowedDomain(d));
  if (bad.length) {
    const msg = `Not a domain: ${bad.slice(0, 3).join(", ")}. Use shop.example or *.shop.example.`;
    throw new AppError("BAD_REQUEST", msg, { fieldErrors: { domains: [msg] } });
  }
  const domains = [...new Set(opts.domains)].slice(0, 100);
  await db.$transaction(async (tx) => {
    await tx.trackingSettings.upsert({
      where: { workspaceId: opts.workspaceId },
      create: { workspaceId: opts.workspaceId, allowedDomains: domains },
      update: { allowedDomains: domains },
    });
    await recordAudit(tx, {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "tracking.allowlist_saved",
      metadata: { domains },
    });
  });
  return { domains };
}

/** Deletes a link with its clicks and its global TrackingCode row (no foreign key cascades to it). */
export async function deleteLink(opts: { workspaceId: string; actorId: string | null; linkId: string }) {
  const { workspaceId } = opts;
  const out = await db.$transaction(async (tx) => {
    const link = await tx.trackingLink.findUnique({
      where: { workspaceId_id: { workspaceId, id: opts.linkId } },
      select: { id: true, code: true, collaborationId: true },
    });
    if (!link) throw new AppError("NOT_FOUND", "Link not found.");
    const codes = await dropCodesOfLinks(tx, workspaceId, [link.id]);
    await tx.trackingLink.delete({ where: { workspaceId_id: { workspaceId, id: link.id } }, select: { id: true } });
    await recordAudit(tx, {
      workspaceId,
      actorId: opts.actorId,
      action: "tracking.link_deleted",
      targetType: "collaboration",
      targetId: link.collaborationId,
      metadata: { code: link.code },
    });
    return { collaborationId: link.collaborationId, codes };
  });
  forgetCodes(out.codes);
  return { collaborationId: out.collaborationId };
}
