"use server";

// Server actions for conversions: connect and disconnect a store, preview and import an orders CSV.
import { revalidatePath } from "next/cache";

import { workspaceAction } from "@/lib/auth/workspace-action";
import { connectStore, disconnectStore } from "@/lib/conversions/connections";
import { importOrderCsvSchema, previewOrderCsvSchema } from "@/lib/conversions/csv-schemas";
import { importOrderCsv, previewOrderCsv } from "@/lib/conversions/import-orders";
import { connectionIdSchema, connectStoreSchema } from "@/lib/conversions/schemas";

const refresh = (slug: string) => revalidatePath(`/w/${slug}`, "layout");

export const connectStoreAction = workspaceAction("workspace.update", connectStoreSchema, async (input, { workspace, user }) => {
  const res = await connectStore({ workspaceId: workspace.id, actorId: user.id, input });
  refresh(workspace.slug);
  return res;
});

export const disconnectStoreAction = workspaceAction("workspace.update", connectionIdSchema, async (input, { workspace, user }) => {
  const res = await disconnectStore({ workspaceId: workspace.id, actorId: user.id, connectionId: input.connectionId });
  refresh(workspace.slug);
  return res;
});

export const previewOrderCsvAction = workspaceAction("campaigns.write", previewOrderCsvSchema, async (input) => previewOrderCsv(input.csv));

export const importOrderCsvAction = workspaceAction("campaigns.write", importOrderCsvSchema, async (input, { workspace, user }) => {
  const res = await importOrderCsv({
    workspaceId: workspace.id,
    actorId: user.id,
    text: input.csv,
    mapping: input.mapping,
    defaultCurrency: input.defaultCurrency,
  });
  refresh(workspace.slug);
  return res;
});
