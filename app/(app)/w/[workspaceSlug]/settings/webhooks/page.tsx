import type { Metadata } from "next";

import { WebhookEndpoints } from "@/components/webhooks/webhook-endpoints";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listDeliveries, listEndpoints } from "@/lib/webhooks/endpoints";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "webhooks.manage");
  const endpoints = await listEndpoints(workspace.id);
  const deliveries = await listDeliveries(
    workspace.id,
    endpoints.map((e) => e.id),
  );
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return (
    <div className="max-w-4xl">
      <p className="mb-4 text-sm text-muted-foreground">
        Webhooks send this workspace&apos;s events — a draft submitted, a contract signed, an order attributed — to your own systems
        (Zapier, Make, n8n or your code) as signed JSON requests in the Standard Webhooks format. Failed deliveries are retried for about a
        day.
      </p>
      <WebhookEndpoints
        slug={workspace.slug}
        timeZone={workspace.timeZone}
        endpoints={endpoints.map((e) => ({
          id: e.id,
          url: e.url,
          description: e.description,
          events: e.events,
          enabled: e.enabled,
          failingSince: iso(e.failingSince),
          disabledAt: iso(e.disabledAt),
          disabledReason: e.disabledReason,
          createdAt: e.createdAt.toISOString(),
          secretRotatedAt: iso(e.secretRotatedAt),
        }))}
        deliveries={deliveries.map((d) => ({
          id: d.id,
          endpointId: d.endpointId,
          eventId: d.eventId,
          type: d.event.type,
          status: d.status,
          attempts: d.attempts,
          nextAttemptAt: d.status === "pending" ? iso(d.nextAttemptAt) : null,
          lastAttemptAt: iso(d.lastAttemptAt),
          responseStatus: d.responseStatus,
          durationMs: d.durationMs,
          error: d.error,
          redelivery: d.redelivery,
          createdAt: d.createdAt.toISOString(),
        }))}
      />
    </div>
  );
}
