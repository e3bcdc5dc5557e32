// The Links page's list on a real Postgres: filters by campaign and status, totals over the whole
// filter, sort by clicks, keyset pages that neither skip nor repeat a link, and the CSV export.
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportCsv } from "@/app/api/w/[workspaceSlug]/links/export/route";
import { db } from "@/lib/db";
import { newClickId } from "@/lib/tracking/click-id";
import { filteredLinks, linkListPage, linkListQuerySchema } from "@/lib/tracking/link-list";
import { createLink, setLinkExpiry, setLinkPaused } from "@/lib/tracking/links";
import { writeClicks } from "@/lib/tracking/recorder";

import { createInvitedCollaboration } from "../fixtures/campaign-factories";
import { createUser, createWorkspaceWith } from "../fixtures/factories";
import { actAs } from "./session-double";

let w: string;
let slug: string;
let owner: { id: string; email: string; name: string | null };
let campaignA: string;
let campaignB: string;
const ids: Record<string, string> = {};

function newLink(collaborationId: string) {
  return createLink({
    workspaceId: w,
    actorId: owner.id,
    input: {
      collaborationId,
      deliverableId: null,
      destinationUrl: "https://shop.example/p",
      utmSource: null,
      utmMedium: null,
      utmCampaign: null,
      utmContent: null,
      expiresAt: null,
      fallbackUrl: null,
    },
  });
}

async function clicks(linkId: string, collaborationId: string, n: number) {
  const at = new Date();
  await writeClicks(
    Array.from({ length: n }, (_, i) => ({
      workspaceId: w,
      id: newClickId(at.getTime()),
      linkId,
      collaborationId,
      at,
      country: null,
      device: null,
      browser: null,
      os: null,
      referrerDomain: null,
      isBot: false,
      visitorHash: `visitor-${i}`,
    })),
  );
}

beforeAll(async () => {
  const user = await createUser();
  owner = user;
  const { workspace } = await createWorkspaceWith({ owner: user });
  w = workspace.id;
  slug = workspace.slug;
  const a = await createInvitedCollaboration(w, user.id);
  const b = await createInvitedCollaboration(w, user.id);
  campaignA = a.campaignId;
  campaignB = b.campaignId;
  // Campaign A: five links with 0..4 clicks, one paused, one expired. Campaign B: one link, 9 clicks.
  for (let i = 0; i < 5; i++) {
    const l = await newLink(a.collaborationId);
    ids[`a${i}`] = l.id;
    await clicks(l.id, a.collaborationId, i);
  }
  await setLinkPaused({ workspaceId: w, actorId: user.id, linkId: ids.a1!, paused: true });
  await setLinkExpiry({ workspaceId: w, actorId: user.id, linkId: ids.a2!, expiresAt: new Date(Date.now() - 60_000), fallbackUrl: null });
  const lb = await newLink(b.collaborationId);
  ids.b0 = lb.id;
  await clicks(lb.id, b.collaborationId, 9);
});

const q = (raw: Record<string, string>) => linkListQuerySchema.parse(raw);

describe("Links page list", () => {
  it("filters by campaign and status, with totals over the filter", async () => {
    const all = await filteredLinks({ workspaceId: w, query: q({}) });
    expect(all.totals).toEqual({ links: 6, total: 19, unique: 19, bots: 0 });
    const a = await filteredLinks({ workspaceId: w, query: q({ campaign: campaignA }) });
    expect(a.rows.map((r) => r.id).sort()).toEqual([ids.a0, ids.a1, ids.a2, ids.a3, ids.a4].sort());
    expect(a.totals.total).toBe(10);
    expect((await filteredLinks({ workspaceId: w, query: q({ status: "paused" }) })).rows.map((r) => r.id)).toEqual([ids.a1]);
    expect((await filteredLinks({ workspaceId: w, query: q({ status: "expired" }) })).rows.map((r) => r.id)).toEqual([ids.a2]);
    const active = await filteredLinks({ workspaceId: w, query: q({ status: "active", campaign: campaignB }) });
    expect(active.rows.map((r) => [r.id, r.status])).toEqual([[ids.b0, "active"]]);
  });

  it("drops unknown filter values and refuses a campaign of another workspace", async () => {
    expect(q({ status: "deleted", sort: "random" })).toEqual({ campaign: undefined, status: undefined, sort: "newest", after: undefined });
    const other = await createWorkspaceWith();
    await expect(filteredLinks({ workspaceId: other.workspace.id, query: q({ campaign: campaignA }) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("sorts by clicks and pages by keyset without skipping or repeating", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await linkListPage({ workspaceId: w, query: q({ sort: "clicks", ...(after ? { after } : {}) }), pageSize: 4 });
      seen.push(...page.rows.map((r) => r.id));
      expect(page.totals.links).toBe(6);
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual([ids.b0, ids.a4, ids.a3, ids.a2, ids.a1, ids.a0]);
    const newest = await linkListPage({ workspaceId: w, query: q({}), pageSize: 5 });
    expect(newest.rows[0]!.id).toBe(ids.b0);
    const rest = await linkListPage({ workspaceId: w, query: q({ after: newest.next! }), pageSize: 5 });
    expect(rest.rows.map((r) => r.id)).toEqual([ids.a0]);
    expect(rest.next).toBeNull();
  });

  it("exports the filter as CSV with each link's clicks", async () => {
    actAs(owner);
    const res = await exportCsv(new Request(`http://test/api/w/${slug}/links/export?campaign=${campaignB}`), {
      params: Promise.resolve({ workspaceSlug: slug }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("short_url,code,destination,campaign,influencer,status,created_at,clicks,unique_clicks,bot_clicks");
    expect(lines).toHaveLength(2);
    const code = (await db.trackingLink.findFirstOrThrow({ where: { workspaceId: w, id: ids.b0 } })).code;
    expect(lines[1]).toContain(`/r/${code},${code},https://shop.example/p`);
    expect(lines[1]).toMatch(/,active,.*,9,9,0$/);
  });
});
