// Demo conversions: a Shopify connection on the demo workspace with a handful of orders on the
// "Spring SPF launch" collaborations — attributed by a click through a tracking link, by a discount
// code, unattributed — one refund (which arrived before its order, as stores sometimes send them)
// and one cancellation. Uses the collaborations' existing links and codes, creating one of each
// where there is none. Idempotent: skipped when the demo store exists.
import { applyOrder, applyRefund } from "../lib/conversions/apply";
import { connectStore } from "../lib/conversions/connections";
import type { OrderFacts } from "../lib/conversions/order";
import { db } from "../lib/db";
import { env } from "../lib/env";
import { newClickId } from "../lib/tracking/click-id";
import { createDiscountCode } from "../lib/tracking/discount-codes";
import { createLink } from "../lib/tracking/links";
import { writeClicks } from "../lib/tracking/recorder";
import { createDiscountCodeSchema, createLinkSchema } from "../lib/tracking/schemas";

const STORE_NAME = "Demo Shopify store";
const DAY = 86_400_000;

export async function seedConversions({
  workspaceId,
  userId,
  log = console.log,
}: {
  workspaceId: string;
  userId: string;
  log?: (m: string) => void;
}) {
  if (await db.storeConnection.count({ where: { workspaceId, name: STORE_NAME } })) return;
  // A production server seeding the demo (DB_SEED_DEMO) without ENCRYPTION_KEY can't seal the store's
  // secret: the rest of the demo is still worth having, so the store is left out, and said so.
  if (env.NODE_ENV === "production" && !env.ENCRYPTION_KEY) {
    log("Demo store skipped: set ENCRYPTION_KEY to seal its webhook secret (README, Conversions).");
    return;
  }
  const collabs = await db.collaboration.findMany({
    where: { workspaceId, campaign: { name: "Spring SPF launch" }, status: { in: ["live", "in_review", "changes_requested", "drafting"] } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 3,
  });
  if (collabs.length === 0) return;

  // A link and a code per collaboration: theirs if they have one, else a new one.
  const picks: { collaborationId: string; linkId: string; code: string }[] = [];
  for (const c of collabs) {
    const link =
      (await db.trackingLink.findFirst({
        where: { workspaceId, collaborationId: c.id },
        select: { id: true },
        orderBy: { createdAt: "asc" },
      })) ??
      (await createLink({
        workspaceId,
        actorId: userId,
        input: createLinkSchema.parse({ collaborationId: c.id, destinationUrl: "https://shop.example/spring-spf" }),
      }));
    const code =
      (await db.discountCode.findFirst({
        where: { workspaceId, collaborationId: c.id },
        select: { code: true },
        orderBy: { createdAt: "asc" },
      })) ??
      (await createDiscountCode({
        workspaceId,
        actorId: userId,
        input: createDiscountCodeSchema.parse({ collaborationId: c.id, pattern: "{NAME}15", description: "15% off" }),
      }));
    picks.push({ collaborationId: c.id, linkId: link.id, code: code.code });
  }

  // The clicks the orders name (one visitor each, a few days back).
  const now = Date.now();
  const clicks = picks.map((p, i) => ({
    workspaceId,
    id: newClickId(now - (12 - i) * DAY),
    linkId: p.linkId,
    collaborationId: p.collaborationId,
    at: new Date(now - (12 - i) * DAY),
    country: ["US", "GB", "DE"][i % 3]!,
    device: "mobile",
    browser: "Safari",
    os: "iOS",
    referrerDomain: "instagram.com",
    isBot: false,
    visitorHash: `demo-buyer-${i}`,
  }));
  await writeClicks(clicks);

  const store = await connectStore({
    workspaceId,
    actorId: userId,
    input: { kind: "shopify", name: STORE_NAME, shopDomain: "demo-brand.myshopify.com", secret: "demo-shopify-signing-secret" },
  });
  const scope = { workspaceId, connectionId: store.id };
  const order = (n: number, daysAgo: number, total: number, extra: Partial<OrderFacts> = {}): OrderFacts => ({
    externalId: String(5_100_000 + n),
    orderNumber: `#${1000 + n}`,
    orderedAt: new Date(now - daysAgo * DAY),
    currency: "USD",
    amountMinor: BigInt(total),
    status: "paid",
    discountCodes: [],
    clickId: null,
    lineItems: [{ title: "Daily Mineral SPF 50", quantity: Math.max(1, Math.round(total / 3200)), sku: "SPF-50", priceMinor: "3200" }],
    sourceUpdatedAt: new Date(now - daysAgo * DAY),
    refunds: [],
    ...extra,
  });
  const p = (i: number) => picks[i % picks.length]!;
  const orders: OrderFacts[] = [
    order(1, 11, 6400, { clickId: clicks[0]!.id }),
    order(2, 10, 3200, { clickId: clicks[1 % clicks.length]!.id, discountCodes: [p(1).code] }),
    order(3, 9, 9600, { discountCodes: [p(0).code.toLowerCase()] }),
    order(4, 7, 3200, { discountCodes: [p(2).code] }),
    order(5, 6, 4800, { clickId: clicks[2 % clicks.length]!.id }),
    order(6, 5, 2900),
    order(7, 3, 3200, { discountCodes: ["WELCOME10"] }),
    order(8, 2, 6400, { discountCodes: [p(1).code], status: "cancelled" }),
  ];
  await db.$transaction(async (tx) => {
    // The refund of order #1003 arrives first; the order counts it when it is applied.
    await applyRefund(tx, scope, { externalId: "9100001", externalOrderId: "5100003", amountMinor: 3200n, at: new Date(now - 8 * DAY) });
    for (const o of orders) await applyOrder(tx, scope, o);
  });
  await db.storeConnection.update({
    where: { workspaceId_id: { workspaceId, id: store.id } },
    data: { lastEventAt: new Date(now - 2 * DAY) },
  });
  log(`Demo conversions: ${orders.length} orders from ${STORE_NAME}`);
}
