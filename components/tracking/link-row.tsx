"use client";

// One tracking link: its short URL (copy), destination, clicks, pause/resume, expiry and QR codes.
import { Download, Pause, Play, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { deleteLinkAction, setLinkExpiryAction, setLinkPausedAction } from "@/app/(app)/actions/tracking";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { CopyButton } from "@/components/workspaces/copy-button";
import { useAction } from "@/components/workspaces/use-action";

export type LinkView = {
  id: string;
  code: string;
  url: string;
  destinationUrl: string;
  paused: boolean;
  live: boolean;
  expiresAt: string | null;
  /** When it ends as shown, with the zone ("Jan 15, 2030, 3:30 PM (Europe/Paris)"): formatted by the server. */
  ends: string | null;
  fallbackUrl: string | null;
  clicks: { total: number; unique: number; bots: number };
};

async function download(name: string, kind: "png" | "svg", text: string) {
  const QRCode = await import("qrcode");
  const blob =
    kind === "svg"
      ? new Blob([await QRCode.toString(text, { type: "svg", margin: 2 })], { type: "image/svg+xml" })
      : await (await fetch(await QRCode.toDataURL(text, { width: 1024, margin: 2 }))).blob();
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${name}.${kind}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** "2026-12-31T23:59" in local time, for a datetime-local input. */
function localInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function LinkRow({ slug, link, canWrite }: { slug: string; link: LinkView; canWrite: boolean }) {
  const router = useRouter();
  const pause = useAction(setLinkPausedAction);
  const expiry = useAction(setLinkExpiryAction);
  const remove = useAction(deleteLinkAction);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [expiresAt, setExpiresAt] = useState(localInput(link.expiresAt));
  const [fallbackUrl, setFallbackUrl] = useState(link.fallbackUrl ?? "");
  const error = pause.error ?? expiry.error ?? remove.error;
  const status = link.paused ? "Paused" : link.live ? "Active" : "Ended";
  return (
    <li className="grid min-w-0 gap-2 rounded-md border p-3" data-testid="tracking-link">
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 truncate rounded bg-muted px-2 py-1 font-mono text-xs" data-testid="tracking-url">
          {link.url}
        </code>
        <Badge variant={link.live ? "success" : "outline"}>{status}</Badge>
        <CopyButton text={link.url} label="Copy" />
      </div>
      <p className="truncate text-xs text-muted-foreground" title={link.destinationUrl}>
        → {link.destinationUrl}
      </p>
      <p className="text-sm" data-testid="link-clicks">
        <strong>{link.clicks.total}</strong> clicks · <strong>{link.clicks.unique}</strong> unique ·{" "}
        <span className="text-muted-foreground">{link.clicks.bots} bots filtered</span>
        {link.ends ? <span className="text-muted-foreground"> · ends {link.ends}</span> : null}
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap items-center gap-2">
        {canWrite ? (
          <Button
            size="sm"
            variant="outline"
            disabled={pause.pending}
            onClick={() => pause.run([slug, { linkId: link.id, paused: !link.paused }], () => router.refresh())}
          >
            {link.paused ? <Play aria-hidden /> : <Pause aria-hidden />} {link.paused ? "Resume" : "Pause"}
          </Button>
        ) : null}
        {canWrite ? (
          <Button size="sm" variant="ghost" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            Expiry…
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" onClick={() => void download(`qr-${link.code}`, "png", link.url)}>
          <Download aria-hidden /> QR PNG
        </Button>
        <Button size="sm" variant="ghost" onClick={() => void download(`qr-${link.code}`, "svg", link.url)}>
          <Download aria-hidden /> QR SVG
        </Button>
        {canWrite && !confirming ? (
          <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
            <Trash2 aria-hidden /> Delete…
          </Button>
        ) : null}
        {canWrite && confirming ? (
          <span className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm deleting the link">
            <Button
              size="sm"
              variant="destructive"
              disabled={remove.pending}
              onClick={() => remove.run([slug, { linkId: link.id }], () => router.refresh())}
            >
              Delete the link and its {link.clicks.total + link.clicks.bots} recorded clicks
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </span>
        ) : null}
      </div>
      {editing ? (
        <form
          method="post"
          className="grid gap-2 sm:grid-cols-[auto_1fr_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            const at = expiresAt ? new Date(expiresAt).toISOString() : null;
            expiry.run([slug, { linkId: link.id, expiresAt: at, fallbackUrl: fallbackUrl || null }], () => {
              setEditing(false);
              router.refresh();
            });
          }}
        >
          <label className="grid gap-1 text-xs">
            Ends at (your local time)
            <Input type="datetime-local" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
          </label>
          <label className="grid gap-1 text-xs">
            Afterwards go to (optional)
            <Input
              type="url"
              placeholder="https://… (else “this link has ended”)"
              value={fallbackUrl}
              onChange={(e) => setFallbackUrl(e.target.value)}
            />
          </label>
          <Button size="sm" type="submit" disabled={expiry.pending}>
            Save
          </Button>
        </form>
      ) : null}
    </li>
  );
}
