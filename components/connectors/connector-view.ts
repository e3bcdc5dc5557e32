// What Settings → Connectors shows of an account, built on the server: its times as text in the
// workspace's zone (README "Times and figures inside client components are the server's text").
import type { ConnectorAccountRow } from "@/lib/connectors/accounts";
import { formatDateTime, formatZonedDate } from "@/lib/time-zone";

import type { ConnectorAccountView } from "./connector-accounts";

export function connectorAccountView(a: ConnectorAccountRow, timeZone: string): ConnectorAccountView {
  const when = (d: Date | null) => (d ? formatDateTime(d, timeZone) : null);
  return {
    id: a.id,
    platform: a.platform === "youtube" ? "youtube" : "instagram",
    authKind: a.authKind,
    externalId: a.externalId,
    name: a.name,
    status: a.status,
    posts: a._count.posts,
    // "Expires on" is a day typed into the form, kept as that day's UTC midnight: shown as that day,
    // not as the instant in the workspace's zone (the day before, west of UTC).
    expiresText: a.expiresAt ? formatZonedDate(a.expiresAt, "UTC") : null,
    lastError: a.lastError,
    lastSyncedText: when(a.lastSyncedAt),
    retryAfterText: when(a.retryAfter),
    createdAt: a.createdAt.toISOString(),
  };
}
