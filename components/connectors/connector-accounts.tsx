"use client";

// Settings → Connectors: the workspace's connected Instagram and YouTube accounts (status, last sync,
// last error, replace the token, disconnect) and the form that connects one. A token is typed once
// and never shown again.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { connectConnectorAction, disconnectConnectorAction, replaceConnectorTokenAction } from "@/app/(app)/actions/connectors";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";

export type ConnectorAccountView = {
  id: string;
  platform: "instagram" | "youtube";
  authKind: string;
  externalId: string;
  name: string;
  status: "connected" | "needs_reauth" | "disconnected";
  posts: number;
  expiresAt: string | null;
  lastError: string | null;
  lastSyncedAt: string | null;
  retryAfter: string | null;
  createdAt: string;
};

const PLATFORM = { instagram: "Instagram", youtube: "YouTube" } as const;
const AUTH: Record<string, string> = {
  facebook_login: "Facebook Login token",
  instagram_login: "Instagram Login token",
  api_key: "API key",
  oauth: "OAuth token",
};
const STATUS = {
  connected: { label: "Connected", variant: "success" },
  needs_reauth: { label: "Needs a new token", variant: "warning" },
  disconnected: { label: "Disconnected", variant: "outline" },
} as const;

const HOWTO = {
  instagram:
    "For the creator's Instagram professional account: a long-lived user access token with instagram_basic and instagram_manage_insights (Facebook Login) or instagram_business_basic and instagram_business_manage_insights (Instagram Login), and the account's Instagram user id. Long-lived tokens last 60 days.",
  youtube:
    "A YouTube Data API v3 key from a Google Cloud project (public videos' views, likes and comments), or an OAuth access token with the youtube.readonly scope.",
} as const;

function when(iso: string | null, timeZone: string): string {
  return iso ? new Date(iso).toLocaleString("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }) : "never";
}

export function ConnectorAccounts({
  slug,
  accounts,
  canEdit,
  disabled,
  timeZone,
}: {
  slug: string;
  accounts: ConnectorAccountView[];
  canEdit: boolean;
  disabled: boolean;
  timeZone: string;
}) {
  const router = useRouter();
  const disconnect = useAction(disconnectConnectorAction);
  return (
    <div className="grid gap-6">
      {disabled ? (
        <Alert tone="warning">Metric connectors are switched off on this installation (CONNECTORS_DISABLED); nothing is fetched.</Alert>
      ) : null}
      {accounts.length === 0 ? <p className="text-sm text-muted-foreground">No account connected yet.</p> : null}
      {disconnect.error ? <Alert tone="error">{disconnect.error}</Alert> : null}
      <ul className="grid gap-3" data-testid="connector-accounts">
        {accounts.map((a) => (
          <li key={a.id} className="grid min-w-0 gap-2 rounded-md border p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <strong className="min-w-0 break-all">{a.platform === "instagram" ? `@${a.name}` : a.name}</strong>
              <Badge variant="outline">{PLATFORM[a.platform]}</Badge>
              <Badge variant={STATUS[a.status].variant}>{STATUS[a.status].label}</Badge>
              <span className="text-muted-foreground">{AUTH[a.authKind] ?? a.authKind}</span>
            </div>
            <p className="text-muted-foreground">
              Last sync: {when(a.lastSyncedAt, timeZone)} · {a.posts} {a.posts === 1 ? "post" : "posts"}
              {a.platform === "instagram" ? ` · user id ${a.externalId}` : ""}
              {a.expiresAt ? ` · token expires ${when(a.expiresAt, timeZone)}` : ""}
            </p>
            {a.lastError && a.status !== "disconnected" ? (
              <p className="text-destructive" role="status">
                {a.lastError}
                {a.retryAfter ? ` Next try after ${when(a.retryAfter, timeZone)}.` : ""}
              </p>
            ) : null}
            {canEdit && a.status !== "disconnected" ? (
              <div className="flex flex-wrap items-start gap-2">
                <ReplaceTokenForm slug={slug} account={a} />
                <Button
                  size="sm"
                  variant="outline"
                  aria-label={`Disconnect ${a.name}`}
                  disabled={disconnect.pending}
                  onClick={() => {
                    if (
                      !window.confirm(
                        `Disconnect ${a.name}? Its token is deleted and its posts' numbers are no longer fetched; numbers already fetched stay.`,
                      )
                    )
                      return;
                    disconnect.run([slug, { accountId: a.id }], () => router.refresh());
                  }}
                >
                  Disconnect
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? <ConnectForm slug={slug} /> : null}
    </div>
  );
}

function ReplaceTokenForm({ slug, account }: { slug: string; account: ConnectorAccountView }) {
  const router = useRouter();
  const [open, setOpen] = useState(account.status === "needs_reauth");
  const [token, setToken] = useState("");
  const [expiresAt, setExpiresAt] = useState("");
  const replace = useAction(replaceConnectorTokenAction, { token: "New token", expiresAt: "Expires on" });
  if (!open)
    return (
      <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
        Replace token
      </Button>
    );
  return (
    <form
      method="post"
      autoComplete="off"
      className="grid w-full gap-2 sm:max-w-md"
      onSubmit={(e) => {
        e.preventDefault();
        replace.run([slug, { accountId: account.id, token, expiresAt }], () => {
          setToken("");
          setOpen(false);
          router.refresh();
        });
      }}
    >
      {replace.error ? <Alert tone="error">{replace.error}</Alert> : null}
      <Field label="New token" hint="Stored encrypted and never shown again." error={replace.fieldErrors.token}>
        <Input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="new-password" />
      </Field>
      <Field label="Expires on" hint="Optional." error={replace.fieldErrors.expiresAt}>
        <Input type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={replace.pending}>
          Save token
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function ConnectForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [platform, setPlatform] = useState<"instagram" | "youtube">("instagram");
  const [authKind, setAuthKind] = useState("facebook_login");
  const [externalId, setExternalId] = useState("");
  const [name, setName] = useState("");
  const [token, setToken] = useState("");
  const [expiresAt, setExpiresAt] = useState("");
  const [done, setDone] = useState(false);
  const connect = useAction(connectConnectorAction, {
    platform: "Platform",
    authKind: "Token type",
    externalId: "Instagram user id",
    name: platform === "instagram" ? "Account" : "Name",
    token: authKind === "api_key" ? "API key" : "Access token",
    expiresAt: "Expires on",
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Connect an account</CardTitle>
        <CardDescription>{HOWTO[platform]}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          autoComplete="off"
          className="grid gap-3 sm:max-w-xl"
          onSubmit={(e) => {
            e.preventDefault();
            setDone(false);
            const input =
              platform === "instagram"
                ? { platform, authKind: authKind as "facebook_login" | "instagram_login", externalId, name, token, expiresAt }
                : { platform, authKind: authKind as "api_key" | "oauth", name, token, expiresAt };
            connect.run([slug, input], () => {
              setDone(true);
              setToken("");
              setName("");
              setExternalId("");
              setExpiresAt("");
              router.refresh();
            });
          }}
        >
          {connect.error ? <Alert tone="error">{connect.error}</Alert> : null}
          {done ? <Alert tone="success">Connected. Live posts are fetched at the next run (within 30 minutes).</Alert> : null}
          <Field label="Platform" error={connect.fieldErrors.platform}>
            <NativeSelect
              value={platform}
              onChange={(e) => {
                const p = e.target.value === "youtube" ? "youtube" : "instagram";
                setPlatform(p);
                setAuthKind(p === "youtube" ? "api_key" : "facebook_login");
              }}
            >
              <option value="instagram">Instagram</option>
              <option value="youtube">YouTube</option>
            </NativeSelect>
          </Field>
          <Field label="Token type" error={connect.fieldErrors.authKind}>
            <NativeSelect value={authKind} onChange={(e) => setAuthKind(e.target.value)}>
              {platform === "instagram" ? (
                <>
                  <option value="facebook_login">Instagram API with Facebook Login (graph.facebook.com)</option>
                  <option value="instagram_login">Instagram API with Instagram Login (graph.instagram.com)</option>
                </>
              ) : (
                <>
                  <option value="api_key">API key</option>
                  <option value="oauth">OAuth access token</option>
                </>
              )}
            </NativeSelect>
          </Field>
          {platform === "instagram" ? (
            <Field
              label="Instagram user id"
              hint="The professional account's numeric id, e.g. 17841400000000000."
              error={connect.fieldErrors.externalId}
            >
              <Input value={externalId} onChange={(e) => setExternalId(e.target.value)} inputMode="numeric" />
            </Field>
          ) : null}
          <Field label={platform === "instagram" ? "Account" : "Name"} error={connect.fieldErrors.name}>
            <Input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={platform === "instagram" ? "@creator.handle" : "Brand API key"}
              maxLength={80}
            />
          </Field>
          <Field
            label={authKind === "api_key" ? "API key" : "Access token"}
            hint="Stored encrypted and never shown again. To change it, use Replace token."
            error={connect.fieldErrors.token}
          >
            <Input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="new-password" />
          </Field>
          <Field label="Expires on" hint="Optional: shown here so you can renew it in time." error={connect.fieldErrors.expiresAt}>
            <Input type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
          </Field>
          <div>
            <Button type="submit" size="sm" disabled={connect.pending}>
              Connect
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
