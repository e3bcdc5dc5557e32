import { CheckCircle2, MailX } from "lucide-react";
import type { Metadata } from "next";

import { Button } from "@/components/ui/button";
import { describeOptOutToken } from "@/lib/outreach/opt-out";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

// Public, token-scoped: the token (HMAC over workspace + address) is the only credential. Showing
// the page changes nothing; the button POSTs to /api/outreach/opt-out.
export default async function OptOutPage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string }> }) {
  const { token = "", done } = await searchParams;
  const info = token ? await describeOptOutToken(token) : null;
  return (
    <div className="card-page">
      <main id="main" className="w-full max-w-md rounded-lg border bg-card p-6 text-center shadow-sm">
        {!info ? (
          <>
            <MailX className="mx-auto mb-3 size-8 text-muted-foreground" aria-hidden />
            <h1 className="text-lg font-semibold">This unsubscribe link doesn’t work</h1>
            <p className="mt-2 text-sm text-muted-foreground">
              It may have been cut off when it was copied. Open the link from the email again, or reply to the email and ask to be removed.
            </p>
          </>
        ) : done || info.alreadyOptedOut ? (
          <>
            <CheckCircle2 className="mx-auto mb-3 size-8 text-success" aria-hidden />
            <h1 className="text-lg font-semibold">You’re unsubscribed</h1>
            <p className="mt-2 text-sm text-muted-foreground" role="status">
              {info.brandName} won’t email <strong className="text-foreground">{info.email}</strong> about collaborations again.
            </p>
          </>
        ) : (
          <>
            <MailX className="mx-auto mb-3 size-8 text-muted-foreground" aria-hidden />
            <h1 className="text-lg font-semibold">Stop emails from {info.brandName}?</h1>
            <p className="mt-2 text-sm text-muted-foreground">
              {info.brandName} will not email <strong className="text-foreground">{info.email}</strong> about collaborations again.
            </p>
            <form method="post" action={`/api/outreach/opt-out?token=${encodeURIComponent(token)}`} className="mt-5">
              <Button type="submit">Unsubscribe</Button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}
