import { expect, it } from "vitest";

import { db } from "@/lib/db";
import { seedCampaigns } from "@/prisma/seed-campaigns";

import { createWorkspaceWith } from "../fixtures/factories";

it("seeds a demo campaign with collaborations in several states and compliant and non-compliant drafts, once", async () => {
  const { workspace, owner } = await createWorkspaceWith();
  await seedCampaigns({ workspaceId: workspace.id, userId: owner.id, log: () => {} });
  await seedCampaigns({ workspaceId: workspace.id, userId: owner.id, log: () => {} });
  expect(await db.campaign.count({ where: { workspaceId: workspace.id } })).toBe(2);
  const statuses = (await db.collaboration.findMany({ where: { workspaceId: workspace.id }, select: { status: true } }))
    .map((c) => c.status)
    .sort();
  expect(statuses).toEqual(["changes_requested", "drafting", "in_review", "live"]);
  const drafts = await db.contentDraft.findMany({ where: { workspaceId: workspace.id }, select: { compliant: true } });
  expect(drafts.some((d) => d.compliant)).toBe(true);
  expect(drafts.some((d) => !d.compliant)).toBe(true);
  expect(await db.briefVersion.count({ where: { workspaceId: workspace.id } })).toBe(2);
});
