// Demo data: the "Demo Brand" workspace (slug `demo`) owned by demo@example.com. Idempotent, so it
// can run on any database (`npm run db:seed`). Later features add their demo records here.
import { hashPassword } from "../lib/auth/password";
import { db } from "../lib/db";
import { seedCampaigns } from "./seed-campaigns";
import { seedContracts } from "./seed-contracts";
import { seedConversions } from "./seed-conversions";
import { seedInfluencers } from "./seed-influencers";
import { seedMetrics } from "./seed-metrics";
import { seedOutreach } from "./seed-outreach";
import { seedTracking } from "./seed-tracking";

export const DEMO_EMAIL = "demo@example.com";
export const DEMO_PASSWORD = "demo-brand-2026";
export const DEMO_SLUG = "demo";

export async function seedDemo(opts: { log?: (m: string) => void } = {}) {
  const log = opts.log ?? console.log;
  const user = await db.user.upsert({
    where: { email: DEMO_EMAIL },
    update: {},
    create: { email: DEMO_EMAIL, name: "Dana Demo", passwordHash: await hashPassword(DEMO_PASSWORD), emailVerified: new Date() },
    select: { id: true },
  });
  const ws = await db.workspace.upsert({
    where: { slug: DEMO_SLUG },
    update: {},
    create: { slug: DEMO_SLUG, name: "Demo Brand", plan: "pro" },
    select: { id: true },
  });
  await db.membership.upsert({
    where: { workspaceId_userId: { workspaceId: ws.id, userId: user.id } },
    update: {},
    create: { workspaceId: ws.id, userId: user.id, role: "owner" },
  });
  await db.user.update({ where: { id: user.id }, data: { lastWorkspaceId: ws.id } });
  const hasLog = await db.auditLog.count({ where: { workspaceId: ws.id } });
  if (!hasLog) {
    await db.auditLog.create({
      data: {
        workspaceId: ws.id,
        actorId: user.id,
        action: "workspace.created",
        targetType: "workspace",
        targetId: ws.id,
        metadata: { seeded: true },
      },
    });
  }
  await seedInfluencers({ workspaceId: ws.id, userId: user.id, log });
  await seedOutreach({ workspaceId: ws.id, userId: user.id, log });
  await seedCampaigns({ workspaceId: ws.id, userId: user.id, log });
  await seedTracking({ workspaceId: ws.id, userId: user.id, log });
  await seedConversions({ workspaceId: ws.id, userId: user.id, log });
  await seedMetrics({ workspaceId: ws.id, userId: user.id, log });
  await seedContracts({ workspaceId: ws.id, userId: user.id, log });
  log(`Demo workspace ready: sign in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
  return { userId: user.id, workspaceId: ws.id };
}
