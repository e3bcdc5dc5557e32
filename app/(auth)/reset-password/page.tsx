import type { Metadata } from "next";

import { ResetPasswordForm } from "@/components/auth/reset-forms";
import { IntentLink } from "@/components/ui/intent-link";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  if (!token) {
    return (
      <div className="grid gap-3">
        <h1 className="text-xl font-semibold">This reset link is incomplete</h1>
        <IntentLink className="text-sm text-primary underline underline-offset-4" href="/forgot-password">
          Ask for a new link
        </IntentLink>
      </div>
    );
  }
  return <ResetPasswordForm token={token} />;
}
