"use server";

// Server action for the import wizard: the column mapping (and file-wide platform) remembered for a file's headers.
// (The file itself is uploaded to the route handler app/api/w/[workspaceSlug]/imports, not here.)
import { workspaceAction } from "@/lib/auth/workspace-action";
import { rememberedMapping } from "@/lib/influencers/import-jobs/mappings";
import { rememberedMappingSchema } from "@/lib/influencers/schemas";

export const rememberedMappingAction = workspaceAction("influencers.write", rememberedMappingSchema, async (input, { workspace }) => {
  const remembered = await rememberedMapping(workspace.id, input.headers);
  return { mapping: remembered?.mapping ?? null, defaultPlatform: remembered?.defaultPlatform ?? null };
});
