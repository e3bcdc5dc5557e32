// Settings → API keys, Webhooks, Connectors and Stores, and the Conversions table show times as the
// server's text (README "Times and figures inside client components are the server's text"): the page
// (or, for the Conversions table, a server component itself) formats each instant in the workspace's zone, en-US as everywhere else ("Dec 3, 2026, 2:05 PM"), and
// the component prints that text as it is, whatever zone the process rendering it (the reader's
// browser, when it hydrates) is in.
import { readFileSync } from "node:fs";
import path from "node:path";

import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ApiKeys, type ApiKeyView } from "@/components/api-keys/key-manager";
import { ConnectorAccounts, type ConnectorAccountView } from "@/components/connectors/connector-accounts";
import { ConversionsTable } from "@/components/conversions/conversions-table";
import { StoreConnections, type StoreRow } from "@/components/conversions/store-connections";
import { WebhookEndpoints, type DeliveryView, type EndpointView } from "@/components/webhooks/webhook-endpoints";
import type { ConversionRow } from "@/lib/conversions/queries";
import { formatDateTime, formatDateTimeSeconds } from "@/lib/time-zone";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, prefetch() {} }) }));
const { ok } = vi.hoisted(() => ({ ok: async () => ({ ok: true as const, data: null }) }));
vi.mock("@/app/(app)/actions/api-keys", () => ({ createApiKeyAction: ok, revokeApiKeyAction: ok }));
vi.mock("@/app/(app)/actions/conversions", () => ({ connectStoreAction: ok, disconnectStoreAction: ok }));
vi.mock("@/app/(app)/actions/connectors", () => ({
  connectConnectorAction: ok,
  disconnectConnectorAction: ok,
  replaceConnectorTokenAction: ok,
}));
vi.mock("@/app/(app)/actions/webhooks", () => ({
  createWebhookEndpointAction: ok,
  deleteWebhookEndpointAction: ok,
  redeliverWebhookAction: ok,
  rotateWebhookSecretAction: ok,
  updateWebhookEndpointAction: ok,
}));

// 2026-12-03 14:05:09 UTC, as the page formats it for a workspace in UTC.
const AT = Date.UTC(2026, 11, 3, 14, 5, 9);
const TEXT = formatDateTime(AT, "UTC");
const TEXT_SECONDS = formatDateTimeSeconds(AT, "UTC");

const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

/** The element's HTML rendered in each of these process zones: the same for every one, or the test fails. */
function render(el: ReactElement): string {
  const html = ["UTC", "America/Los_Angeles", "Pacific/Auckland"].map((zone) => {
    process.env.TZ = zone;
    return renderToStaticMarkup(el);
  });
  expect(new Set(html).size).toBe(1);
  return html[0]!;
}

const apiKey: ApiKeyView = {
  id: "key1",
  name: "Store sync",
  prefix: "mc_live_abcd",
  scopes: ["campaigns:read"],
  createdText: TEXT,
  createdBy: "Ada",
  expiresAt: null,
  expiresText: null,
  revokedAt: null,
  lastUsedText: "Jan 5, 2027, 9:00 AM",
};

describe("times in client components are the page's text", () => {
  it("the page's formatter is the app's en-US one", () => {
    expect(TEXT).toMatch(/^Dec 3, 2026, 2:05\sPM$/);
    expect(TEXT_SECONDS).toMatch(/^Dec 3, 2026, 2:05:09\sPM$/);
  });

  it("API keys: created and last used as passed, “never” for a key never used and one that never expires", () => {
    const html = render(
      createElement(ApiKeys, {
        slug: "acme",
        areas: [],
        keys: [apiKey, { ...apiKey, id: "key2", name: "BI export", createdText: "Nov 1, 2026, 8:00 AM", lastUsedText: null }],
      }),
    );
    expect(html).toContain(`Created ${TEXT} by Ada · Last used: Jan 5, 2027, 9:00 AM · Expires: never`);
    expect(html).toContain("Created Nov 1, 2026, 8:00 AM by Ada · Last used: never · Expires: never");
    expect(html).not.toMatch(/\d Dec 2026/);
  });

  it("stores: the last delivery as passed, “never” before the first", () => {
    const store: StoreRow = {
      id: "s1",
      kind: "shopify",
      name: "Main shop",
      shopDomain: null,
      webhookUrl: null,
      createdAt: new Date(AT).toISOString(),
      lastEventText: TEXT,
      disconnectedAt: null,
      orders: 3,
    };
    const html = render(
      createElement(StoreConnections, {
        slug: "acme",
        canEdit: false,
        stores: [store, { ...store, id: "s2", name: "Outlet", lastEventText: null, orders: 1 }],
      }),
    );
    expect(html).toContain(`Last delivery: ${TEXT} · 3 orders`);
    expect(html).toContain("Last delivery: never · 1 order");
  });

  it("connectors: last sync, token expiry and next try as passed", () => {
    const account: ConnectorAccountView = {
      id: "a1",
      platform: "youtube",
      authKind: "api_key",
      externalId: "",
      name: "Brand key",
      status: "needs_reauth",
      posts: 2,
      expiresText: "Jan 31, 2027",
      lastError: "The token was refused.",
      lastSyncedText: TEXT,
      retryAfterText: "Dec 3, 2026, 5:05 PM",
      createdAt: new Date(AT).toISOString(),
    };
    const html = render(createElement(ConnectorAccounts, { slug: "acme", canEdit: false, disabled: false, accounts: [account] }));
    expect(html).toContain(`Last sync: ${TEXT} · 2 posts · token expires Jan 31, 2027`);
    expect(html).toContain("The token was refused. Next try after Dec 3, 2026, 5:05 PM.");
  });

  it("webhooks: failing since, and each delivery's attempts with their seconds, as passed", () => {
    const endpoint: EndpointView = {
      id: "e1",
      url: "https://hooks.example.com/in",
      description: "",
      events: ["draft.submitted"],
      enabled: true,
      failingSinceText: TEXT_SECONDS,
      disabledText: null,
      disabledReason: null,
      createdAt: new Date(AT).toISOString(),
      secretRotatedAt: null,
    };
    const delivery: DeliveryView = {
      id: "d1",
      endpointId: "e1",
      eventId: "ev1",
      type: "draft.submitted",
      status: "pending",
      attempts: 1,
      nextAttemptText: "Dec 3, 2026, 2:10:09 PM",
      lastAttemptText: TEXT_SECONDS,
      responseStatus: 500,
      durationMs: 120,
      error: null,
      redelivery: false,
      createdText: "Dec 3, 2026, 2:05:00 PM",
    };
    const html = render(
      createElement(WebhookEndpoints, {
        slug: "acme",
        endpoints: [endpoint],
        deliveries: [delivery, { ...delivery, id: "d2", status: "succeeded", nextAttemptText: null, lastAttemptText: null }],
      }),
    );
    expect(html).toContain(`Failing since ${TEXT_SECONDS}`);
    expect(html).toContain(`<td class="py-1 pr-2">${TEXT_SECONDS}</td><td class="py-1 pr-2">Dec 3, 2026, 2:10:09 PM</td>`);
    expect(html).toContain(`<td class="py-1 pr-2">never</td><td class="py-1 pr-2">none</td>`);
    expect(html).toContain('aria-label="Redeliver draft.submitted of Dec 3, 2026, 2:05:00 PM"');
  });

  it("conversions: each order's time in the zone passed (a server component: it formats itself)", () => {
    const row: ConversionRow = {
      id: "c1",
      externalId: "ext-1",
      orderNumber: "#1001",
      orderedAt: new Date(AT).toISOString(),
      currency: "USD",
      amountMinor: 4_500,
      refundedMinor: 0,
      netMinor: 4_500,
      status: "paid",
      discountCodes: [],
      attributedBy: "none",
      attributionReason: "No click or code matched.",
      collaborationId: null,
      connection: { name: "Main shop", kind: "shopify" },
      connectionName: "Main shop",
      campaign: null,
      influencer: null,
    };
    const html = render(createElement(ConversionsTable, { slug: "acme", rows: [row], timeZone: "UTC" }));
    expect(html.split(`${TEXT} · Main shop`)).toHaveLength(3); // the phone's card and the table's row
  });

  it("none of these components formats an instant itself", () => {
    for (const file of [
      "components/api-keys/key-manager.tsx",
      "components/webhooks/webhook-endpoints.tsx",
      "components/connectors/connector-accounts.tsx",
      "components/conversions/store-connections.tsx",
      "components/conversions/conversions-table.tsx",
    ]) {
      const src = readFileSync(path.join(import.meta.dirname, "../..", file), "utf8");
      expect(src, file).not.toMatch(/dateTimeFormat|Intl\.|toLocale|en-GB/);
    }
  });
});
