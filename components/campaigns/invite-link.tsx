"use client";

// One collaboration's portal link: create (or re-issue, which kills the old one), copy, revoke.
// The link is shown only right after it is created: only its hash is stored.
import { Link2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { issueInviteAction, revokeInviteAction } from "@/app/(app)/actions/collaborations";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/workspaces/copy-button";
import { useAction } from "@/components/workspaces/use-action";

const STATE_TEXT = { none: "No link yet", active: "Link active", expired: "Link expired", revoked: "Link revoked" } as const;

export function InviteLink({
  slug,
  collaborationId,
  state,
  expiresOn,
  hasEmail,
  closed,
  name,
}: {
  slug: string;
  collaborationId: string;
  state: keyof typeof STATE_TEXT;
  /** The link's expiry day as shown ("Dec 14, 2026"), formatted by the server in the workspace's zone. */
  expiresOn: string | null;
  hasEmail: boolean;
  closed: boolean;
  name: string;
}) {
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [emailIt, setEmailIt] = useState(false);
  const issue = useAction(issueInviteAction);
  const revoke = useAction(revokeInviteAction);
  const error = issue.error ?? revoke.error;
  return (
    <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-2" role="group" aria-label={`Invite link for ${name}`}>
      <p className="text-xs text-muted-foreground">
        {STATE_TEXT[state]}
        {state === "active" && expiresOn ? ` until ${expiresOn}` : ""}
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {url ? (
        <div className="flex items-center gap-2">
          <code className="min-w-0 flex-1 truncate rounded bg-muted px-2 py-1 font-mono text-xs" data-testid="portal-url">
            {url}
          </code>
          <CopyButton text={url} label="Copy link" />
        </div>
      ) : null}
      {!closed ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            size="sm"
            variant={state === "active" ? "outline" : "default"}
            disabled={issue.pending}
            onClick={() =>
              issue.run([slug, { collaborationId, email: emailIt }], (d) => {
                setUrl(d.url);
                router.refresh();
              })
            }
          >
            <Link2 /> {state === "none" ? "Create invite link" : "New invite link"}
          </Button>
          {state === "active" ? (
            <Button
              size="sm"
              variant="ghost"
              disabled={revoke.pending}
              onClick={() =>
                revoke.run([slug, { collaborationId }], () => {
                  setUrl(null);
                  router.refresh();
                })
              }
            >
              Revoke link
            </Button>
          ) : null}
          {hasEmail ? (
            <label className="flex items-center gap-1.5 text-xs">
              <input type="checkbox" className="size-3.5" checked={emailIt} onChange={(e) => setEmailIt(e.target.checked)} /> Email it to
              them
            </label>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
