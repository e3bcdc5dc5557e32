import type { Metadata } from "next";

import { ConfirmEmail } from "@/components/auth/verify-email";
import { IntentLink } from "@/components/ui/intent-link";
import { safeRedirectPath } from "@/lib/redirect";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

// Opening the link only shows a button: the token is used by the POST it sends, so a mail scanner
// that fetches the link doesn't use it up.
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; next?: string | string[] }>;
}) {
  const sp = await searchParams;
  const token = typeof sp.token === "string" ? sp.token : undefined;
  const next = sp.next === undefined ? undefined : safeRedirectPath(sp.next);
  if (!token) {
    return (
      <div className="grid gap-3">
        <h1 className="text-xl font-semibold">This confirmation link is incomplete</h1>
        <IntentLink className="text-sm text-primary underline underline-offset-4" href="/sign-in">
          Sign in to get a new one
        </IntentLink>
      </div>
    );
  }
  return <ConfirmEmail token={token} next={next} />;
}
