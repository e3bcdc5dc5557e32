/**
 * The follow-up draft: a short, polite nudge that still carries what the linter checks for (their
 * name, the post you mentioned, who you are with links, and the concrete ask) — a follow-up is
 * judged like a first message, so it does not shrink to "Just bumping this".
 *
 * Pure module.
 */
import { dateTimeFormat } from "@/lib/time-zone";

import { firstNameOf } from "./merge-fields";

export interface FollowUpDraftInput {
  influencer: { name: string; handle: string };
  original: { subject: string; body: string; sentAt: Date };
  brand: { name: string; links: string[] };
  senderName: string;
  /** The workspace's time zone, for the date of the first message (default UTC). */
  timeZone?: string;
}

/** Paragraphs of the original message, greeting and sign-off removed. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function pickParagraph(list: string[], test: RegExp): string | undefined {
  return list.find((p) => test.test(p));
}

/**
 * Builds the follow-up: subject "Re: <original subject>"; body = greeting by first name, a line that
 * refers back to the first message by date, then the original's appreciation, intro and ask
 * paragraphs (found by what they say), and a sign-off. The sender edits it before sending.
 */
export function draftFollowUp(input: FollowUpDraftInput): { subject: string; body: string } {
  const first = firstNameOf(input.influencer.name) || `@${input.influencer.handle.replace(/^@/, "")}`;
  const list = paragraphs(input.original.body).slice(1);
  const appreciation = pickParagraph(
    list,
    /(love|loved|liked|enjoyed|stood out|stopped me|great|brilliant|favourite|favorite|https?:\/\/)/i,
  );
  const intro = pickParagraph(list, /\b(I'm|I am|we're|we are|my name)\b/i);
  const ask = pickParagraph(list, /(\$|€|£|fee|pay|commission|%|product|gift)/i);
  const date = dateTimeFormat("en-US", { month: "long", day: "numeric", timeZone: input.timeZone ?? "UTC" }).format(input.original.sentAt);
  const parts = [
    `Hi ${first},`,
    `Following up on my note from ${date} in case it got buried.`,
    appreciation,
    intro,
    ask,
    `If the timing isn't right, just say so and I won't keep nudging.`,
    input.senderName.trim() || input.brand.name,
  ].filter((p): p is string => Boolean(p));
  const links = input.brand.links.filter(Boolean);
  if (!intro && input.brand.name) parts.splice(2, 0, `I'm with ${input.brand.name}${links.length ? ` (${links.join(", ")})` : ""}.`);
  const subject = /^re:/i.test(input.original.subject) ? input.original.subject : `Re: ${input.original.subject}`;
  return { subject, body: [...new Set(parts)].join("\n\n") };
}
