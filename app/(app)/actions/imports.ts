"use server";

// Server action for the import wizard: the column mapping remembered for a file's headers.
// (The file itself is uploaded to the route handler app/api/w/[workspaceSlug]/imports, not here.)
import { z } from "zod";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { rememberedMapping } from "@/lib/influencers/import-jobs";

export const rememberedMappingAction = workspaceAction(
  "influencers.write",
  z.object({ headers: z.array(z.string().max(200)).min(1).max(200) }),
  async (input, { workspace }) => ({ mapping: await rememberedMapping(workspace.id, input.headers) }),
);
