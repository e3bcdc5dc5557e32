import type { Metadata } from "next";

import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeRedirectPath } from "@/lib/redirect";

export const metadata: Metadata = { title: "Create your account" };

type Params = { next?: string | string[]; email?: string | string[] };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Params> }) {
  const sp = await searchParams;
  // `next` is checked here, on the server; the form only ever sees a path on this app.
  const next = sp.next === undefined ? undefined : safeRedirectPath(sp.next, { fallback: "/w/new" });
  return <SignUpForm next={next} defaultEmail={typeof sp.email === "string" ? sp.email : undefined} />;
}
