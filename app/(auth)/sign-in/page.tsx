import type { Metadata } from "next";

import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviders } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/redirect";

export const metadata: Metadata = { title: "Sign in" };

type Params = { next?: string | string[]; email?: string | string[]; verified?: string | string[] };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const sp = await searchParams;
  // `next` is checked here, on the server; the form only ever sees a path on this app.
  const next = sp.next === undefined ? undefined : safeRedirectPath(sp.next, { fallback: "/w" });
  return (
    <SignInForm
      next={next}
      defaultEmail={typeof sp.email === "string" ? sp.email : undefined}
      verified={sp.verified === "1"}
      oauth={oauthProviders}
    />
  );
}
