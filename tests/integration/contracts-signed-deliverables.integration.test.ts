// A completed contract's signed deliverable due dates reach the collaboration's deliverables
// (lib/contracts/signed-deliverables.ts, run by onContractCompleted in the completing transaction).
import { beforeEach, expect, it } from "vitest";

import { db } from "@/lib/db";

import { createAcceptedCollaboration } from "../fixtures/campaign-factories";
import { createWorkspaceWith } from "../fixtures/factories";
import { createCompletedContract } from "../fixtures/rights";

let ws: { id: string };
let ownerId: string;
beforeEach(async () => {
  const w = await createWorkspaceWith();
  ws = w.workspace;
  ownerId = w.owner.id;
});

it("sets the signed due date on the matching deliverable, in this workspace only", async () => {
  const c = await createAcceptedCollaboration(ws.id, ownerId);
  // The fixture's signed terms: 1 × post on TikTok due 2026-06-01.
  await db.deliverable.update({
    where: { workspaceId_id: { workspaceId: ws.id, id: c.deliverableId } },
    data: { type: "post", platform: "tiktok", dueDate: null },
  });
  const other = await createWorkspaceWith();
  const foreign = await createAcceptedCollaboration(other.workspace.id, other.owner.id);
  await db.deliverable.update({
    where: { workspaceId_id: { workspaceId: other.workspace.id, id: foreign.deliverableId } },
    data: { type: "post", platform: "tiktok", dueDate: null },
  });

  await createCompletedContract({ workspaceId: ws.id, collaborationId: c.collaborationId, actorId: ownerId });

  const mine = await db.deliverable.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id: c.deliverableId } } });
  expect(mine.dueDate?.toISOString().slice(0, 10)).toBe("2026-06-01");
  const theirs = await db.deliverable.findUniqueOrThrow({
    where: { workspaceId_id: { workspaceId: other.workspace.id, id: foreign.deliverableId } },
  });
  expect(theirs.dueDate).toBeNull();
});

it("leaves a deliverable whose type no longer matches the signed one", async () => {
  const c = await createAcceptedCollaboration(ws.id, ownerId);
  await db.deliverable.update({
    where: { workspaceId_id: { workspaceId: ws.id, id: c.deliverableId } },
    data: { type: "story", platform: "tiktok", dueDate: null },
  });
  await createCompletedContract({ workspaceId: ws.id, collaborationId: c.collaborationId, actorId: ownerId });
  const d = await db.deliverable.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id: c.deliverableId } } });
  expect(d.dueDate).toBeNull();
});
