/** Outreach, the pure parts: the first-message linter and merge-field rendering. */
export {
  blockingErrors,
  describePlaceholders,
  lintOutreachMessage,
  OUTREACH_FINDING_CODES,
  OUTREACH_FINDING_SEVERITY,
  OUTREACH_FINDING_TITLES,
  OUTREACH_FINDING_WEIGHTS,
  OUTREACH_LIMITS,
  OUTREACH_NOT_OVERRIDABLE,
  overridableErrors,
  unfilledPlaceholders,
  type LintOutreachInput,
  type OutreachFinding,
  type OutreachFindingCode,
  type OutreachLintResult,
  type OutreachSeverity,
} from "./lint";
export { lintOutreachInputSchema } from "./lint-schema";
export {
  firstNameOf,
  MERGE_FIELDS,
  renderTemplate,
  type MergeField,
  type MergeFieldKey,
  type MergeValues,
  type RenderedTemplate,
} from "./merge-fields";
export { draftFollowUp, type FollowUpDraftInput } from "./follow-up-draft";
export {
  adjacentStage,
  PIPELINE_STAGES,
  positionBetween,
  STAGE_LABELS,
  stageAfterReply,
  stageAfterSend,
  type PipelineStageKey,
} from "./stages";
