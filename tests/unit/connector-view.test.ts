// Settings → Connectors' account view: times in the workspace's zone, and a token's "Expires on" as
// the day that was typed (kept as that day's UTC midnight), not that instant in the workspace's zone.
import { describe, expect, it } from "vitest";

import { connectorAccountView } from "@/components/connectors/connector-view";
import type { ConnectorAccountRow } from "@/lib/connectors/accounts";

const row: ConnectorAccountRow = {
  id: "acc1",
  platform: "instagram",
  authKind: "facebook_login",
  externalId: "17841400000000001",
  name: "Brand IG",
  status: "connected",
  expiresAt: new Date("2027-01-31T00:00:00Z"),
  lastError: null,
  lastSyncedAt: new Date("2026-12-03T22:30:00Z"),
  retryAfter: null,
  createdAt: new Date("2026-11-01T09:00:00Z"),
  disconnectedAt: null,
  _count: { posts: 4 },
} as ConnectorAccountRow;

describe("connectorAccountView", () => {
  it("shows the typed expiry day west of UTC, where the instant falls on the day before", () => {
    const v = connectorAccountView(row, "America/Los_Angeles");
    expect(v.expiresText).toBe("Jan 31, 2027");
    expect(v.lastSyncedText).toBe("Dec 3, 2026, 2:30 PM");
  });

  it("shows the same expiry day east of UTC, and the sync time in that zone", () => {
    const v = connectorAccountView(row, "Pacific/Auckland");
    expect(v.expiresText).toBe("Jan 31, 2027");
    expect(v.lastSyncedText).toBe("Dec 4, 2026, 11:30 AM");
  });

  it("says nothing for what has not happened", () => {
    const v = connectorAccountView({ ...row, expiresAt: null, lastSyncedAt: null }, "UTC");
    expect(v).toMatchObject({ expiresText: null, lastSyncedText: null, retryAfterText: null, posts: 4, platform: "instagram" });
  });
});
