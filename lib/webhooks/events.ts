// The events a workspace's webhooks can receive, and the one way to emit them: `emitEvent(tx, …)`
// writes an outbox row in the caller's transaction, so an event exists exactly when its change was
// committed — never lost after a commit, never sent for a rolled-back change. The dispatch job
// (delivery.ts) picks the rows up and fans them out to the subscribed endpoints.
import type { Prisma } from "../db";

export const WEBHOOK_EVENT_TYPES = [
  "collaboration.status_changed",
  "draft.submitted",
  "draft.approved",
  "contract.signed",
  "post.live",
  "conversion.created",
  "metrics.updated",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "collaboration.status_changed": "A collaboration changes status",
  "draft.submitted": "An influencer submits a draft",
  "draft.approved": "A draft is approved",
  "contract.signed": "A contract is signed (by the influencer, then countersigned)",
  "post.live": "A live post is recorded",
  "conversion.created": "A new order is attributed or recorded",
  "metrics.updated": "New metrics are recorded for a post",
};

export function isWebhookEventType(v: unknown): v is WebhookEventType {
  return typeof v === "string" && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(v);
}

/** Records `type` with its `data` (ids and plain values: no personal details) inside `tx`. */
export async function emitEvent(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  type: WebhookEventType,
  data: Record<string, string | number | boolean | null>,
): Promise<void> {
  await tx.outboundEvent.create({ data: { workspaceId, type, data }, select: { id: true } });
}
