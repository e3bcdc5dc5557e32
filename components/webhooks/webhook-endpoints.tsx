"use client";

// Settings → Webhooks: the workspace's endpoints (edit, enable/disable, rotate the secret, delete),
// each with its delivery log and a Redeliver button, and the form that adds one. A signing secret is
// shown once, right after it is made; the page never receives it otherwise.
import { useRouter } from "next/navigation";
import { useState } from "react";

import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  rotateWebhookSecretAction,
  updateWebhookEndpointAction,
} from "@/app/(app)/actions/webhooks";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CopyButton } from "@/components/workspaces/copy-button";
import { useAction } from "@/components/workspaces/use-action";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/events";

// Times come as the page's text in the workspace's zone, with seconds for the delivery log (README
// "Times and figures inside client components are the server's text"); null when there is none.
export type EndpointView = {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  failingSinceText: string | null;
  disabledText: string | null;
  disabledReason: string | null;
  createdAt: string;
  secretRotatedAt: string | null;
};

export type DeliveryView = {
  id: string;
  endpointId: string;
  eventId: string;
  type: string;
  status: "pending" | "succeeded" | "failed";
  attempts: number;
  nextAttemptText: string | null;
  lastAttemptText: string | null;
  responseStatus: number | null;
  durationMs: number | null;
  error: string | null;
  redelivery: boolean;
  createdText: string;
};

const STATUS = {
  pending: { label: "Pending", variant: "warning" },
  succeeded: { label: "Delivered", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
} as const;

export function WebhookEndpoints({ slug, endpoints, deliveries }: { slug: string; endpoints: EndpointView[]; deliveries: DeliveryView[] }) {
  return (
    <div className="grid gap-6">
      {endpoints.length === 0 ? <p className="text-sm text-muted-foreground">No webhook endpoint yet.</p> : null}
      <ul className="grid gap-4" data-testid="webhook-endpoints">
        {endpoints.map((e) => (
          <EndpointCard key={e.id} slug={slug} endpoint={e} deliveries={deliveries.filter((d) => d.endpointId === e.id)} />
        ))}
      </ul>
      <CreateEndpointForm slug={slug} />
    </div>
  );
}

function SecretOnce({ secret, oldUntil }: { secret: string; oldUntil?: string }) {
  return (
    <Alert tone="success">
      <p>Copy the signing secret now: it is not shown again.</p>
      {oldUntil ? (
        <p className="mt-1">
          Until {oldUntil}, deliveries carry a signature with the old secret too, so your receiver can switch without missing one.
        </p>
      ) : null}
      <div className="mt-2 flex min-w-0 items-center gap-2">
        <code className="min-w-0 flex-1 truncate rounded bg-muted px-2 py-1 font-mono text-xs" data-testid="webhook-secret">
          {secret}
        </code>
        <CopyButton text={secret} label="Copy secret" />
      </div>
    </Alert>
  );
}

function EndpointCard({ slug, endpoint: e, deliveries }: { slug: string; endpoint: EndpointView; deliveries: DeliveryView[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [secret, setSecret] = useState<{ value: string; oldUntil: string } | null>(null);
  const update = useAction(updateWebhookEndpointAction);
  const rotate = useAction(rotateWebhookSecretAction);
  const remove = useAction(deleteWebhookEndpointAction);
  const error = update.error ?? rotate.error ?? remove.error;
  const events = e.events.filter((t): t is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(t));
  return (
    <li className="grid min-w-0 gap-3 rounded-md border p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <strong className="min-w-0 break-all">{e.url}</strong>
        {e.enabled ? <Badge variant="success">Enabled</Badge> : <Badge variant="warning">Disabled</Badge>}
        {e.enabled && e.failingSinceText ? <Badge variant="destructive">Failing since {e.failingSinceText}</Badge> : null}
      </div>
      {e.description ? <p className="text-muted-foreground">{e.description}</p> : null}
      {!e.enabled && e.disabledReason ? (
        <Alert tone="error">
          Disabled {e.disabledText ?? "—"}: {e.disabledReason}
        </Alert>
      ) : null}
      <p className="text-muted-foreground">Events: {events.join(", ")}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {secret ? <SecretOnce secret={secret.value} oldUntil={secret.oldUntil} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
          {editing ? "Close" : "Edit"}
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={update.pending}
          onClick={() =>
            update.run([slug, { endpointId: e.id, url: e.url, description: e.description, events, enabled: !e.enabled }], () =>
              router.refresh(),
            )
          }
        >
          {e.enabled ? "Disable" : "Enable"}
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={rotate.pending}
          onClick={() => {
            if (!window.confirm("Make a new signing secret? The current one keeps signing beside it for 24 hours; update your receiver."))
              return;
            rotate.run([slug, { endpointId: e.id }], (res) => {
              setSecret({ value: res.secret, oldUntil: res.previousSecretExpiresText });
              router.refresh();
            });
          }}
        >
          Rotate secret
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={remove.pending}
          aria-label={`Delete ${e.url}`}
          onClick={() => {
            if (!window.confirm(`Delete the endpoint ${e.url} and its delivery log?`)) return;
            remove.run([slug, { endpointId: e.id }], () => router.refresh());
          }}
        >
          Delete
        </Button>
      </div>
      {editing ? <EditEndpointForm slug={slug} endpoint={e} events={events} onDone={() => setEditing(false)} /> : null}
      <DeliveryLog slug={slug} deliveries={deliveries} />
    </li>
  );
}

function EventChoices({ value, onChange }: { value: WebhookEventType[]; onChange: (v: WebhookEventType[]) => void }) {
  return (
    <fieldset className="grid gap-1">
      <legend className="mb-1 text-sm font-medium">Events to send</legend>
      {WEBHOOK_EVENT_TYPES.map((t) => (
        <label key={t} className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-4 accent-primary"
            checked={value.includes(t)}
            onChange={(ev) => onChange(ev.target.checked ? [...value, t] : value.filter((x) => x !== t))}
          />
          <span>
            <code className="font-mono text-xs">{t}</code> <span className="text-muted-foreground">— {WEBHOOK_EVENT_LABELS[t]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function EditEndpointForm({
  slug,
  endpoint,
  events: initialEvents,
  onDone,
}: {
  slug: string;
  endpoint: EndpointView;
  events: WebhookEventType[];
  onDone: () => void;
}) {
  const router = useRouter();
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description);
  const [events, setEvents] = useState<WebhookEventType[]>(initialEvents);
  const save = useAction(updateWebhookEndpointAction, { url: "URL", description: "Description", events: "Events" });
  return (
    <form
      method="post"
      className="grid gap-3 rounded-md bg-muted/40 p-3 sm:max-w-xl"
      onSubmit={(ev) => {
        ev.preventDefault();
        save.run([slug, { endpointId: endpoint.id, url, description, events, enabled: endpoint.enabled }], () => {
          onDone();
          router.refresh();
        });
      }}
    >
      {save.error ? <Alert tone="error">{save.error}</Alert> : null}
      <Field label="URL" error={save.fieldErrors.url}>
        <Input value={url} onChange={(ev) => setUrl(ev.target.value)} inputMode="url" />
      </Field>
      <Field label="Description" error={save.fieldErrors.description}>
        <Input value={description} onChange={(ev) => setDescription(ev.target.value)} maxLength={200} />
      </Field>
      <EventChoices value={events} onChange={setEvents} />
      <div>
        <Button type="submit" size="sm" disabled={save.pending}>
          {save.pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}

function DeliveryLog({ slug, deliveries }: { slug: string; deliveries: DeliveryView[] }) {
  const router = useRouter();
  const again = useAction(redeliverWebhookAction);
  if (deliveries.length === 0) return <p className="text-muted-foreground">No deliveries yet.</p>;
  return (
    <div className="grid gap-2">
      {again.error ? <Alert tone="error">{again.error}</Alert> : null}
      <div className="relative overflow-x-auto" role="region" aria-label="Recent deliveries" tabIndex={0}>
        <table className="w-full min-w-[44rem] text-left text-xs">
          <caption className="mb-1 text-left text-sm font-medium">Recent deliveries</caption>
          <thead className="text-muted-foreground">
            <tr>
              <th className="py-1 pr-2 font-medium">Event</th>
              <th className="py-1 pr-2 font-medium">Status</th>
              <th className="py-1 pr-2 font-medium">Attempts</th>
              <th className="py-1 pr-2 font-medium">Response</th>
              <th className="py-1 pr-2 font-medium">Duration</th>
              <th className="py-1 pr-2 font-medium">Last attempt</th>
              <th className="py-1 pr-2 font-medium">Next retry</th>
              <th className="py-1 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} className="border-t align-top">
                <td className="py-1 pr-2">
                  <code className="font-mono">{d.type}</code>
                  {d.redelivery ? <span className="text-muted-foreground"> (redelivery)</span> : null}
                </td>
                <td className="py-1 pr-2">
                  <Badge variant={STATUS[d.status].variant}>{STATUS[d.status].label}</Badge>
                </td>
                <td className="py-1 pr-2">{d.attempts}</td>
                <td className="max-w-64 py-1 pr-2 break-words">
                  {d.responseStatus ??
                    (d.error ? <span className="text-destructive">{d.error}</span> : d.attempts === 0 ? "not sent yet" : "—")}
                </td>
                <td className="py-1 pr-2">{d.durationMs === null ? (d.attempts === 0 ? "not sent yet" : "—") : `${d.durationMs} ms`}</td>
                <td className="py-1 pr-2">{d.lastAttemptText ?? "never"}</td>
                <td className="py-1 pr-2">{d.nextAttemptText ?? (d.status === "pending" ? "queued" : "none")}</td>
                <td className="py-1">
                  <Button
                    size="sm"
                    variant="outline"
                    disabled={again.pending}
                    aria-label={`Redeliver ${d.type} of ${d.createdText}`}
                    onClick={() => again.run([slug, { deliveryId: d.id }], () => router.refresh())}
                  >
                    Redeliver
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function CreateEndpointForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>([...WEBHOOK_EVENT_TYPES]);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useAction(createWebhookEndpointAction, { url: "URL", description: "Description", events: "Events" });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Add an endpoint</CardTitle>
        <CardDescription>
          A public http(s) URL. Each request carries webhook-id, webhook-timestamp and webhook-signature headers; verify the signature with
          the secret shown once below (README, &quot;Outbound webhooks&quot;).
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          autoComplete="off"
          className="grid gap-3 sm:max-w-xl"
          onSubmit={(ev) => {
            ev.preventDefault();
            setSecret(null);
            create.run([slug, { url, description, events }], (res) => {
              setSecret(res.secret);
              setUrl("");
              setDescription("");
              router.refresh();
            });
          }}
        >
          {create.error ? <Alert tone="error">{create.error}</Alert> : null}
          {secret ? <SecretOnce secret={secret} /> : null}
          <Field label="URL" error={create.fieldErrors.url}>
            <Input
              value={url}
              onChange={(ev) => setUrl(ev.target.value)}
              placeholder="https://hooks.example.com/microcampaigns"
              inputMode="url"
            />
          </Field>
          <Field label="Description" hint="Optional, for your reference." error={create.fieldErrors.description}>
            <Input
              value={description}
              onChange={(ev) => setDescription(ev.target.value)}
              maxLength={200}
              placeholder="Zapier: new drafts"
            />
          </Field>
          <EventChoices value={events} onChange={setEvents} />
          {create.fieldErrors.events ? <p className="text-sm text-destructive">{create.fieldErrors.events[0]}</p> : null}
          <div>
            <Button type="submit" size="sm" disabled={create.pending}>
              {create.pending ? "Adding…" : "Add endpoint"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
