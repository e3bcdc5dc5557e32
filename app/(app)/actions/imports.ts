"use server";

// Server action for the import wizard: the column mapping remembered for a file's headers.
// (The file itself is uploaded to the route handler app/api/w/[workspaceSlug]/imports, not here.)
import { workspaceAction } from "@/lib/auth/workspace-action";
import { rememberedMapping } from "@/lib/influencers/import-jobs/mappings";
import { rememberedMappingSchema } from "@/lib/influencers/schemas";

export const rememberedMappingAction = workspaceAction("influencers.write", rememberedMappingSchema, async (input, { workspace }) => ({
  mapping: await rememberedMapping(workspace.id, input.headers),
}));
