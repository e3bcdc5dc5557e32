import { describe, expect, it } from "vitest";

import { describeAudit } from "@/lib/workspaces/audit-describe";

const d = (action: string, metadata: unknown = {}, tz = "UTC") => describeAudit({ action, metadata }, tz);

describe("describeAudit: the audit log in words", () => {
  it("status changes read as from → to with labels", () => {
    expect(d("campaign.status_changed", { from: "draft", to: "active" })).toEqual({
      title: "Campaign status changed",
      details: ["Draft → Active"],
      byInfluencer: false,
    });
    expect(d("collaboration.status_changed", { from: "invited", to: "accepted", actor: "influencer" })).toEqual({
      title: "Collaboration status changed",
      details: ["Invited → Accepted, by the influencer"],
      byInfluencer: true,
    });
    expect(
      d("collaboration.status_changed", { from: "in_review", to: "changes_requested", actor: "brand", note: "Add #ad" }).details,
    ).toEqual(["In review → Changes requested", "Note: Add #ad"]);
    expect(d("member.role_changed", { from: "member", to: "admin" }).details).toEqual(["Member → Admin"]);
  });

  it("settings changes list only what changed", () => {
    const r = d("workspace.updated", {
      before: { name: "Glow", slug: "glow", timeZone: "UTC" },
      after: { name: "Glow Labs", slug: "glow", timeZone: "Europe/Paris" },
    });
    expect(r.details).toEqual(["Name: Glow → Glow Labs", "Time zone: UTC → Europe/Paris"]);
  });

  it("dates in the workspace's time zone; counts with units", () => {
    expect(d("collaboration.invite_issued", { expiresAt: "2030-07-31T06:59:59.999Z" }, "America/Los_Angeles").details).toEqual([
      "Works until Jul 30, 2030, 11:59 PM",
    ]);
    expect(d("influencers.import", { fileName: "roster.csv", totalRows: 1200 }).details).toEqual(["roster.csv", "1,200 rows"]);
    expect(d("influencers.deleted", { count: 1 }).details).toEqual(["1 influencer"]);
    expect(d("brief.sent", { version: 2, score: 95 }).details).toEqual(["Version 2, completeness 95/100"]);
    expect(d("outreach.sender_updated", { fromAddress: "sam@glow.test", dailySendLimit: 100, followUpDays: 5 }).details).toEqual([
      "From sam@glow.test, 100 a day, follow up after 5 days",
    ]);
  });

  it("an unknown action still reads as a title and Key: value lines (only a nested value stays compact JSON)", () => {
    const r = d("test.seeded_thing", { tenantName: "A", tags: ["x", "y"], nested: { a: 1 } });
    expect(r.title).toBe("Test seeded thing");
    expect(r.details).toEqual(["Tenant name: A", "Tags: x, y", 'Nested: {"a":1}']);
    expect(d("campaign.updated", null)).toEqual({ title: "Campaign edited", details: [], byInfluencer: false });
    expect(d("portal.question").byInfluencer).toBe(true);
  });

  it("API keys and webhook endpoints read by name and address, not as generic titles", () => {
    expect(
      d(
        "api_key.created",
        { name: "Zapier", scopes: ["campaigns:read", "reports:read"], expiresAt: "2030-07-31T06:59:59.999Z" },
        "America/Los_Angeles",
      ),
    ).toEqual({
      title: "API key “Zapier” created with scopes campaigns:read, reports:read",
      details: ["Expires Jul 30, 2030, 11:59 PM"],
      byInfluencer: false,
    });
    expect(d("api_key.created", { name: "BI", scopes: ["reports:read"], expiresAt: null }).details).toEqual(["Never expires"]);
    expect(d("api_key.revoked", { name: "Zapier" })).toEqual({ title: "API key “Zapier” revoked", details: [], byInfluencer: false });
    // Entries written before the name was recorded still read as a sentence.
    expect(d("api_key.revoked").title).toBe("API key revoked");
    expect(d("webhooks.endpoint_created", { url: "https://hooks.example.com/in", events: ["post.live", "contract.signed"] })).toEqual({
      title: "Webhook endpoint https://hooks.example.com/in added",
      details: ["Events: post.live, contract.signed"],
      byInfluencer: false,
    });
    expect(d("webhooks.endpoint_updated", { url: "https://hooks.example.com/in", events: ["post.live"], enabled: false }).details).toEqual([
      "Events: post.live",
      "Disabled",
    ]);
    expect(d("webhooks.endpoint_deleted", { url: "https://hooks.example.com/in" }).title).toBe(
      "Webhook endpoint https://hooks.example.com/in deleted",
    );
    expect(
      d("webhooks.secret_rotated", { url: "https://hooks.example.com/in", previousSecretExpiresAt: "2030-07-31T06:59:59.999Z" }),
    ).toEqual({
      title: "Signing secret of webhook endpoint https://hooks.example.com/in rotated",
      details: ["The old secret signs too until Jul 31, 2030, 6:59 AM"],
      byInfluencer: false,
    });
    expect(d("webhooks.secret_rotated").title).toBe("Webhook signing secret rotated");
    expect(d("webhooks.redelivered", { deliveryId: "d1", eventId: "evt_1" })).toEqual({
      title: "Webhook delivery sent again",
      details: ["Event evt_1"],
      byInfluencer: false,
    });
  });
});
