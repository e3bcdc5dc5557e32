// Cross-tenant cases: outreach — sender identity, templates, the send queue, pipeline, replies,
// follow-ups, timeline — and its pages. One row per route method, server action and page; see
// ../harness.ts. (The public opt-out link is token-scoped: outreach.integration.test.ts.)
import { goodBody, POST_URL } from "../../../fixtures/outreach";
import { action, page, route, type CrossTenantCase } from "../harness";

const API = "app/api/w/[workspaceSlug]/outreach";
const ACTIONS = "app/(app)/actions/outreach.ts";
const PAGES = "app/(app)/w/[workspaceSlug]/outreach";

const IDENTITY = {
  fromName: "Sam",
  fromAddress: "sam@brand.test",
  replyTo: "",
  brandName: "Glow Labs",
  brandLinks: ["glowlabs.com"],
  brandIntro: "",
  postalAddress: "1 Main St, Springfield",
  dailySendLimit: 50,
  followUpDays: 4,
};

export const cases: CrossTenantCase[] = [
  route(`${API}/timeline/route.ts GET`, (t) => ({ query: `?influencerId=${t.inf.id}` })),
  route(`${API}/follow-ups/route.ts GET`),

  action(`${ACTIONS}#updateSenderIdentityAction`, () => IDENTITY),
  action(`${ACTIONS}#saveTemplateAction (create)`, () => ({ name: "New", subject: "Hi", body: "Hello {{first_name}}" })),
  action(`${ACTIONS}#saveTemplateAction (update)`, (t) => ({ id: t.template.id, name: "Renamed", subject: "Hi", body: "Hello" })),
  action(`${ACTIONS}#deleteTemplateAction`, (t) => ({ id: t.template.id })),
  action(`${ACTIONS}#queueMessagesAction`, (t) => ({
    messages: [{ influencerId: t.inf.id, subject: "Paid reel?", body: goodBody("Sarah"), recentPostUrl: POST_URL, overrideReason: "test" }],
  })),
  action(`${ACTIONS}#queueMessagesAction (template)`, (t, own) => ({
    templateId: t.template.id,
    messages: [{ influencerId: own.inf.id, subject: "x", body: goodBody("Sarah"), overrideReason: "test" }],
  })),
  action(`${ACTIONS}#queueMessagesAction (follow-up)`, (t, own) => ({
    kind: "follow_up",
    parentId: t.sent.id,
    messages: [{ influencerId: own.inf.id, subject: "Re", body: goodBody("Sarah"), overrideReason: "test" }],
  })),
  action(`${ACTIONS}#cancelMessageAction`, (t) => ({ messageId: t.scheduled.id })),
  action(`${ACTIONS}#retryMessageAction`, (t) => ({ messageId: t.failed.id })),
  action(`${ACTIONS}#moveStageAction`, (t) => ({ entryId: t.entry.id, stage: "agreed" })),
  action(`${ACTIONS}#addToPipelineAction`, (t) => ({ influencerIds: [t.inf.id] })),
  action(`${ACTIONS}#logReplyAction`, (t) => ({ influencerId: t.inf.id, messageId: t.sent.id, body: "Sounds good!" })),
  action(`${ACTIONS}#logReplyAction (A's influencer, B's message)`, (t, own) => ({
    influencerId: own.inf.id,
    messageId: t.sent.id,
    body: "Sounds good!",
  })),
  action(`${ACTIONS}#dismissFollowUpAction`, (t) => ({ messageId: t.sent.id })),
  action(`${ACTIONS}#addNoteAction`, (t) => ({ influencerId: t.inf.id, body: "A note" })),

  page(`${PAGES}/page.tsx`),
  page(`${PAGES}/compose/page.tsx`),
  // Preselected recipients and a follow-up source are looked up in A: B's ids preselect nothing.
  page(`${PAGES}/compose/page.tsx (B's recipients)`, (t) => ({ searchParams: { ids: t.inf.id } }), { needsIds: "OK_WITHOUT_LEAK" }),
  page(`${PAGES}/compose/page.tsx (B's follow-up)`, (t) => ({ searchParams: { followUp: t.sent.id } }), { needsIds: "OK_WITHOUT_LEAK" }),
  page(`${PAGES}/follow-ups/page.tsx`),
  page(`${PAGES}/messages/page.tsx`),
  page(`${PAGES}/templates/page.tsx`),
];
