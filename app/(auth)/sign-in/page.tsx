import type { Metadata } from "next";

import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviders } from "@/lib/auth/config";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string; verified?: string }>;
}) {
  const sp = await searchParams;
  return <SignInForm next={sp.next} defaultEmail={sp.email} verified={sp.verified === "1"} oauth={oauthProviders} />;
}
