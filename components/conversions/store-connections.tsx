"use client";

// Settings → Stores: the workspace's store connections (webhook URL to paste, last delivery,
// disconnect) and the form that connects one. The signing secret is typed once and never shown.
import { useRouter } from "next/navigation";

import { connectStoreAction, disconnectStoreAction } from "@/app/(app)/actions/conversions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/workspaces/copy-button";
import { SealedCredentialForm } from "@/components/workspaces/sealed-credential-form";
import { useAction } from "@/components/workspaces/use-action";

// `lastEventText` is the page's text in the workspace's zone (README "Times and figures inside client
// components are the server's text"), null before the first delivery.
export type StoreRow = {
  id: string;
  kind: "shopify" | "woocommerce" | "csv";
  name: string;
  shopDomain: string | null;
  webhookUrl: string | null;
  createdAt: string;
  lastEventText: string | null;
  disconnectedAt: string | null;
  orders: number;
};

const KIND = { shopify: "Shopify", woocommerce: "WooCommerce", csv: "CSV" } as const;

const HOWTO = {
  shopify:
    "In Shopify admin: Settings → Notifications → Webhooks → Create webhook, once for each of Order creation, Order payment, Order cancellation and Refund create, format JSON, sent to the webhook URL this page shows once the store is connected. Paste the signing secret shown under the webhook list here.",
  woocommerce:
    "In WooCommerce: Settings → Advanced → Webhooks → Add webhook, topics Order created and Order updated, API version v3, sent to the webhook URL this page shows once the store is connected, with a secret you choose; paste the same secret here.",
} as const;

export function StoreConnections({ slug, stores, canEdit }: { slug: string; stores: StoreRow[]; canEdit: boolean }) {
  const router = useRouter();
  const disconnect = useAction(disconnectStoreAction);
  return (
    <div className="grid gap-6">
      {stores.length === 0 ? <p className="text-sm text-muted-foreground">No store connected yet.</p> : null}
      {disconnect.error ? <Alert tone="error">{disconnect.error}</Alert> : null}
      <ul className="grid gap-3" data-testid="store-connections">
        {stores.map((s) => (
          <li key={s.id} className="grid min-w-0 gap-2 rounded-md border p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <strong>{s.name}</strong>
              <Badge variant="outline">{KIND[s.kind]}</Badge>
              {s.disconnectedAt ? <Badge variant="warning">Disconnected</Badge> : null}
              {s.shopDomain ? <span className="text-muted-foreground">{s.shopDomain}</span> : null}
            </div>
            <p className="text-muted-foreground">
              Last delivery: {s.lastEventText ?? "never"} · {s.orders} {s.orders === 1 ? "order" : "orders"}
            </p>
            {s.webhookUrl ? (
              <div className="flex min-w-0 items-center gap-2">
                <code className="min-w-0 flex-1 truncate rounded bg-muted px-2 py-1 font-mono text-xs" title={s.webhookUrl}>
                  {s.webhookUrl}
                </code>
                <CopyButton text={s.webhookUrl} label="Copy URL" />
              </div>
            ) : null}
            {canEdit && !s.disconnectedAt ? (
              <div>
                <Button
                  size="sm"
                  variant="outline"
                  aria-label={`Disconnect ${s.name}`}
                  disabled={disconnect.pending}
                  onClick={() => {
                    if (!window.confirm(`Disconnect ${s.name}? Its webhook URL stops working and the secret is deleted; its orders stay.`))
                      return;
                    disconnect.run([slug, { connectionId: s.id }], () => router.refresh());
                  }}
                >
                  Disconnect
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? <ConnectStoreForm slug={slug} /> : null}
    </div>
  );
}

function ConnectStoreForm({ slug }: { slug: string }) {
  const router = useRouter();
  return (
    <SealedCredentialForm
      slug={slug}
      action={connectStoreAction}
      initial={{ kind: "shopify", name: "", shopDomain: "", secret: "" }}
      fields={() => [
        {
          name: "kind",
          label: "Store",
          type: "select",
          options: [
            { value: "shopify", label: "Shopify" },
            { value: "woocommerce", label: "WooCommerce" },
          ],
        },
        { name: "name", label: "Name", type: "text", placeholder: "Main shop", maxLength: 80 },
        {
          name: "shopDomain",
          label: "Shop domain",
          hint: "Optional, for your reference.",
          type: "text",
          placeholder: "mystore.myshopify.com",
        },
        { name: "secret", label: "Signing secret", hint: "To change it, disconnect and connect again.", type: "secret" },
      ]}
      toInput={(v) => ({ ...v, kind: v.kind as "shopify" | "woocommerce" })}
      submitLabel="Connect"
      saved={(res) => (
        <>
          Connected. Paste this URL into the store&apos;s webhook settings (it is also listed above):{" "}
          <code className="font-mono text-xs break-all">{res.webhookUrl}</code>
        </>
      )}
      onSaved={() => router.refresh()}
      card={{ title: "Connect a store", description: (v) => HOWTO[v.kind === "woocommerce" ? "woocommerce" : "shopify"] }}
    />
  );
}
