/**
 * The audit log in words: what an entry's action means ("Campaign status changed") and its details
 * as short readable lines ("Draft → Active"), from the metadata each service records. The CSV export
 * and the API keep the raw action and metadata; this is only how the Settings page shows them.
 * An action or metadata shape this version doesn't know still reads as "Key: value" lines.
 *
 * No I/O: dates are formatted in the workspace's time zone passed in.
 */
import { ROLE_LABELS } from "../auth/permissions";
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from "../campaigns/schemas";
import { STATUS_LABELS, type CollaborationStatus } from "../collaborations/status";
import { formatDateTime } from "../time-zone";
import { humanizeKey } from "../validation";

/** `byInfluencer`: done in the portal (no member did it, so the entry has no actor). */
export type AuditDescription = { title: string; details: string[]; byInfluencer: boolean };

const TITLES: Record<string, string> = {
  "workspace.created": "Workspace created",
  "workspace.updated": "Workspace settings changed",
  "workspace.logo": "Report logo uploaded",
  "workspace.logo_removed": "Report logo removed",
  "member.role_changed": "Member’s role changed",
  "member.removed": "Member removed",
  "member.left": "Member left",
  "invitation.created": "Teammate invited",
  "invitation.revoked": "Invitation withdrawn",
  "invitation.accepted": "Invitation accepted",
  "influencer.created": "Influencer added",
  "influencers.deleted": "Influencers deleted",
  "influencers.import": "Influencers imported",
  "campaign.created": "Campaign created",
  "campaign.updated": "Campaign edited",
  "campaign.status_changed": "Campaign status changed",
  "brief.sent": "Brief sent",
  "collaboration.created": "Influencer added to a campaign",
  "collaboration.updated": "Collaboration terms edited",
  "collaboration.status_changed": "Collaboration status changed",
  "collaboration.invite_issued": "Invite link created",
  "collaboration.invite_reissued": "Invite link replaced",
  "collaboration.invite_revoked": "Invite link revoked",
  "deliverable.live_url": "Live post link added",
  "post.create": "Post added",
  "report.created": "Client report created",
  "report.deleted": "Client report deleted",
  "report.link_created": "Report share link created",
  "report.link_revoked": "Report share link revoked",
  "post.metrics": "Post metrics recorded",
  "post.metrics_import": "Post metrics imported from CSV",
  "draft.approved": "Draft approved",
  "draft.changes_requested": "Changes requested on a draft",
  "portal.question": "Influencer asked a question",
  "portal.reply": "Reply sent to an influencer",
  "outreach.messages_queued": "Outreach messages queued",
  "outreach.follow_up_queued": "Follow-up queued",
  "outreach.lint_overridden": "Message sent despite the personalization check",
  "outreach.message_cancelled": "Queued message cancelled",
  "outreach.message_retried": "Failed message retried",
  "outreach.sender_updated": "Sender identity changed",
  "outreach.template_created": "Template created",
  "outreach.template_updated": "Template edited",
  "outreach.template_deleted": "Template deleted",
  "billing.subscription_changed": "Plan or billing status changed",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "webhooks.endpoint_created": "Webhook endpoint added",
  "webhooks.endpoint_updated": "Webhook endpoint changed",
  "webhooks.endpoint_deleted": "Webhook endpoint deleted",
  "webhooks.secret_rotated": "Webhook signing secret rotated",
  "webhooks.redelivered": "Webhook delivery sent again",
};

/** Titles that name the thing: the API key's name and scopes, the endpoint's address. */
function titleOf(action: string, meta: Meta): string | null {
  const scopes = Array.isArray(meta.scopes) ? meta.scopes.map(str).filter((s): s is string => s !== null) : [];
  const url = str(meta.url);
  switch (action) {
    case "api_key.created":
      return quoted(meta.name) ? `API key ${quoted(meta.name)} created${scopes.length ? ` with scopes ${scopes.join(", ")}` : ""}` : null;
    case "api_key.revoked":
      return quoted(meta.name) ? `API key ${quoted(meta.name)} revoked` : null;
    case "webhooks.endpoint_created":
      return url ? `Webhook endpoint ${url} added` : null;
    case "webhooks.endpoint_updated":
      return url ? `Webhook endpoint ${url} changed` : null;
    case "webhooks.endpoint_deleted":
      return url ? `Webhook endpoint ${url} deleted` : null;
    case "webhooks.secret_rotated":
      return url ? `Signing secret of webhook endpoint ${url} rotated` : null;
    default:
      return null;
  }
}

type Meta = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : typeof v === "number" ? String(v) : null);
const role = (v: unknown) => (typeof v === "string" && v in ROLE_LABELS ? ROLE_LABELS[v as keyof typeof ROLE_LABELS] : str(v));
const campaignStatus = (v: unknown) =>
  typeof v === "string" && v in CAMPAIGN_STATUS_LABELS ? CAMPAIGN_STATUS_LABELS[v as CampaignStatus] : str(v);
const collabStatus = (v: unknown) => (typeof v === "string" && v in STATUS_LABELS ? STATUS_LABELS[v as CollaborationStatus] : str(v));
const quoted = (v: unknown) => (str(v) ? `“${str(v)}”` : null);
const plural = (n: number, one: string) => `${n.toLocaleString("en-US")} ${one}${n === 1 ? "" : "s"}`;

/** "Name: A → B" for each field that differs between two flat objects. */
function changes(before: unknown, after: unknown, labels: Record<string, string>): string[] {
  const b = (before ?? {}) as Meta;
  const a = (after ?? {}) as Meta;
  return Object.keys(labels)
    .filter((k) => k in a && a[k] !== b[k])
    .map((k) => `${labels[k]}: ${str(b[k]) ?? "—"} → ${str(a[k]) ?? "—"}`);
}

/** Any other metadata: one "Key: value" line per entry (nested values as compact JSON, cut short). */
function generic(meta: Meta): string[] {
  return Object.entries(meta).map(([k, v]) => {
    const value = Array.isArray(v) ? v.map((x) => str(x) ?? JSON.stringify(x)).join(", ") : (str(v) ?? JSON.stringify(v));
    return `${humanizeKey(k)}: ${value.length > 120 ? `${value.slice(0, 119)}…` : value}`;
  });
}

function detailsOf(action: string, meta: Meta, timeZone: string): string[] {
  const lines = (...xs: (string | null | false | undefined)[]) => xs.filter((x): x is string => Boolean(x));
  /** The parts on one line, comma-separated; none → no line. */
  const joined = (...xs: (string | null | false | undefined)[]) => {
    const parts = lines(...xs);
    return parts.length ? [parts.join(", ")] : [];
  };
  switch (action) {
    case "workspace.created":
      return lines(
        quoted(meta.name),
        str(meta.slug) && `Address /w/${str(meta.slug)}`,
        str(meta.timeZone) && `Time zone ${str(meta.timeZone)}`,
      );
    case "workspace.updated":
      return changes(meta.before, meta.after, { name: "Name", slug: "Address", timeZone: "Time zone" });
    case "member.role_changed":
      return lines(`${role(meta.from) ?? "—"} → ${role(meta.to) ?? "—"}`);
    case "member.removed":
    case "member.left":
      return lines(role(meta.role) && `Was ${role(meta.role)}`);
    case "invitation.created":
      return lines(str(meta.email) && `${str(meta.email)} as ${role(meta.role) ?? "member"}`);
    case "invitation.accepted":
      return lines(role(meta.role) && `Joined as ${role(meta.role)}`, meta.alreadyMember === true && "Was already a member");
    case "influencer.created":
      return lines(str(meta.via) && `Via ${str(meta.via)}`);
    case "influencers.deleted":
      return lines(typeof meta.count === "number" && plural(meta.count, "influencer"));
    case "influencers.import":
      return lines(str(meta.fileName), typeof meta.totalRows === "number" && plural(meta.totalRows, "row"));
    case "campaign.created":
      return lines(quoted(meta.name));
    case "campaign.status_changed":
      return lines(`${campaignStatus(meta.from) ?? "—"} → ${campaignStatus(meta.to) ?? "—"}`);
    case "brief.sent":
      return joined(
        typeof meta.version === "number" && `Version ${meta.version}`,
        typeof meta.score === "number" && `completeness ${meta.score}/100`,
      );
    case "collaboration.status_changed": {
      const by = meta.actor === "influencer" ? "by the influencer" : meta.actor === "client" ? "by the client" : null;
      return lines(
        `${collabStatus(meta.from) ?? "—"} → ${collabStatus(meta.to) ?? "—"}${by ? `, ${by}` : ""}`,
        str(meta.note) && `Note: ${str(meta.note)}`,
      );
    }
    case "collaboration.invite_issued":
    case "collaboration.invite_reissued": {
      const at = typeof meta.expiresAt === "string" ? new Date(meta.expiresAt) : null;
      return lines(at && !Number.isNaN(at.getTime()) && `Works until ${formatDateTime(at, timeZone)}`);
    }
    case "deliverable.live_url":
      return lines(str(meta.url));
    case "draft.approved":
    case "draft.changes_requested":
      return lines(
        typeof meta.version === "number" && `Version ${meta.version}${meta.role ? ` (${role(meta.role) ?? str(meta.role)})` : ""}`,
      );
    case "outreach.lint_overridden":
      return lines(
        quoted(meta.reason) && `Reason: ${quoted(meta.reason)}`,
        typeof meta.score === "number" && `Personal score ${meta.score}/100`,
        Array.isArray(meta.codes) && meta.codes.length > 0 && `${plural(meta.codes.length, "problem")} overridden`,
      );
    case "outreach.sender_updated":
      return joined(
        str(meta.fromAddress) && `From ${str(meta.fromAddress)}`,
        typeof meta.dailySendLimit === "number" && `${meta.dailySendLimit} a day`,
        typeof meta.followUpDays === "number" && `follow up after ${plural(meta.followUpDays, "day")}`,
      );
    case "outreach.template_created":
    case "outreach.template_updated":
      return lines(quoted(meta.name));
    case "collaboration.created":
      // Ids only (campaign, influencer): the row's target links say which.
      return [];
    case "api_key.created": {
      const at = typeof meta.expiresAt === "string" ? new Date(meta.expiresAt) : null;
      return lines(at && !Number.isNaN(at.getTime()) ? `Expires ${formatDateTime(at, timeZone)}` : "Never expires");
    }
    case "api_key.revoked":
      return [];
    case "webhooks.endpoint_created":
    case "webhooks.endpoint_updated": {
      const events = Array.isArray(meta.events) ? meta.events.map(str).filter(Boolean) : [];
      return lines(
        events.length > 0 && `Events: ${events.join(", ")}`,
        meta.enabled === true && "Enabled",
        meta.enabled === false && "Disabled",
      );
    }
    case "webhooks.endpoint_deleted":
      return [];
    case "webhooks.secret_rotated": {
      const until = typeof meta.previousSecretExpiresAt === "string" ? new Date(meta.previousSecretExpiresAt) : null;
      return lines(until && !Number.isNaN(until.getTime()) && `The old secret signs too until ${formatDateTime(until, timeZone)}`);
    }
    case "webhooks.redelivered":
      return lines(str(meta.eventId) && `Event ${str(meta.eventId)}`);
    default:
      return generic(meta);
  }
}

export function describeAudit(entry: { action: string; metadata: unknown }, timeZone: string): AuditDescription {
  const meta = entry.metadata && typeof entry.metadata === "object" && !Array.isArray(entry.metadata) ? (entry.metadata as Meta) : {};
  const title = titleOf(entry.action, meta) ?? TITLES[entry.action] ?? humanizeKey(entry.action.replace(/\./g, "_"));
  const byInfluencer = entry.action === "portal.question" || entry.action === "deliverable.live_url" || meta.actor === "influencer";
  return { title, details: detailsOf(entry.action, meta, timeZone), byInfluencer };
}
