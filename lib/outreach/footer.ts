/**
 * What every outreach email carries besides the message itself (CAN-SPAM): who sent it, the brand's
 * postal address and a working opt-out link; plus the RFC 2369 / RFC 8058 List-Unsubscribe headers
 * so mail apps show their own "Unsubscribe" button, and a deterministic Message-ID.
 *
 * Pure module.
 */

export interface FooterInput {
  brandName: string;
  postalAddress: string;
  /** The human page that confirms the opt-out. */
  optOutPageUrl: string;
}

/** The plain-text footer appended after the body, separated by a "--" line. */
export function outreachFooter({ brandName, postalAddress, optOutPageUrl }: FooterInput): string {
  const address = postalAddress
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(", ");
  return [`--`, `${brandName} · ${address}`, `Not interested in hearing from ${brandName}? Opt out here: ${optOutPageUrl}`].join("\n");
}

/** The body as sent: the message, a blank line, the footer. Trailing whitespace of the body is trimmed. */
export function withFooter(body: string, footer: FooterInput): string {
  return `${body.replace(/\s+$/, "")}\n\n${outreachFooter(footer)}\n`;
}

/** One-click unsubscribe headers. `oneClickUrl` must accept a POST (RFC 8058). */
export function unsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/**
 * The Message-ID for an outreach message: the same on every attempt, so a message that did go out
 * before a crash is recognisable as the same message (and threads stay intact). `domain` is the
 * sender's domain; anything unusable falls back to "outreach.invalid".
 */
export function outreachMessageId(messageId: string, fromAddress: string | null | undefined): string {
  const domain =
    fromAddress
      ?.split("@")[1]
      ?.trim()
      .toLowerCase()
      .replace(/[^a-z0-9.-]/g, "") || "outreach.invalid";
  return `<outreach.${messageId.replace(/[^A-Za-z0-9_-]/g, "")}@${domain}>`;
}

/** RFC 5322 mailbox: `"Name" <address>`, with quotes and backslashes in the name escaped. */
export function formatMailbox(name: string | null | undefined, address: string): string {
  const n = (name ?? "").replace(/[\r\n]/g, " ").trim();
  return n ? `"${n.replace(/(["\\])/g, "\\$1")}" <${address}>` : address;
}
