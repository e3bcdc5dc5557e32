"use client";

// Settings → Stores: the workspace's store connections (webhook URL to paste, last delivery,
// disconnect) and the form that connects one. The signing secret is typed once and never shown.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { connectStoreAction, disconnectStoreAction } from "@/app/(app)/actions/conversions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { CopyButton } from "@/components/workspaces/copy-button";
import { useAction } from "@/components/workspaces/use-action";

export type StoreRow = {
  id: string;
  kind: "shopify" | "woocommerce" | "csv";
  name: string;
  shopDomain: string | null;
  webhookUrl: string | null;
  createdAt: string;
  lastEventAt: string | null;
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

function when(iso: string | null, timeZone: string): string {
  return iso ? new Date(iso).toLocaleString("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }) : "never";
}

export function StoreConnections({
  slug,
  stores,
  canEdit,
  timeZone,
}: {
  slug: string;
  stores: StoreRow[];
  canEdit: boolean;
  timeZone: string;
}) {
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
              Last delivery: {when(s.lastEventAt, timeZone)} · {s.orders} {s.orders === 1 ? "order" : "orders"}
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
  const [kind, setKind] = useState<"shopify" | "woocommerce">("shopify");
  const [name, setName] = useState("");
  const [shopDomain, setShopDomain] = useState("");
  const [secret, setSecret] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const connect = useAction(connectStoreAction, { kind: "Store", name: "Name", shopDomain: "Shop domain", secret: "Signing secret" });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Connect a store</CardTitle>
        <CardDescription>{HOWTO[kind]}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          autoComplete="off"
          className="grid gap-3 sm:max-w-xl"
          onSubmit={(e) => {
            e.preventDefault();
            setCreated(null);
            connect.run([slug, { kind, name, shopDomain, secret }], (res) => {
              setCreated(res.webhookUrl);
              setSecret("");
              setName("");
              setShopDomain("");
              router.refresh();
            });
          }}
        >
          {connect.error ? <Alert tone="error">{connect.error}</Alert> : null}
          {created ? (
            <Alert tone="success">
              Connected. Paste this URL into the store&apos;s webhook settings (it is also listed above):{" "}
              <code className="font-mono text-xs break-all">{created}</code>
            </Alert>
          ) : null}
          <Field label="Store" error={connect.fieldErrors.kind}>
            <NativeSelect value={kind} onChange={(e) => setKind(e.target.value as "shopify" | "woocommerce")}>
              <option value="shopify">Shopify</option>
              <option value="woocommerce">WooCommerce</option>
            </NativeSelect>
          </Field>
          <Field label="Name" error={connect.fieldErrors.name}>
            <Input value={name} onChange={(e) => setName(e.target.value)} placeholder="Main shop" maxLength={80} />
          </Field>
          <Field label="Shop domain" hint="Optional, for your reference." error={connect.fieldErrors.shopDomain}>
            <Input value={shopDomain} onChange={(e) => setShopDomain(e.target.value)} placeholder="mystore.myshopify.com" />
          </Field>
          <Field
            label="Signing secret"
            hint="Stored encrypted and never shown again. To change it, disconnect and connect again."
            error={connect.fieldErrors.secret}
          >
            <Input type="password" value={secret} onChange={(e) => setSecret(e.target.value)} autoComplete="new-password" />
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
