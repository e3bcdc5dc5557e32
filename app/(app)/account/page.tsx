import type { Metadata } from "next";
import Link from "next/link";

import { AccountSecurity } from "@/components/workspaces/account-security";
import { requireUser } from "@/lib/auth/workspace-page";

export const metadata: Metadata = { title: "Account and security" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="mx-auto max-w-2xl p-4 sm:p-8">
      <Link href="/w" className="text-sm text-primary underline underline-offset-4">
        ← Back to your workspace
      </Link>
      <main id="main" className="mt-4 grid gap-6">
        <div>
          <h1 className="text-xl font-semibold">Account and security</h1>
          <p className="text-sm text-muted-foreground">
            Signed in as {user.name ? `${user.name} · ` : ""}
            {user.email}
          </p>
        </div>
        <AccountSecurity />
      </main>
    </div>
  );
}
