import type { Metadata } from "next";

import { WebhookEndpoints } from "@/components/webhooks/webhook-endpoints";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { formatDateTimeSeconds } from "@/lib/time-zone";
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
  // The delivery log's times with their seconds, in the workspace's zone: the client shows this text.
  const when = (d: Date | null) => (d ? formatDateTimeSeconds(d, workspace.timeZone) : null);
  return (
    <div className="max-w-4xl">
      <p className="mb-4 text-sm text-muted-foreground">
        Webhooks send this workspace&apos;s events — a draft submitted, a contract signed, an order attributed — to your own systems
        (Zapier, Make, n8n or your code) as signed JSON requests in the Standard Webhooks format. Failed deliveries are retried for about a
        day.
      </p>
      <WebhookEndpoints
        slug={workspace.slug}
        endpoints={endpoints.map((e) => ({
          id: e.id,
          url: e.url,
          description: e.description,
          events: e.events,
          enabled: e.enabled,
          failingSinceText: when(e.failingSince),
          disabledText: when(e.disabledAt),
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
          nextAttemptText: d.status === "pending" ? when(d.nextAttemptAt) : null,
          lastAttemptText: when(d.lastAttemptAt),
          responseStatus: d.responseStatus,
          durationMs: d.durationMs,
          error: d.error,
          redelivery: d.redelivery,
          createdText: formatDateTimeSeconds(d.createdAt, workspace.timeZone),
        }))}
      />
    </div>
  );
}
