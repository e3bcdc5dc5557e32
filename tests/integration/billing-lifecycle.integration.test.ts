// Billing around the edges, against the local fake Stripe on a real Postgres: the limits of report
// share links and of metric connector accounts (checked in the services that create them), and
// deleting a workspace with a live subscription (cancelled at Stripe first, or refused).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { connectConnector } from "@/lib/connectors/accounts";
import { connectConnectorSchema } from "@/lib/connectors/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { stopJobs } from "@/lib/jobs";
import { createShareLink, revokeShareLink } from "@/lib/reports/share-links";
import { deleteWorkspace } from "@/lib/workspaces/crud";

import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { FAKE_PRICES, fakeStripeEnv, startFakeStripe, type FakeStripe } from "../fixtures/fake-stripe";
import { createTenant, type Tenant } from "../fixtures/tenant";

let fake: FakeStripe;
const saved = { ...env };
let t: Tenant;

beforeAll(async () => {
  fake = await startFakeStripe();
  Object.assign(env, fakeStripeEnv(fake.url));
  t = await createTenant("Life");
}, 120_000);
afterAll(async () => {
  Object.assign(env, saved);
  await stopJobs();
  await fake.close();
});

const youtube = (name: string) =>
  connectConnectorSchema.parse({ platform: "youtube", authKind: "api_key", name, token: "AIzaSyTestTokenValue0123456789", expiresAt: "" });

describe("limits of report share links and metric connectors (Free plan)", () => {
  it("a second live share link is refused with the limit, the usage and the plan that lifts it; a revoked one frees the slot", async () => {
    // The tenant (Free limits: its subscription is canceled) already has one live share link.
    const err = await createShareLink({ workspaceId: t.id, actorId: t.owner.id, input: { reportId: t.reportId, expiresInDays: 7 } }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({
      code: "PAYMENT_REQUIRED",
      message: "The Free plan allows 1 report share link and this workspace has 1. Upgrade to Pro (25 report share links) for more.",
    });
    const links = await db.reportShareLink.count({ where: { workspaceId: t.id } });
    await revokeShareLink({ workspaceId: t.id, actorId: t.owner.id, linkId: t.shareLinkId });
    await expect(
      createShareLink({ workspaceId: t.id, actorId: t.owner.id, input: { reportId: t.reportId, expiresInDays: 7 } }),
    ).resolves.toMatchObject({
      token: expect.any(String),
    });
    expect(await db.reportShareLink.count({ where: { workspaceId: t.id } })).toBe(links + 1);
  });

  it("a metric connector account counts with store connections against the connectors limit", async () => {
    const before = await db.connectorAccount.count({ where: { workspaceId: t.id } });
    const err = await connectConnector({ workspaceId: t.id, actorId: t.owner.id, input: youtube("Extra channel") }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({
      code: "PAYMENT_REQUIRED",
      message: expect.stringMatching(
        /^The Free plan allows 1 store or metric connector and this workspace has \d+\. Upgrade to Pro \(5 store or metric connectors\) for more\.$/,
      ),
    });
    expect(await db.connectorAccount.count({ where: { workspaceId: t.id } })).toBe(before);
  });

  it("on Agency (unlimited connectors and share links) both are allowed", async () => {
    await db.workspaceBilling.update({ where: { workspaceId: t.id }, data: { plan: "agency", status: "active" } });
    try {
      await expect(connectConnector({ workspaceId: t.id, actorId: t.owner.id, input: youtube("Agency channel") })).resolves.toBeTruthy();
      await expect(
        createShareLink({ workspaceId: t.id, actorId: t.owner.id, input: { reportId: t.reportId, expiresInDays: 0 } }),
      ).resolves.toBeTruthy();
    } finally {
      await db.workspaceBilling.update({ where: { workspaceId: t.id }, data: { plan: "free", status: "canceled" } });
    }
  });
});

describe("deleting a workspace with a subscription", () => {
  async function subscribed() {
    const owner = await createUser();
    const { workspace } = await createWorkspaceWith({ owner });
    const customer = `cus_${workspace.id}`;
    const sub = fake.setSubscription(customer, { status: "active", price: FAKE_PRICES.proMonthly });
    await db.workspaceBilling.create({
      data: { workspaceId: workspace.id, stripeCustomerId: customer, stripeSubscriptionId: sub.id, plan: "pro", status: "active" },
    });
    return { workspace, owner, sub };
  }

  it("cancels the live subscription at Stripe now, then deletes", async () => {
    const { workspace, owner, sub } = await subscribed();
    await deleteWorkspace({ workspaceId: workspace.id, slug: workspace.slug, confirm: workspace.slug, actorId: owner.id });
    expect(fake.subscriptions.get(sub.id)?.status).toBe("canceled");
    expect(fake.subscriptions.get(sub.id)?.metadata.cancellation_comment).toBe(`Workspace ${workspace.id} deleted by user ${owner.id}`);
    const cancel = fake.calls.find((c) => c.method === "DELETE" && c.path === `/v1/subscriptions/${sub.id}`);
    expect(cancel?.params).toMatchObject({ prorate: "false", invoice_now: "false" });
    expect(await db.workspace.count({ where: { id: workspace.id } })).toBe(0);
  });

  it("refuses, deleting nothing, when Stripe can't be reached", async () => {
    const { workspace, owner, sub } = await subscribed();
    Object.assign(env, { STRIPE_API_URL: "http://127.0.0.1:9" });
    try {
      await expect(
        deleteWorkspace({ workspaceId: workspace.id, slug: workspace.slug, confirm: workspace.slug, actorId: owner.id }),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("could not be cancelled at Stripe, so nothing was deleted"),
      });
    } finally {
      Object.assign(env, { STRIPE_API_URL: fake.url });
    }
    expect(await db.workspace.count({ where: { id: workspace.id } })).toBe(1);
    expect(fake.subscriptions.get(sub.id)?.status).toBe("active");
  }, 60_000);

  it("leaves a canceled subscription alone, and calls nothing with billing off", async () => {
    const { workspace, owner, sub } = await subscribed();
    fake.setSubscription(`cus_${workspace.id}`, { status: "canceled" });
    const calls = fake.calls.filter((c) => c.method === "DELETE").length;
    await deleteWorkspace({ workspaceId: workspace.id, slug: workspace.slug, confirm: workspace.slug, actorId: owner.id });
    expect(fake.calls.filter((c) => c.method === "DELETE").length).toBe(calls);
    expect(fake.subscriptions.get(sub.id)?.status).toBe("canceled");

    const other = await subscribed();
    Object.assign(env, { STRIPE_SECRET_KEY: undefined });
    const all = fake.calls.length;
    try {
      await deleteWorkspace({ workspaceId: other.workspace.id, slug: other.workspace.slug, confirm: other.workspace.slug });
    } finally {
      Object.assign(env, fakeStripeEnv(fake.url));
    }
    expect(fake.calls.length).toBe(all);
  });
});
