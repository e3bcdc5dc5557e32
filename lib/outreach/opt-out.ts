/**
 * Opt-outs: the signed links in each email, recording an opt-out, and checking addresses against the
 * workspace's list. An opted-out address is never emailed again by that workspace: checked when a
 * message is composed and again just before it is sent, and its scheduled messages are cancelled.
 */
import { authSecret } from "../auth/secret";
import { db } from "../db";
import { appUrl } from "../env";
import { normalizeEmail, signOptOutToken, verifyOptOutToken } from "./opt-out-token";

export function optOutLinks(workspaceId: string, email: string): { pageUrl: string; oneClickUrl: string } {
  const token = encodeURIComponent(signOptOutToken(authSecret(), workspaceId, email));
  return { pageUrl: `${appUrl()}/opt-out?token=${token}`, oneClickUrl: `${appUrl()}/api/outreach/opt-out?token=${token}` };
}

/** The workspace's brand name and the address for a token; null when the token is not valid. */
export async function describeOptOutToken(
  token: string,
): Promise<{ workspaceId: string; email: string; brandName: string; alreadyOptedOut: boolean } | null> {
  const parsed = verifyOptOutToken(authSecret(), token);
  if (!parsed) return null;
  const [ws, existing] = await Promise.all([
    db.workspace.findUnique({ where: { id: parsed.workspaceId }, select: { name: true, settings: { select: { brandName: true } } } }),
    db.optOut.findUnique({
      where: { workspaceId_email: { workspaceId: parsed.workspaceId, email: parsed.email } },
      select: { email: true },
    }),
  ]);
  if (!ws) return null;
  return { ...parsed, brandName: ws.settings?.brandName || ws.name, alreadyOptedOut: Boolean(existing) };
}

/** Records the opt-out for a valid token (idempotent) and cancels what is still queued for that address. */
export async function optOutByToken(token: string): Promise<{ email: string; brandName: string } | null> {
  const info = await describeOptOutToken(token);
  if (!info) return null;
  const { workspaceId, email } = info;
  await db.$transaction(async (tx) => {
    await tx.optOut.upsert({
      where: { workspaceId_email: { workspaceId, email } },
      create: { workspaceId, email },
      update: {},
      select: { email: true },
    });
    await tx.outreachMessage.updateMany({
      where: { workspaceId, toEmail: { equals: email, mode: "insensitive" }, status: { in: ["draft", "scheduled"] } },
      data: { status: "cancelled", lastError: "The recipient opted out." },
    });
    if (!info.alreadyOptedOut) {
      const influencers = await tx.influencer.findMany({
        where: { workspaceId, email: { equals: email, mode: "insensitive" } },
        select: { id: true },
      });
      if (influencers.length) {
        await tx.timelineEvent.createMany({
          data: influencers.map((i) => ({ workspaceId, influencerId: i.id, kind: "opted_out", summary: "Opted out of outreach emails" })),
        });
      }
    }
  });
  return { email, brandName: info.brandName };
}

/** The subset of `emails` that opted out of this workspace (lower-cased). One query. */
export async function optedOutAmong(workspaceId: string, emails: string[]): Promise<Set<string>> {
  const list = [...new Set(emails.map(normalizeEmail).filter(Boolean))];
  if (!list.length) return new Set();
  const rows = await db.optOut.findMany({ where: { workspaceId, email: { in: list } }, select: { email: true } });
  return new Set(rows.map((r) => r.email));
}
