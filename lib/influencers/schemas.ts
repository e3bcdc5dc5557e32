/** Input schemas for the roster's forms, actions and routes, with their inferred types. */

import { z } from "zod";

import { nicheListProblem, normalizeHandle, parseCountry, parseHashtags, splitList, TEXT_LIMITS } from "@/lib/influencers/import";
import { PLATFORMS } from "@/lib/vocabulary";

import { defaultPlatformSchema, mappingSchema } from "./import-jobs/mappings";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));
const count = z.coerce
  .number({ error: "Enter a number" })
  .int("Use a whole number")
  .min(0, "Use 0 or more")
  .max(10_000_000_000, "That is too large");
const optionalCount = z.union([z.literal("").transform(() => undefined), count]).optional();
const optionalAmount = z
  .union([z.literal("").transform(() => undefined), z.coerce.number({ error: "Enter a number" }).min(0, "Use 0 or more")])
  .optional();
/** "beauty, travel" or ["beauty", "travel"] → lower-cased list, each item and the count bounded as the import bounds them. */
const listField = (lowercase: boolean) =>
  z
    .union([z.string().max(2000), z.array(z.string().max(TEXT_LIMITS.listItem)).max(TEXT_LIMITS.listItems)])
    .optional()
    .transform((v) => splitList(Array.isArray(v) ? v.join(",") : (v ?? ""), { lowercase }))
    .superRefine((items, ctx) => {
      const long = items.find((item) => item.length > TEXT_LIMITS.listItem);
      if (long)
        ctx.addIssue({
          code: "custom",
          message: `“${long.slice(0, 20)}…” is too long: use at most ${TEXT_LIMITS.listItem} characters each`,
        });
      else if (items.length > TEXT_LIMITS.listItems) ctx.addIssue({ code: "custom", message: `Use at most ${TEXT_LIMITS.listItems}` });
    });

export const idSchema = z.string().min(1).max(60);

export const accountSchema = z
  .object({
    platform: z.enum(PLATFORMS, { error: "Choose a platform" }),
    handle: z.string().trim().min(1, "Enter the handle or profile link").max(300),
    followers: count,
    following: optionalCount,
    posts: optionalCount,
    avgLikes: optionalAmount,
    avgComments: optionalAmount,
    engagementRate: z
      .union([
        z.literal("").transform(() => undefined),
        z.coerce.number({ error: "Enter a number" }).min(0).max(100, "Use a percentage from 0 to 100"),
      ])
      .optional(),
    bio: optionalText(TEXT_LIMITS.bio),
    topHashtags: z
      .union([z.string().max(2000), z.array(z.string().max(100)).max(100)])
      .optional()
      .transform((v) => parseHashtags(Array.isArray(v) ? v.join(" ") : v)),
  })
  .transform((a, ctx) => {
    const h = normalizeHandle(a.handle, a.platform);
    if (!h.ok) {
      ctx.addIssue({ code: "custom", path: ["handle"], message: `This handle ${h.error}` });
      return z.NEVER;
    }
    return { ...a, handle: h.handle, url: h.url ?? undefined };
  });

export const influencerDetailsSchema = z.object({
  displayName: z.string().trim().min(1, "Enter a name").max(TEXT_LIMITS.displayName, `Use at most ${TEXT_LIMITS.displayName} characters`),
  email: z
    .union([z.literal(""), z.email({ error: "Enter a valid email address" }).max(TEXT_LIMITS.email, "That address is too long")])
    .optional()
    .transform((v) => v || undefined),
  country: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const code = parseCountry(v);
      if (!code) ctx.addIssue({ code: "custom", message: "Unknown country: use a name or a two-letter code" });
      return code ?? undefined;
    }),
  location: optionalText(TEXT_LIMITS.location),
  languages: listField(true),
  niches: listField(true).superRefine((niches, ctx) => {
    const problem = nicheListProblem(niches);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  tags: listField(true),
  brandsWorkedWith: listField(false),
  notes: optionalText(TEXT_LIMITS.notes),
});

export const createInfluencerSchema = influencerDetailsSchema.extend({ account: accountSchema });
export const updateInfluencerSchema = influencerDetailsSchema.extend({ influencerId: idSchema });
export const addAccountSchema = z.object({ influencerId: idSchema, account: accountSchema });
export const removeAccountSchema = z.object({ influencerId: idSchema, accountId: idSchema });

export const selectionSchema = z.object({
  influencerIds: z.array(idSchema).min(1, "Select at least one influencer").max(1000, "Select at most 1,000 at a time"),
});
export const tagSelectionSchema = selectionSchema.extend({
  tags: listField(true).refine((t) => t.length > 0, "Enter at least one tag"),
  mode: z.enum(["add", "remove"]).default("add"),
});

/** A whole search as its URL query string ("q=vegan&tier=micro"), and where the last batch stopped. */
export const searchSelectionSchema = z.object({
  query: z.string().max(4_000, "This search is too long"),
  after: idSchema.optional(),
});
export const countSearchSchema = z.object({ query: searchSelectionSchema.shape.query });
export const tagSearchSchema = searchSelectionSchema.extend({
  tags: listField(true).refine((t) => t.length > 0, "Enter at least one tag"),
});
export const listSearchSchema = searchSelectionSchema.extend({ listId: idSchema });

export const listNameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters");
export const createListSchema = z.object({ name: listNameSchema, description: optionalText(500) });
export const renameListSchema = z.object({ listId: idSchema, name: listNameSchema, description: optionalText(500) });
export const listIdSchema = z.object({ listId: idSchema });
export const listMembersSchema = selectionSchema.extend({ listId: idSchema });

export const saveSearchSchema = z.object({ name: z.string().trim().min(1, "Enter a name").max(100), query: z.string().max(2000) });
export const savedSearchIdSchema = z.object({ savedSearchId: idSchema });

export type CreateInfluencerInput = z.input<typeof createInfluencerSchema>;
export type AccountInputForm = z.output<typeof accountSchema>;

/** POST /api/w/:slug/influencers/export: a whole search (its URL query string), or the selection. */
export const exportInfluencersSchema = z.union([
  z.object({ search: z.string().max(4_000, "This search is too long") }),
  z.object({ influencerIds: z.array(z.string().min(1).max(60)).min(1, "Select at least one influencer").max(10_000) }),
]);

/** The column mapping sent with an upload (POST /api/w/:slug/imports), and the platform of handles that name none. */
export const importUploadSchema = z.object({ mapping: mappingSchema, defaultPlatform: defaultPlatformSchema });

/** A file's headers, to look up the mapping remembered for them. */
export const rememberedMappingSchema = z.object({ headers: z.array(z.string().max(200)).min(1).max(200) });
