// Notifications: an in-app row per brand member, plus email, for what influencers do in the portal
// (accept, decline, ask, submit); and email to the influencer on the brand's decisions. Sent after the
// change is committed and best-effort: a mail failure never undoes the change it reports.
import { can } from "../auth/permissions";
import { db } from "../db";
import { sendEmail, simpleHtml } from "../email/send";
import { appUrl } from "../env";
import { log } from "../log";

export type BrandEvent = {
  workspaceId: string;
  kind:
    | "collaboration.accepted"
    | "collaboration.declined"
    | "portal.question"
    | "draft.submitted"
    | "collaboration.live"
    | "contract.signed"
    | "contract.declined"
    | "contract.changes_requested"
    | "connector.needs_reauth";
  title: string;
  body?: string;
  /** App path, e.g. /w/demo/campaigns/…; emailed as an absolute link. */
  link: string;
};

/** Who hears about it: campaign staff, plus client reviewers for submissions (they approve). */
function wants(role: string, kind: BrandEvent["kind"]): boolean {
  if (kind === "draft.submitted") return can(role, "content.review");
  // A connector's token is replaced in Settings, by those who may change settings.
  if (kind === "connector.needs_reauth") return can(role, "workspace.update");
  return can(role, "campaigns.write");
}

export async function notifyBrand(event: BrandEvent): Promise<void> {
  try {
    const members = await db.membership.findMany({
      where: { workspaceId: event.workspaceId },
      select: { role: true, user: { select: { id: true, email: true } } },
    });
    const to = members.filter((m) => wants(m.role, event.kind));
    if (!to.length) return;
    await db.notification.createMany({
      data: to.map((m) => ({
        workspaceId: event.workspaceId,
        userId: m.user.id,
        kind: event.kind,
        title: event.title,
        body: event.body ?? null,
        link: event.link,
      })),
    });
    const url = `${appUrl()}${event.link}`;
    for (const m of to) {
      await sendEmail({
        to: m.user.email,
        subject: event.title,
        text: `${event.title}${event.body ? `\n\n${event.body}` : ""}\n\nOpen: ${url}`,
        html: simpleHtml([event.title, ...(event.body ? [event.body] : [])], { label: "Open", url }),
      });
    }
  } catch (e) {
    log.error("brand notification failed", { err: e });
  }
}

/** Email to the influencer (when their address is known). `portalPath` is never included: the token isn't stored. */
export async function notifyInfluencer(opts: { email: string | null; name: string; subject: string; lines: string[] }): Promise<void> {
  if (!opts.email) return;
  try {
    await sendEmail({
      to: opts.email,
      subject: opts.subject,
      text: [`Hi ${opts.name},`, ...opts.lines, "Open the link the brand sent you to see the details."].join("\n\n"),
      html: simpleHtml([`Hi ${opts.name},`, ...opts.lines, "Open the link the brand sent you to see the details."]),
    });
  } catch (e) {
    log.error("influencer email failed", { err: e });
  }
}
