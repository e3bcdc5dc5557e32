import { expect, it } from "vitest";

import { db } from "@/lib/db";
import { createLink } from "@/lib/tracking/links";
import { createLinkSchema } from "@/lib/tracking/schemas";
import { seedCampaigns } from "@/prisma/seed-campaigns";
import { seedConversions } from "@/prisma/seed-conversions";

import { createWorkspaceWith } from "../fixtures/factories";

it("seeds a Shopify store with orders by click, by code and unattributed, a refund and a cancellation, once, beside existing links", async () => {
  const { workspace, owner } = await createWorkspaceWith();
  const w = workspace.id;
  await seedCampaigns({ workspaceId: w, userId: owner.id, log: () => {} });
  // Another seed (or a person) already made a link for the first collaboration: it is used, not duplicated.
  const first = await db.collaboration.findFirstOrThrow({
    where: { workspaceId: w, status: { in: ["live", "in_review", "changes_requested", "drafting"] } },
    orderBy: { createdAt: "asc" },
  });
  const existing = await createLink({
    workspaceId: w,
    actorId: owner.id,
    input: createLinkSchema.parse({ collaborationId: first.id, destinationUrl: "https://shop.example/x" }),
  });
  await seedConversions({ workspaceId: w, userId: owner.id, log: () => {} });
  await seedConversions({ workspaceId: w, userId: owner.id, log: () => {} });

  expect(await db.storeConnection.count({ where: { workspaceId: w } })).toBe(1);
  expect(await db.trackingLink.count({ where: { workspaceId: w, collaborationId: first.id } })).toBe(1);
  const orders = await db.conversion.findMany({ where: { workspaceId: w }, orderBy: { externalId: "asc" } });
  expect(orders).toHaveLength(8);
  const by = (k: string) => orders.filter((o) => o.attributedBy === k).length;
  expect([by("click"), by("code"), by("none")]).toEqual([3, 3, 2]);
  expect(orders.find((o) => o.linkId === existing.id)).toBeDefined();
  expect(orders.find((o) => o.orderNumber === "#1003")).toMatchObject({ refundedMinor: 3200n, attributedBy: "code" });
  expect(orders.find((o) => o.orderNumber === "#1008")).toMatchObject({ status: "cancelled" });
});
