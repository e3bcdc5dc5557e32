/**
 * Column mappings of imports: their schema (as stored on a job and remembered per set of headers)
 * and the mapping remembered for a file's headers, so the next file from the same spreadsheet maps
 * itself.
 */

import { createHash } from "node:crypto";

import { z } from "zod";

import { db } from "@/lib/db";
import { headerKey, IMPORT_FIELDS, type ColumnMapping } from "@/lib/influencers/import";
import { PLATFORMS, type Platform } from "@/lib/vocabulary";

export const mappingSchema = z.record(z.string().max(200), z.enum(IMPORT_FIELDS).nullable());
/** The file-wide platform: one of PLATFORMS, or nothing ("" from a form). */
export const defaultPlatformSchema = z
  .union([z.literal("").transform(() => null), z.enum(PLATFORMS, { error: "Choose a platform from the list" })])
  .nullable()
  .default(null);

/** What is remembered for a set of headers: the mapping, and the platform chosen for the whole file. */
export interface RememberedMapping {
  mapping: ColumnMapping;
  defaultPlatform: Platform | null;
}

/** Key under which a mapping is remembered: the file's normalised headers, hashed. */
export function mappingKey(headers: readonly string[]): string {
  return createHash("sha256").update(headers.map(headerKey).join("\u0000")).digest("hex").slice(0, 32);
}

export async function rememberedMapping(workspaceId: string, headers: readonly string[]): Promise<RememberedMapping | null> {
  const row = await db.importMapping.findUnique({
    where: { workspaceId_headerKey: { workspaceId, headerKey: mappingKey(headers) } },
    select: { mapping: true, defaultPlatform: true },
  });
  const parsed = mappingSchema.safeParse(row?.mapping);
  return parsed.success ? { mapping: parsed.data, defaultPlatform: row?.defaultPlatform ?? null } : null;
}

/** Remembers a confirmed mapping for these headers (the wizard offers it for the next such file). */
export async function rememberMapping(workspaceId: string, headers: readonly string[], remembered: RememberedMapping): Promise<void> {
  const key = mappingKey(headers);
  const data = { mapping: remembered.mapping, defaultPlatform: remembered.defaultPlatform };
  await db.importMapping.upsert({
    where: { workspaceId_headerKey: { workspaceId, headerKey: key } },
    create: { workspaceId, headerKey: key, ...data },
    update: data,
  });
}
