// Development outbox: mail the app would have sent, when no SMTP server is configured.
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Dev mailbox", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="text-primary underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function DevMailbox() {
  if (env.NODE_ENV === "production") notFound();
  const emails = await db.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
  return (
    <main id="main" className="mx-auto max-w-3xl p-6">
      <h1 className="text-xl font-semibold">Dev mailbox</h1>
      <p className="text-sm text-muted-foreground">
        The latest 50 emails, stored instead of sent because SMTP_URL is not set. Not available in production.
      </p>
      {emails.length === 0 ? <p className="mt-6 text-sm">No mail yet.</p> : null}
      <ol className="mt-6 grid gap-4">
        {emails.map((m) => (
          <li key={m.id} className="rounded-lg border p-4" data-testid="mail">
            <p className="text-xs text-muted-foreground">
              {m.createdAt.toISOString()} · to <span data-testid="mail-to">{m.to}</span>
            </p>
            <h2 className="mt-1 font-semibold">{m.subject}</h2>
            <pre className="mt-2 font-sans text-sm whitespace-pre-wrap">{linkify(m.text)}</pre>
          </li>
        ))}
      </ol>
    </main>
  );
}
