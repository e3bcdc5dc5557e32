import type { Metadata } from "next";

import { ApiKeys } from "@/components/api-keys/key-manager";
import { IntentLink } from "@/components/ui/intent-link";
import { listApiKeys } from "@/lib/api-keys/keys";
import { API_AREAS, grantableScopes, SCOPE_LABELS } from "@/lib/api-keys/scopes";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { formatDateTime } from "@/lib/time-zone";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "apiKeys.manage");
  const keys = await listApiKeys(workspace.id);
  const grantable = new Set(grantableScopes(role));
  const when = (d: Date | null) => (d ? formatDateTime(d, workspace.timeZone) : null);
  return (
    <div className="max-w-3xl">
      <p className="mb-4 text-sm text-muted-foreground">
        A key lets a script or another tool use this workspace&apos;s data over the{" "}
        <IntentLink href="/docs/api" className="underline underline-offset-2">
          public API
        </IntentLink>
        , with only the scopes you give it and never more than your role allows. Send it as <code>Authorization: Bearer mc_live_…</code>.
      </p>
      <ApiKeys
        slug={workspace.slug}
        areas={API_AREAS.map((area) => ({
          area,
          label: SCOPE_LABELS[area],
          read: grantable.has(`${area}:read` as never),
          write: area !== "reports" && grantable.has(`${area}:write` as never),
        }))}
        keys={keys.map((k) => ({
          id: k.id,
          name: k.name,
          prefix: k.prefix,
          scopes: k.scopes,
          createdText: formatDateTime(k.createdAt, workspace.timeZone),
          createdBy: k.createdBy,
          expiresAt: k.expiresAt?.toISOString() ?? null,
          expiresText: when(k.expiresAt),
          revokedAt: k.revokedAt?.toISOString() ?? null,
          lastUsedText: when(k.lastUsedAt),
        }))}
      />
    </div>
  );
}
