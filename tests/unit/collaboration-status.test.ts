import { describe, expect, it } from "vitest";

import {
  assertTransition,
  canTransition,
  COLLABORATION_ACTORS,
  COLLABORATION_STATUSES,
  COLLABORATION_TRANSITIONS,
  IllegalTransitionError,
  isCollaborationStatus,
  nextStatuses,
  requiresLiveUrl,
  STATUS_LABELS,
  TERMINAL_STATUSES,
  type CollaborationActor,
  type CollaborationStatus,
} from "@/lib/collaborations/status";

type Row = [CollaborationStatus, CollaborationStatus, CollaborationActor[]];

/** The whole machine, written out independently of the implementation's table. */
const LEGAL: Row[] = [
  ["invited", "accepted", ["influencer"]],
  ["invited", "declined", ["influencer"]],
  ["accepted", "drafting", ["brand", "influencer"]],
  ["drafting", "in_review", ["influencer"]],
  ["in_review", "changes_requested", ["brand", "client"]],
  ["in_review", "approved", ["brand", "client"]],
  ["changes_requested", "in_review", ["influencer"]],
  ["approved", "live", ["influencer"]],
  ["live", "completed", ["brand"]],
  ["invited", "cancelled", ["brand"]],
  ["accepted", "cancelled", ["brand"]],
  ["drafting", "cancelled", ["brand"]],
  ["in_review", "cancelled", ["brand"]],
  ["changes_requested", "cancelled", ["brand"]],
];

describe("collaboration status machine", () => {
  it.each(LEGAL.flatMap(([from, to, actors]) => actors.map((actor) => [from, to, actor] as const)))(
    "%s → %s is allowed for the %s",
    (from, to, actor) => {
      expect(canTransition(from, to, actor)).toBe(true);
      expect(() => assertTransition(from, to, actor)).not.toThrow();
    },
  );

  it("allows exactly the legal transitions, for exactly the listed actors", () => {
    for (const from of COLLABORATION_STATUSES) {
      for (const to of COLLABORATION_STATUSES) {
        for (const actor of COLLABORATION_ACTORS) {
          const row = LEGAL.find(([f, t]) => f === from && t === to);
          expect(canTransition(from, to, actor), `${from} → ${to} as ${actor}`).toBe(row?.[2].includes(actor) ?? false);
        }
      }
    }
    expect(COLLABORATION_TRANSITIONS).toHaveLength(LEGAL.length);
  });

  it.each<[CollaborationStatus, CollaborationStatus, string]>([
    ["invited", "approved", "Can't move from Invited to Approved."],
    ["invited", "drafting", "Can't move from Invited to Drafting."],
    ["invited", "live", "Can't move from Invited to Live."],
    ["accepted", "in_review", "Can't move from Accepted to In review."],
    ["drafting", "approved", "Can't move from Drafting to Approved."],
    ["changes_requested", "approved", "Can't move from Changes requested to Approved."],
    ["in_review", "live", "Can't move from In review to Live."],
    ["approved", "completed", "Can't move from Approved to Completed."],
    ["approved", "cancelled", "Can't move from Approved to Cancelled."],
    ["live", "cancelled", "Can't move from Live to Cancelled."],
    ["declined", "accepted", "Can't move from Declined to Accepted."],
    ["completed", "live", "Can't move from Completed to Live."],
    ["cancelled", "invited", "Can't move from Cancelled to Invited."],
    ["live", "approved", "Can't move from Live to Approved."],
  ])("refuses %s → %s for everyone", (from, to, message) => {
    for (const actor of COLLABORATION_ACTORS) {
      expect(canTransition(from, to, actor)).toBe(false);
      expect(() => assertTransition(from, to, actor)).toThrow(message);
    }
  });

  it("refuses staying in the same status", () => {
    expect(canTransition("drafting", "drafting", "influencer")).toBe(false);
    expect(() => assertTransition("live", "live", "brand")).toThrow("Can't move from Live to Live: it is already Live.");
  });

  it("has no way out of terminal statuses", () => {
    for (const status of TERMINAL_STATUSES) {
      for (const actor of COLLABORATION_ACTORS) expect(nextStatuses(status, actor)).toEqual([]);
    }
  });
});

describe("who may do what", () => {
  it.each<[CollaborationStatus, CollaborationStatus, CollaborationActor, string]>([
    ["invited", "accepted", "brand", "Only the influencer can move from Invited to Accepted, not the brand."],
    ["invited", "declined", "client", "Only the influencer can move from Invited to Declined, not the client."],
    ["drafting", "in_review", "brand", "Only the influencer can move from Drafting to In review, not the brand."],
    ["in_review", "approved", "influencer", "Only the brand or the client can move from In review to Approved, not the influencer."],
    [
      "in_review",
      "changes_requested",
      "influencer",
      "Only the brand or the client can move from In review to Changes requested, not the influencer.",
    ],
    ["approved", "live", "brand", "Only the influencer can move from Approved to Live, not the brand."],
    ["live", "completed", "influencer", "Only the brand can move from Live to Completed, not the influencer."],
    ["live", "completed", "client", "Only the brand can move from Live to Completed, not the client."],
    ["accepted", "drafting", "client", "Only the brand or the influencer can move from Accepted to Drafting, not the client."],
    ["invited", "cancelled", "influencer", "Only the brand can move from Invited to Cancelled, not the influencer."],
    ["drafting", "cancelled", "client", "Only the brand can move from Drafting to Cancelled, not the client."],
  ])("%s → %s is refused for the %s", (from, to, actor, message) => {
    expect(canTransition(from, to, actor)).toBe(false);
    expect(() => assertTransition(from, to, actor)).toThrow(message);
  });

  it("lists next statuses per actor", () => {
    expect(nextStatuses("invited", "influencer")).toEqual(["accepted", "declined"]);
    expect(nextStatuses("invited", "brand")).toEqual(["cancelled"]);
    expect(nextStatuses("invited", "client")).toEqual([]);
    expect(nextStatuses("accepted", "influencer")).toEqual(["drafting"]);
    expect(nextStatuses("in_review", "brand")).toEqual(["changes_requested", "approved", "cancelled"]);
    expect(nextStatuses("in_review", "client")).toEqual(["changes_requested", "approved"]);
    expect(nextStatuses("in_review", "influencer")).toEqual([]);
    expect(nextStatuses("changes_requested", "influencer")).toEqual(["in_review"]);
    expect(nextStatuses("approved", "influencer")).toEqual(["live"]);
    expect(nextStatuses("approved", "brand")).toEqual([]);
    expect(nextStatuses("live", "brand")).toEqual(["completed"]);
  });

  it("fails closed on unknown statuses and actors (bad strings from outside)", () => {
    const bad = (s: string) => s as CollaborationStatus;
    expect(canTransition(bad("archived"), "completed", "brand")).toBe(false);
    expect(canTransition("invited", "accepted", "admin" as CollaborationActor)).toBe(false);
    expect(nextStatuses(bad("archived"), "brand")).toEqual([]);
    expect(() => assertTransition(bad("archived"), "live", "brand")).toThrow(`Can't move from "archived" to Live.`);
  });
});

describe("IllegalTransitionError", () => {
  it("is an Error with a code and the attempted move", () => {
    let caught: unknown;
    try {
      assertTransition("invited", "approved", "brand");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IllegalTransitionError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as IllegalTransitionError;
    expect(error.name).toBe("IllegalTransitionError");
    expect(error.code).toBe("ILLEGAL_TRANSITION");
    expect([error.from, error.to, error.actor]).toEqual(["invited", "approved", "brand"]);
    expect(error.message).toBe("Can't move from Invited to Approved.");
  });
});

describe("helpers", () => {
  it("labels every status", () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...COLLABORATION_STATUSES].sort());
    expect(STATUS_LABELS.in_review).toBe("In review");
    expect(STATUS_LABELS.changes_requested).toBe("Changes requested");
  });

  it("recognises statuses", () => {
    expect(isCollaborationStatus("live")).toBe(true);
    expect(isCollaborationStatus("Live")).toBe(false);
    expect(isCollaborationStatus(3)).toBe(false);
  });

  it("requires a live URL only when going live", () => {
    expect(requiresLiveUrl("approved", "live")).toBe(true);
    expect(requiresLiveUrl("live", "completed")).toBe(false);
  });

  it("every status is reachable from invited", () => {
    const reached = new Set<CollaborationStatus>(["invited"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of COLLABORATION_TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...COLLABORATION_STATUSES].sort());
  });
});
