import type { Metadata } from "next";

import { buttonVariants } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { AcceptInvitation } from "@/components/workspaces/accept-invitation";
import { isRole, ROLE_LABELS } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { invitationState, unsafeFindInvitationByToken } from "@/lib/workspaces/invitations";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

const MESSAGES = {
  unknown: "This invitation link is not valid.",
  used: "This invitation has already been used.",
  revoked: "This invitation was withdrawn. Ask the sender for a new one.",
  expired: "This invitation has expired. Ask the sender for a new one.",
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [inv, user] = await Promise.all([unsafeFindInvitationByToken(token), getSessionUser()]);
  const state = invitationState(inv);
  const here = `/invite/${token}`;
  return (
    <div className="card-page">
      <main id="main" className="w-full max-w-md rounded-lg border bg-card p-6 shadow-sm">
        {state !== "valid" || !inv ? (
          <div className="grid gap-3">
            <h1 className="text-xl font-semibold">Invitation unavailable</h1>
            <p className="text-sm text-muted-foreground">{MESSAGES[state as keyof typeof MESSAGES]}</p>
            <IntentLink className="text-sm text-primary underline underline-offset-4" href="/w">
              Go to your workspaces
            </IntentLink>
          </div>
        ) : (
          <div className="grid gap-4">
            <h1 className="text-xl font-semibold">Join {inv.workspace.name}</h1>
            <p className="text-sm text-muted-foreground">
              You were invited as <strong>{isRole(inv.role) ? ROLE_LABELS[inv.role] : inv.role}</strong> with the address{" "}
              <strong>{inv.email}</strong>.
            </p>
            {!user ? (
              <div className="flex flex-wrap gap-2">
                <IntentLink
                  className={buttonVariants()}
                  href={`/sign-up?next=${encodeURIComponent(here)}&email=${encodeURIComponent(inv.email)}`}
                >
                  Create an account
                </IntentLink>
                <IntentLink
                  className={buttonVariants({ variant: "outline" })}
                  href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(inv.email)}`}
                >
                  Sign in
                </IntentLink>
              </div>
            ) : user.email.toLowerCase() !== inv.email.toLowerCase() ? (
              <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
                You are signed in as {user.email}, but this invitation is for {inv.email}. Sign out and sign in with that address to accept
                it.
              </p>
            ) : (
              <AcceptInvitation token={token} />
            )}
          </div>
        )}
      </main>
    </div>
  );
}
