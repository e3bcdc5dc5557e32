// Outgoing mail. Through nodemailer when SMTP_URL is set; otherwise, outside production only, into
// the dev outbox table that /dev/mailbox shows. In production without SMTP, mail is skipped with a warning.
import nodemailer, { type Transporter } from "nodemailer";

import { db } from "../db";
import { env } from "../env";
import { log } from "../log";

export type Email = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  from?: string;
  replyTo?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
};
export type SendResult = { via: "smtp" | "outbox" | "skipped"; messageId: string | null };

const transports = new Map<string, Transporter>();

/** `opts.smtpUrl` overrides SMTP_URL for this one message (a workspace's own server, or a test server). */
export async function sendEmail(email: Email, opts: { smtpUrl?: string } = {}): Promise<SendResult> {
  const from = email.from ?? env.EMAIL_FROM;
  const smtpUrl = opts.smtpUrl ?? env.SMTP_URL;
  if (smtpUrl) {
    let transport = transports.get(smtpUrl);
    if (!transport) transports.set(smtpUrl, (transport = nodemailer.createTransport(smtpUrl)));
    const info = await transport.sendMail({ ...email, from });
    return { via: "smtp", messageId: String(info.messageId) };
  }
  if (env.NODE_ENV === "production") {
    // Don't fail the action that wanted to send (an invitation still has a copyable link).
    log.warn("SMTP_URL is not configured; email not sent", { subject: email.subject });
    return { via: "skipped", messageId: null };
  }
  // The dev outbox keeps no files; it names what was attached.
  const attached = (email.attachments ?? []).map((a) => `\n[attached: ${a.filename}, ${a.content.length} bytes]`).join("");
  const row = await db.outboxEmail.create({
    data: { to: email.to, from, subject: email.subject, text: email.text + attached, html: email.html ?? null },
    select: { id: true },
  });
  return { via: "outbox", messageId: row.id };
}

/** Plain, accessible HTML for transactional mail: a paragraph per line and one button. */
export function simpleHtml(lines: string[], action?: { label: string; url: string }): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  const body = lines.map((l) => `<p style="margin:0 0 12px">${esc(l)}</p>`).join("");
  const button = action
    ? `<p><a href="${esc(action.url)}" style="display:inline-block;padding:10px 16px;background:#4f46e5;color:#fff;border-radius:6px;text-decoration:none">${esc(action.label)}</a></p><p style="color:#555;font-size:12px">Or paste this link into your browser: ${esc(action.url)}</p>`
    : "";
  return `<div style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#111">${body}${button}</div>`;
}
