"use client";

// Settings → API keys: the workspace's keys (scopes, expiry, last use, revoke) and the form that
// creates one. The key's text is shown once, right after it is made, and never again.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { createApiKeyAction, revokeApiKeyAction } from "@/app/(app)/actions/api-keys";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { CopyButton } from "@/components/workspaces/copy-button";
import { useAction } from "@/components/workspaces/use-action";

// Times come as the page's text in the workspace's zone (README "Times and figures inside client
// components are the server's text"); `expiresAt` and `revokedAt` stay instants for the status badge.
export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdText: string;
  createdBy: string | null;
  expiresAt: string | null;
  expiresText: string | null;
  revokedAt: string | null;
  lastUsedText: string | null;
};
export type AreaView = { area: string; label: string; read: boolean; write: boolean };

function status(k: ApiKeyView): { label: string; variant: "outline" | "warning" } | null {
  if (k.revokedAt) return { label: "Revoked", variant: "warning" };
  if (k.expiresAt && new Date(k.expiresAt).getTime() <= Date.now()) return { label: "Expired", variant: "warning" };
  return null;
}

export function ApiKeys({ slug, keys, areas }: { slug: string; keys: ApiKeyView[]; areas: AreaView[] }) {
  const router = useRouter();
  const revoke = useAction(revokeApiKeyAction);
  return (
    <div className="grid gap-6">
      {keys.length === 0 ? <p className="text-sm text-muted-foreground">No API keys yet.</p> : null}
      {revoke.error ? <Alert tone="error">{revoke.error}</Alert> : null}
      <ul className="grid gap-3" data-testid="api-keys">
        {keys.map((k) => {
          const s = status(k);
          return (
            <li key={k.id} className="grid min-w-0 gap-2 rounded-md border p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <strong className="break-all">{k.name}</strong>
                <code className="font-mono text-xs text-muted-foreground">{k.prefix}</code>
                {s ? <Badge variant={s.variant}>{s.label}</Badge> : null}
              </div>
              <p className="break-words text-muted-foreground">{k.scopes.join(", ")}</p>
              <p className="text-muted-foreground">
                Created {k.createdText}
                {k.createdBy ? ` by ${k.createdBy}` : ""} · Last used: {k.lastUsedText ?? "never"} · Expires: {k.expiresText ?? "never"}
              </p>
              {!k.revokedAt ? (
                <div>
                  <Button
                    size="sm"
                    variant="outline"
                    aria-label={`Revoke ${k.name}`}
                    disabled={revoke.pending}
                    onClick={() => {
                      if (!window.confirm(`Revoke ${k.name}? Requests with it are refused from now on.`)) return;
                      revoke.run([slug, { apiKeyId: k.id }], () => router.refresh());
                    }}
                  >
                    Revoke
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <CreateKeyForm slug={slug} areas={areas} />
    </div>
  );
}

function CreateKeyForm({ slug, areas }: { slug: string; areas: AreaView[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Set<string>>(new Set());
  const [expires, setExpires] = useState("90");
  const [created, setCreated] = useState<string | null>(null);
  const create = useAction(createApiKeyAction, { name: "Name", scopes: "Scopes", expiresInDays: "Expires" });
  const toggle = (scope: string, on: boolean) =>
    setScopes((prev) => {
      const next = new Set(prev);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Create a key</CardTitle>
        <CardDescription>Give it only the scopes the tool needs. You&apos;ll see the key once: copy it then.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          autoComplete="off"
          className="grid gap-4 sm:max-w-xl"
          onSubmit={(e) => {
            e.preventDefault();
            setCreated(null);
            create.run([slug, { name, scopes: [...scopes], expiresInDays: expires }], (res) => {
              setCreated(res.key);
              setName("");
              setScopes(new Set());
              router.refresh();
            });
          }}
        >
          {create.error ? <Alert tone="error">{create.error}</Alert> : null}
          {created ? (
            <Alert tone="success">
              <span className="block">Your new key — copy it now, it won&apos;t be shown again:</span>
              <span className="mt-2 flex min-w-0 items-center gap-2">
                <code className="min-w-0 flex-1 rounded bg-muted px-2 py-1 font-mono text-xs break-all" data-testid="new-api-key">
                  {created}
                </code>
                <CopyButton text={created} label="Copy key" />
              </span>
            </Alert>
          ) : null}
          <Field label="Name" hint="What uses it, e.g. “Store sync” or “BI export”." error={create.fieldErrors.name}>
            <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
          </Field>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">Scopes</legend>
            {create.fieldErrors.scopes ? <p className="text-sm text-destructive">{create.fieldErrors.scopes.join(" ")}</p> : null}
            <table className="w-full text-sm">
              <caption className="sr-only">Read and write access per area</caption>
              <thead>
                <tr className="text-left text-muted-foreground">
                  <th className="py-1 font-normal">Area</th>
                  <th className="w-16 py-1 font-normal">Read</th>
                  <th className="w-16 py-1 font-normal">Write</th>
                </tr>
              </thead>
              <tbody>
                {areas.map((a) => (
                  <tr key={a.area} className="border-t">
                    <td className="py-1.5">{a.label}</td>
                    {(["read", "write"] as const).map((mode) => {
                      const scope = `${a.area}:${mode}`;
                      const allowed = a[mode];
                      return (
                        <td key={mode} className="py-1.5 align-middle">
                          {allowed ? (
                            <input
                              type="checkbox"
                              className="size-4"
                              aria-label={`${a.label}: ${mode}`}
                              checked={scopes.has(scope)}
                              onChange={(e) => toggle(scope, e.target.checked)}
                            />
                          ) : (
                            // Reports have no write scope; any other box missing is one the key's creator's role can't grant.
                            <span className="text-xs text-muted-foreground">
                              {mode === "write" && a.area === "reports" ? "read only" : "not for your role"}
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
          <Field label="Expires" error={create.fieldErrors.expiresInDays}>
            <NativeSelect value={expires} onChange={(e) => setExpires(e.target.value)}>
              <option value="30">In 30 days</option>
              <option value="90">In 90 days</option>
              <option value="365">In a year</option>
              <option value="">Never</option>
            </NativeSelect>
          </Field>
          <div>
            <Button type="submit" size="sm" disabled={create.pending}>
              {create.pending ? "Creating…" : "Create key"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
