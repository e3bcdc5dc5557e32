import type { Metadata } from "next";

import { IntentLink } from "@/components/ui/intent-link";
import { AccountSecurity, type SessionRow } from "@/components/workspaces/account-security";
import { getCurrentSession } from "@/lib/auth/session";
import { listActiveSessions, type ActiveSession } from "@/lib/auth/sessions";
import { requireUser } from "@/lib/auth/workspace-page";
import { formatZonedDate } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Account and security" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const current = await getCurrentSession();
  const sessions = await listActiveSessions({ userId: user.id, currentSessionId: current?.sessionId ?? null });
  return (
    <div className="mx-auto max-w-2xl p-4 sm:p-8">
      <IntentLink href="/w" className="text-sm text-primary underline underline-offset-4">
        ← Back to your workspace
      </IntentLink>
      <main id="main" className="mt-4 grid gap-6">
        <div>
          <h1 className="text-xl font-semibold">Account and security</h1>
          <p className="text-sm text-muted-foreground">
            Signed in as {user.name ? `${user.name} · ` : ""}
            {user.email}
          </p>
        </div>
        <AccountSecurity sessions={toRows(sessions)} />
      </main>
    </div>
  );
}

function toRows(sessions: ActiveSession[], now = Date.now()): SessionRow[] {
  return sessions.map((s) => ({
    id: s.id,
    device: s.device ?? "Unknown device",
    ip: s.ip,
    current: s.current,
    signedIn: formatZonedDate(s.createdAt, "UTC"),
    lastActive: s.current ? "Active now" : `Active ${ago(now - s.lastSeenAt.getTime())}`,
  }));
}

function ago(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 10) return "in the last few minutes";
  if (minutes < 60) return `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? "an hour ago" : `${hours} hours ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? "yesterday" : `${days} days ago`;
}
