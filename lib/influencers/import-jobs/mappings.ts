/**
 * Column mappings of imports: their schema (as stored on a job and remembered per set of headers)
 * and the mapping remembered for a file's headers, so the next file from the same spreadsheet maps
 * itself.
 */

import { createHash } from "node:crypto";

import { z } from "zod";

import { db } from "@/lib/db";
import { headerKey, IMPORT_FIELDS, type ColumnMapping } from "@/lib/influencers/import";

export const mappingSchema = z.record(z.string().max(200), z.enum(IMPORT_FIELDS).nullable());

/** Key under which a mapping is remembered: the file's normalised headers, hashed. */
export function mappingKey(headers: readonly string[]): string {
  return createHash("sha256").update(headers.map(headerKey).join("\u0000")).digest("hex").slice(0, 32);
}

export async function rememberedMapping(workspaceId: string, headers: readonly string[]): Promise<ColumnMapping | null> {
  const row = await db.importMapping.findUnique({
    where: { workspaceId_headerKey: { workspaceId, headerKey: mappingKey(headers) } },
    select: { mapping: true },
  });
  const parsed = mappingSchema.safeParse(row?.mapping);
  return parsed.success ? parsed.data : null;
}

/** Remembers a confirmed mapping for these headers (the wizard offers it for the next such file). */
export async function rememberMapping(workspaceId: string, headers: readonly string[], mapping: ColumnMapping): Promise<void> {
  const key = mappingKey(headers);
  await db.importMapping.upsert({
    where: { workspaceId_headerKey: { workspaceId, headerKey: key } },
    create: { workspaceId, headerKey: key, mapping },
    update: { mapping },
  });
}
