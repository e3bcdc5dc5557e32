"use client";

// Settings → General: the workspace's logo on client reports (the report page, the shared link and
// the PDF). The file is sent as the request body to /api/w/<slug>/settings/logo; the server sniffs it
// and takes PNG, JPEG or WebP up to 2 MB (lib/workspaces/logo.ts).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function WorkspaceLogoCard({ slug, logoSrc, canEdit }: { slug: string; logoSrc: string | null; canEdit: boolean }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/w/${slug}/settings/logo`;

  async function send(init: RequestInit) {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(url, init);
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? "The logo could not be saved. Try again.");
        return;
      }
      setFile(null);
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Report logo</CardTitle>
        <CardDescription>
          Shown on client reports: the report page, shared links and the PDF. PNG, JPEG or WebP, up to 2 MB.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {logoSrc ? (
          // eslint-disable-next-line @next/next/no-img-element -- a stored image served by our own route
          <img src={logoSrc} alt="Current report logo" className="h-12 w-auto max-w-48 rounded border bg-white object-contain p-1" />
        ) : (
          <p className="text-sm text-muted-foreground">No logo yet: reports show the workspace’s name only.</p>
        )}
        {canEdit ? (
          <form
            method="post"
            aria-label="Report logo"
            className="flex flex-wrap items-center gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              if (!file) return setError("Choose an image first.");
              void send({ method: "POST", body: file, headers: { "X-File-Name": encodeURIComponent(file.name) } });
            }}
          >
            <label className="grid gap-1 text-sm">
              <span className="font-medium">Logo image</span>
              <input
                type="file"
                name="logo"
                accept="image/png,image/jpeg,image/webp"
                className="text-sm"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </label>
            <Button type="submit" disabled={busy || !file}>
              {busy ? "Saving…" : "Upload logo"}
            </Button>
            {logoSrc ? (
              <Button type="button" variant="outline" disabled={busy} onClick={() => void send({ method: "DELETE" })}>
                Remove logo
              </Button>
            ) : null}
          </form>
        ) : (
          <p className="text-xs text-muted-foreground">Owners and admins can change the logo.</p>
        )}
        {error ? <Alert tone="error">{error}</Alert> : null}
      </CardContent>
    </Card>
  );
}
