// Cross-tenant cases: the workspace itself, its members, invitations, audit log and notifications,
// and the workspace-wide pages (overview, settings, analytics, compliance). One row per route
// method, server action and page; see ../harness.ts for what every row is checked for.
import { randomBytes } from "node:crypto";

import { action, page, route, type CrossTenantCase } from "../harness";

const uid = () => randomBytes(4).toString("hex");
const API = "app/api/w/[workspaceSlug]";
const ACTIONS = "app/(app)/actions";
const PAGES = "app/(app)/w/[workspaceSlug]";

export const cases: CrossTenantCase[] = [
  route(`${API}/members/route.ts GET`),
  // The keyset cursor carries an audit-log id: another tenant's id must not page into its log.
  route(
    `${API}/audit-log/route.ts GET`,
    (t) => ({ query: `?before=${encodeURIComponent(`${new Date(Date.now() + 60_000).toISOString()},${t.audit.id}`)}` }),
    { needsIds: "OK_WITHOUT_LEAK" },
  ),
  route(`${API}/audit-log/route.ts GET (csv)`, () => ({ query: "?format=csv" })),

  action(`${ACTIONS}/members.ts#inviteMemberAction`, () => ({ email: `new-${uid()}@example.test`, role: "member" })),
  action(`${ACTIONS}/members.ts#revokeInvitationAction`, (t) => ({ invitationId: t.invitation.id })),
  action(`${ACTIONS}/members.ts#changeRoleAction`, (t) => ({ userId: t.member.id, role: "admin" })),
  action(`${ACTIONS}/members.ts#removeMemberAction`, (t) => ({ userId: t.member.id })),
  action(`${ACTIONS}/members.ts#leaveWorkspaceAction`),
  action(`${ACTIONS}/workspaces.ts#updateWorkspaceAction`, () => ({ name: "Renamed by a test", slug: `renamed-${uid()}` })),
  action(`${ACTIONS}/workspaces.ts#updateWorkspaceAction (time zone)`, () => ({ timeZone: "Pacific/Auckland" })),
  // Typing the slug is the confirmation: the attacker knows B's slug, so the gate is all that stops it.
  action(`${ACTIONS}/workspaces.ts#deleteWorkspaceAction`, (t) => ({ confirm: t.slug })),
  action(`${ACTIONS}/notifications.ts#markNotificationsReadAction`, (t) => ({ notificationId: t.notificationId })),
  action(`${ACTIONS}/notifications.ts#markNotificationsReadAction (all)`),

  page(`${PAGES}/page.tsx`),
  page(`${PAGES}/notifications/page.tsx`),
  page(`${PAGES}/analytics/page.tsx`),
  page(`${PAGES}/compliance/page.tsx`),
  page(`${PAGES}/settings/page.tsx`),
  page(`${PAGES}/settings/members/page.tsx`),
  page(`${PAGES}/settings/audit-log/page.tsx`),
  page(`${PAGES}/settings/sender/page.tsx`),
];
