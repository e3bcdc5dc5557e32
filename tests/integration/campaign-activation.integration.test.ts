// A draft campaign whose brief is out and whose post is live offers "Mark as active" on its page;
// one click (the action) makes it active and the offer goes away. Viewers aren't offered it.
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";

import { setCampaignStatusAction } from "@/app/(app)/actions/campaigns";
import CampaignPage from "@/app/(app)/w/[workspaceSlug]/campaigns/[campaignId]/page";
import { ActivateCampaign } from "@/components/campaigns/activate-campaign";
import { db } from "@/lib/db";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { addMember, createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

/** The props of the page's ActivateCampaign element, or null when the page doesn't offer it. */
async function offer(slug: string, campaignId: string): Promise<Record<string, unknown> | null> {
  const tree = await CampaignPage({ params: Promise.resolve({ workspaceSlug: slug, campaignId }) });
  const find = (node: ReactNode): Record<string, unknown> | null => {
    if (Array.isArray(node)) return node.map(find).find(Boolean) ?? null;
    if (!isValidElement(node)) return null;
    const el = node as ReactElement<Record<string, unknown> & { children?: ReactNode }>;
    if (el.type === ActivateCampaign) return el.props;
    return find(el.props.children);
  };
  return find(tree);
}

describe("campaign activation offer", () => {
  it("brief sent and a post live → offered with the live count; Mark as active → active, no more offer", async () => {
    const owner = await createUser();
    const { workspace } = await createWorkspaceWith({ owner });
    const c = await createInvitedCollaboration(workspace.id, owner.id);
    await db.collaboration.updateMany({ where: { workspaceId: workspace.id, id: c.collaborationId }, data: { status: "live" } });
    // Starts next month: the live post alone makes it evidently running.
    await db.campaign.updateMany({
      where: { workspaceId: workspace.id, id: c.campaignId },
      data: { startDate: new Date(Date.now() + 30 * 86_400_000) },
    });
    actAs(owner);
    expect(await offer(workspace.slug, c.campaignId)).toMatchObject({ campaignId: c.campaignId, livePosts: 1 });

    const res = await setCampaignStatusAction(workspace.slug, { campaignId: c.campaignId, status: "active" });
    expect(res).toEqual({ ok: true, data: { status: "active" } });
    expect((await db.campaign.findFirstOrThrow({ where: { workspaceId: workspace.id, id: c.campaignId } })).status).toBe("active");
    expect(await offer(workspace.slug, c.campaignId)).toBeNull();
  });

  it("brief sent, starting next month, nothing live → not offered; a viewer is never offered it", async () => {
    const owner = await createUser();
    const { workspace } = await createWorkspaceWith({ owner });
    const c = await createInvitedCollaboration(workspace.id, owner.id);
    actAs(owner);
    expect(await offer(workspace.slug, c.campaignId)).not.toBeNull(); // no start date: the brief going out is the start
    await db.campaign.updateMany({
      where: { workspaceId: workspace.id, id: c.campaignId },
      data: { startDate: new Date(Date.now() + 30 * 86_400_000) },
    });
    expect(await offer(workspace.slug, c.campaignId)).toBeNull();
    await db.campaign.updateMany({ where: { workspaceId: workspace.id, id: c.campaignId }, data: { startDate: null } });
    actAs(await addMember(workspace.id, "viewer"));
    expect(await offer(workspace.slug, c.campaignId)).toBeNull();
  });
});
