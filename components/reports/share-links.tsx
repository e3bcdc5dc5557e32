"use client";

// A report's share links: make one (with an expiry), copy it (the full link is shown once, right after
// it is made: only its hash is stored), see when each was last opened, revoke. And delete the report.
import { Check, Copy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { createShareLinkAction, deleteReportAction, revokeShareLinkAction } from "@/app/(app)/actions/reports";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { SHARE_LINK_EXPIRY_DAYS } from "@/lib/reports/labels";

export type ShareLinkItem = {
  id: string;
  createdAt: string;
  expiresAt: string | null;
  lastViewedAt: string | null;
  views: number;
  state: "active" | "expired" | "revoked";
};

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "never");

export function ShareLinks({ slug, reportId, links }: { slug: string; reportId: string; links: ShareLinkItem[] }) {
  const router = useRouter();
  const [days, setDays] = useState("30");
  const [made, setMade] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  const create = useAction(createShareLinkAction);
  const revoke = useAction(revokeShareLinkAction);
  const remove = useAction(deleteReportAction);

  return (
    <div className="grid gap-4" data-testid="share-links">
      {create.error || revoke.error || remove.error ? <Alert tone="error">{create.error ?? revoke.error ?? remove.error}</Alert> : null}
      <form
        method="post"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          create.run([slug, { reportId, expiresInDays: Number(days) }], (r) => {
            setMade(`${window.location.origin}${r.path}`);
            setCopied(false);
            router.refresh();
          });
        }}
      >
        <div className="w-48">
          <Field label="Link expires">
            <NativeSelect value={days} onChange={(e) => setDays(e.target.value)}>
              {SHARE_LINK_EXPIRY_DAYS.map((d) => (
                <option key={d} value={String(d)}>
                  {d === 0 ? "Never" : `In ${d} days`}
                </option>
              ))}
            </NativeSelect>
          </Field>
        </div>
        <Button type="submit" disabled={create.pending}>
          {create.pending ? "Creating…" : "Create share link"}
        </Button>
      </form>
      {made ? (
        <div className="grid gap-2 rounded-md border bg-muted/40 p-3">
          <p className="text-xs text-muted-foreground">Copy the link now: for safety it is shown only once.</p>
          <div className="flex gap-2">
            <Input readOnly value={made} aria-label="Share link" data-testid="share-link-url" onFocus={(e) => e.currentTarget.select()} />
            <Button
              type="button"
              variant="outline"
              onClick={() => void navigator.clipboard?.writeText(made).then(() => setCopied(true))}
              aria-label="Copy link"
            >
              {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      ) : null}
      {links.length ? (
        <ul className="grid gap-2">
          {links.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border p-3 text-sm">
              <div className="grid gap-0.5">
                <span>
                  <Badge variant={l.state === "active" ? "success" : "outline"}>
                    {l.state === "active" ? "Active" : l.state === "expired" ? "Expired" : "Revoked"}
                  </Badge>{" "}
                  <span className="text-xs text-muted-foreground">made {when(l.createdAt)}</span>
                </span>
                <span className="text-xs text-muted-foreground">
                  Expires: {l.expiresAt ? when(l.expiresAt) : "never"} · Last viewed: {when(l.lastViewedAt)} · {l.views}{" "}
                  {l.views === 1 ? "view" : "views"}
                </span>
              </div>
              {l.state === "active" ? (
                <Button
                  type="button"
                  size="sm"
                  variant="outline"
                  disabled={revoke.pending}
                  onClick={() => {
                    setRevoking(l.id);
                    revoke.run([slug, { linkId: l.id }], () => router.refresh());
                  }}
                >
                  {revoke.pending && revoking === l.id ? "Revoking…" : "Revoke"}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No share links yet.</p>
      )}
      <div className="border-t pt-4">
        <Button
          type="button"
          variant="destructive"
          size="sm"
          disabled={remove.pending}
          onClick={() => {
            if (window.confirm("Delete this report? Its share links stop working at once."))
              remove.run([slug, { reportId }], () => router.push(`/w/${slug}/reports`));
          }}
        >
          {remove.pending ? "Deleting…" : "Delete report"}
        </Button>
      </div>
    </div>
  );
}
