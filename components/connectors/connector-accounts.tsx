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
import { SealedCredentialForm, type CredentialField, type CredentialValues } from "@/components/workspaces/sealed-credential-form";
import { useAction } from "@/components/workspaces/use-action";

// Times come as the page's text in the workspace's zone (README "Times and figures inside client
// components are the server's text"); null when there is none.
export type ConnectorAccountView = {
  id: string;
  platform: "instagram" | "youtube";
  authKind: string;
  externalId: string;
  name: string;
  status: "connected" | "needs_reauth" | "disconnected";
  posts: number;
  expiresText: string | null;
  lastError: string | null;
  lastSyncedText: string | null;
  retryAfterText: string | null;
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

export function ConnectorAccounts({
  slug,
  accounts,
  canEdit,
  disabled,
}: {
  slug: string;
  accounts: ConnectorAccountView[];
  canEdit: boolean;
  disabled: boolean;
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
              Last sync: {a.lastSyncedText ?? "never"} · {a.posts} {a.posts === 1 ? "post" : "posts"}
              {a.platform === "instagram" ? ` · user id ${a.externalId}` : ""}
              {a.expiresText ? ` · token expires ${a.expiresText}` : ""}
            </p>
            {a.lastError && a.status !== "disconnected" ? (
              <p className="text-destructive" role="status">
                {a.lastError}
                {a.retryAfterText ? ` Next try after ${a.retryAfterText}.` : ""}
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
  if (!open)
    return (
      <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
        Replace token
      </Button>
    );
  return (
    <SealedCredentialForm
      slug={slug}
      action={replaceConnectorTokenAction}
      initial={{ token: "", expiresAt: "" }}
      fields={() => [
        { name: "token", label: "New token", type: "secret" },
        { name: "expiresAt", label: "Expires on", hint: "Optional.", type: "date" },
      ]}
      toInput={(v) => ({ accountId: account.id, ...v })}
      submitLabel="Save token"
      onSaved={() => {
        setOpen(false);
        router.refresh();
      }}
      onCancel={() => setOpen(false)}
      className="grid w-full gap-2 sm:max-w-md"
    />
  );
}

type ConnectKey = "platform" | "authKind" | "externalId" | "name" | "token" | "expiresAt";

const TOKEN_TYPES = {
  instagram: [
    { value: "facebook_login", label: "Instagram API with Facebook Login (graph.facebook.com)" },
    { value: "instagram_login", label: "Instagram API with Instagram Login (graph.instagram.com)" },
  ],
  youtube: [
    { value: "api_key", label: "API key" },
    { value: "oauth", label: "OAuth access token" },
  ],
} as const;

function connectFields(v: CredentialValues<ConnectKey>): CredentialField<ConnectKey>[] {
  const instagram = v.platform === "instagram";
  return [
    {
      name: "platform",
      label: "Platform",
      type: "select",
      options: [
        { value: "instagram", label: "Instagram" },
        { value: "youtube", label: "YouTube" },
      ],
    },
    { name: "authKind", label: "Token type", type: "select", options: TOKEN_TYPES[instagram ? "instagram" : "youtube"] },
    ...(instagram
      ? [
          {
            name: "externalId",
            label: "Instagram user id",
            hint: "The professional account's numeric id, e.g. 17841400000000000.",
            type: "text",
            inputMode: "numeric",
          } as const,
        ]
      : []),
    {
      name: "name",
      label: instagram ? "Account" : "Name",
      type: "text",
      placeholder: instagram ? "@creator.handle" : "Brand API key",
      maxLength: 80,
    },
    {
      name: "token",
      label: v.authKind === "api_key" ? "API key" : "Access token",
      hint: "To change it, use Replace token.",
      type: "secret",
    },
    { name: "expiresAt", label: "Expires on", hint: "Optional: shown here so you can renew it in time.", type: "date" },
  ];
}

function ConnectForm({ slug }: { slug: string }) {
  const router = useRouter();
  return (
    <SealedCredentialForm
      slug={slug}
      action={connectConnectorAction}
      initial={{ platform: "instagram", authKind: "facebook_login", externalId: "", name: "", token: "", expiresAt: "" }}
      fields={connectFields}
      adjust={(v, changed) => {
        if (changed !== "platform") return v;
        const platform = v.platform === "youtube" ? "youtube" : "instagram";
        return { ...v, platform, authKind: platform === "youtube" ? "api_key" : "facebook_login" };
      }}
      toInput={({ platform, authKind, externalId, name, token, expiresAt }) =>
        platform === "instagram"
          ? {
              platform: "instagram" as const,
              authKind: authKind as "facebook_login" | "instagram_login",
              externalId,
              name,
              token,
              expiresAt,
            }
          : { platform: "youtube" as const, authKind: authKind as "api_key" | "oauth", name, token, expiresAt }
      }
      submitLabel="Connect"
      saved={() => "Connected. Live posts are fetched at the next run (within 30 minutes)."}
      onSaved={() => router.refresh()}
      card={{ title: "Connect an account", description: (v) => HOWTO[v.platform === "youtube" ? "youtube" : "instagram"] }}
    />
  );
}
