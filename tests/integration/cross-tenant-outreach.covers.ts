// What tests/integration/cross-tenant-outreach.integration.test.ts covers, in the `covers` format of
// the main cross-tenant meta-test ("<route file> <METHOD>" / "<actions file>#<export>"), so that
// meta-test can count these as covered: `for (const c of OUTREACH_COVERS) covered.add(c)`.
export const OUTREACH_COVERS = [
  "app/(app)/actions/outreach.ts#updateSenderIdentityAction",
  "app/(app)/actions/outreach.ts#saveTemplateAction",
  "app/(app)/actions/outreach.ts#deleteTemplateAction",
  "app/(app)/actions/outreach.ts#queueMessagesAction",
  "app/(app)/actions/outreach.ts#cancelMessageAction",
  "app/(app)/actions/outreach.ts#retryMessageAction",
  "app/(app)/actions/outreach.ts#moveStageAction",
  "app/(app)/actions/outreach.ts#addToPipelineAction",
  "app/(app)/actions/outreach.ts#logReplyAction",
  "app/(app)/actions/outreach.ts#dismissFollowUpAction",
  "app/(app)/actions/outreach.ts#addNoteAction",
  "app/api/w/[workspaceSlug]/outreach/timeline/route.ts GET",
  "app/api/w/[workspaceSlug]/outreach/follow-ups/route.ts GET",
] as const;
