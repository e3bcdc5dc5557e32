/**
 * The collaboration status machine: which status may follow which, and who may move it.
 *
 * Pure module. The transitions are data (`COLLABORATION_TRANSITIONS`); everything else reads them.
 *
 *   invited ──influencer──▶ accepted | declined
 *   accepted ──brand or influencer──▶ drafting
 *       (the brand can open drafting, or the service moves it, with actor "influencer", when the
 *        influencer starts a draft; a submission from "accepted" therefore goes accepted → drafting
 *        → in_review, two transitions — there is no accepted → in_review shortcut)
 *   drafting ──influencer──▶ in_review                       (submits a draft)
 *   in_review ──brand or client──▶ changes_requested | approved
 *   changes_requested ──influencer──▶ in_review              (resubmits)
 *   approved ──influencer──▶ live                            (with the live post's URL: `requiresLiveUrl`)
 *   live ──brand──▶ completed
 *
 * Cancelling (our decision, beyond the spec's list): the brand may cancel any collaboration that
 * has not been approved yet — invited, accepted, drafting, in_review, changes_requested →
 * cancelled — so a stalled collaboration can always be closed. Once content is approved or live it
 * can no longer be cancelled here; ending it then is a contract matter (kill fee, takedown).
 * The client role reviews content only; it never cancels. Influencers leave by declining an
 * invitation; after accepting, they ask the brand to cancel.
 *
 * declined, completed and cancelled are terminal. Moving to the same status is not a transition.
 * Unknown statuses or actors (e.g. a bad string from the database) are refused: fail closed.
 */

export const COLLABORATION_STATUSES = [
  "invited",
  "accepted",
  "declined",
  "drafting",
  "in_review",
  "changes_requested",
  "approved",
  "live",
  "completed",
  "cancelled",
] as const;
export type CollaborationStatus = (typeof COLLABORATION_STATUSES)[number];

export const COLLABORATION_ACTORS = ["brand", "influencer", "client"] as const;
export type CollaborationActor = (typeof COLLABORATION_ACTORS)[number];

export const STATUS_LABELS: Record<CollaborationStatus, string> = {
  invited: "Invited",
  accepted: "Accepted",
  declined: "Declined",
  drafting: "Drafting",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  live: "Live",
  completed: "Completed",
  cancelled: "Cancelled",
};

const ACTOR_LABELS: Record<CollaborationActor, string> = {
  brand: "the brand",
  influencer: "the influencer",
  client: "the client",
};

export const TERMINAL_STATUSES: readonly CollaborationStatus[] = ["declined", "completed", "cancelled"];

export interface CollaborationTransition {
  from: CollaborationStatus;
  to: CollaborationStatus;
  actors: readonly CollaborationActor[];
}

export const COLLABORATION_TRANSITIONS: readonly CollaborationTransition[] = [
  { from: "invited", to: "accepted", actors: ["influencer"] },
  { from: "invited", to: "declined", actors: ["influencer"] },
  { from: "accepted", to: "drafting", actors: ["brand", "influencer"] },
  { from: "drafting", to: "in_review", actors: ["influencer"] },
  { from: "in_review", to: "changes_requested", actors: ["brand", "client"] },
  { from: "in_review", to: "approved", actors: ["brand", "client"] },
  { from: "changes_requested", to: "in_review", actors: ["influencer"] },
  { from: "approved", to: "live", actors: ["influencer"] },
  { from: "live", to: "completed", actors: ["brand"] },
  { from: "invited", to: "cancelled", actors: ["brand"] },
  { from: "accepted", to: "cancelled", actors: ["brand"] },
  { from: "drafting", to: "cancelled", actors: ["brand"] },
  { from: "in_review", to: "cancelled", actors: ["brand"] },
  { from: "changes_requested", to: "cancelled", actors: ["brand"] },
];

export function isCollaborationStatus(value: unknown): value is CollaborationStatus {
  return typeof value === "string" && (COLLABORATION_STATUSES as readonly string[]).includes(value);
}

function findTransition(from: string, to: string): CollaborationTransition | undefined {
  return COLLABORATION_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** True when `actor` may move a collaboration from `from` to `to`. False for unknown values. */
export function canTransition(from: CollaborationStatus, to: CollaborationStatus, actor: CollaborationActor): boolean {
  return findTransition(from, to)?.actors.includes(actor) ?? false;
}

/** The statuses `actor` may move to from `from`, in `COLLABORATION_TRANSITIONS` order ([] if none). */
export function nextStatuses(from: CollaborationStatus, actor: CollaborationActor): CollaborationStatus[] {
  return COLLABORATION_TRANSITIONS.filter((t) => t.from === from && t.actors.includes(actor)).map((t) => t.to);
}

/** Going live needs the URL of the published content; the service must check it is present. */
export function requiresLiveUrl(from: CollaborationStatus, to: CollaborationStatus): boolean {
  return from === "approved" && to === "live";
}

function label(status: string): string {
  return isCollaborationStatus(status) ? STATUS_LABELS[status] : `"${status}"`;
}

function actorLabel(actor: string): string {
  return (ACTOR_LABELS as Record<string, string>)[actor] ?? `"${actor}"`;
}

function joinActors(actors: readonly CollaborationActor[]): string {
  const names = actors.map((a) => ACTOR_LABELS[a]);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/**
 * Refused transition. `code` lets the boundary map it (e.g. to 409) like any other expected error.
 * Messages: "Can't move from Invited to Approved." when no one may; "Only the brand or the client
 * can move from In review to Approved." when the transition exists but not for this actor.
 */
export class IllegalTransitionError extends Error {
  readonly code = "ILLEGAL_TRANSITION";
  readonly from: string;
  readonly to: string;
  readonly actor: string;

  constructor(from: string, to: string, actor: string) {
    const transition = findTransition(from, to);
    let message: string;
    if (from === to) message = `Can't move from ${label(from)} to ${label(to)}: it is already ${label(to)}.`;
    else if (!transition) message = `Can't move from ${label(from)} to ${label(to)}.`;
    else message = `Only ${joinActors(transition.actors)} can move from ${label(from)} to ${label(to)}, not ${actorLabel(actor)}.`;
    super(message);
    this.name = "IllegalTransitionError";
    this.from = from;
    this.to = to;
    this.actor = actor;
  }
}

/** Throws `IllegalTransitionError` unless `canTransition(from, to, actor)`. */
export function assertTransition(from: CollaborationStatus, to: CollaborationStatus, actor: CollaborationActor): void {
  if (!canTransition(from, to, actor)) throw new IllegalTransitionError(from, to, actor);
}
