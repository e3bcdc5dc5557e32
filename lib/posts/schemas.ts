// Input schemas of posts and metric snapshots, shared by the marketer's forms, the portal and the
// services. Counts arrive as typed ("12,500", "" for not reported) and leave as numbers or null; the
// plausibility rules (reach ≤ impressions, watch % 0–100, …) are lib/metrics checkSnapshot's, applied
// by the service so every way in (form, portal, CSV) gets the same messages.
import { z } from "zod";

import { parseNumberish } from "@/lib/influencers/import";
import { SNAPSHOT_FIELD_LABELS, type SnapshotCountField } from "@/lib/metrics";
import { FORMATS, PLATFORMS } from "@/lib/vocabulary";

const id = z.string().trim().min(1).max(64);
/** An id the input may leave out (absent, null or blank → null). */
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .nullable()
  .transform((v) => v || null);

/** "" / null / undefined → null; "12,500" → 12500; "abc" → an issue naming the field. */
const figure = (label: string) =>
  z
    .union([z.string().max(40), z.number()])
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (v === null || v === undefined) return null;
      const r = parseNumberish(v);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: `${label} ${r.error}.` });
        return z.NEVER;
      }
      return r.value;
    });

/** A date ("2026-11-30") or a date and time; a date alone is that day at 00:00 UTC. */
const instant = (message: string) =>
  z.union([z.string().trim().max(40), z.date()]).transform((v, ctx) => {
    const d = v instanceof Date ? v : new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
    if (v === "" || Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return d;
  });

/** Story frame views as typed: "1200, 950, 700" (commas, semicolons or spaces) or an array. */
export const frameViewsSchema = z
  .union([z.string().max(2000), z.array(z.number())])
  .optional()
  .nullable()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return [];
    if (Array.isArray(v)) return v;
    const parts = v.split(/[;,\s]+/).filter(Boolean);
    const out: number[] = [];
    for (const [i, p] of parts.entries()) {
      const n = Number(p);
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message: `Frame ${i + 1} "${p}" is not a number.` });
        return z.NEVER;
      }
      out.push(n);
    }
    return out;
  });

const counts = {
  views: figure(SNAPSHOT_FIELD_LABELS.views),
  reach: figure(SNAPSHOT_FIELD_LABELS.reach),
  impressions: figure(SNAPSHOT_FIELD_LABELS.impressions),
  likes: figure(SNAPSHOT_FIELD_LABELS.likes),
  comments: figure(SNAPSHOT_FIELD_LABELS.comments),
  saves: figure(SNAPSHOT_FIELD_LABELS.saves),
  shares: figure(SNAPSHOT_FIELD_LABELS.shares),
  replies: figure(SNAPSHOT_FIELD_LABELS.replies),
  clicks: figure(SNAPSHOT_FIELD_LABELS.clicks),
  avgWatchPct: figure(SNAPSHOT_FIELD_LABELS.avgWatchPct),
  frameViews: frameViewsSchema,
} satisfies Record<SnapshotCountField | "avgWatchPct" | "frameViews", z.ZodType>;

export const snapshotCountsSchema = z.object(counts);
export type SnapshotCountsInput = z.output<typeof snapshotCountsSchema>;

const postFields = {
  deliverableId: optionalId,
  url: z.string().trim().min(1, "Enter the post's link.").max(2048),
  platform: z.enum(PLATFORMS, { message: "Choose a platform." }),
  format: z.enum(FORMATS, { message: "Choose a format." }),
  postedAt: z
    .union([z.string().trim().max(40), z.date()])
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (v === null || v === undefined || v === "") return null;
      const d = v instanceof Date ? v : new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: "Enter the date it was posted." });
        return z.NEVER;
      }
      return d;
    }),
};

/** The marketer adds a post to one of the workspace's collaborations. */
export const createPostSchema = z.object({ collaborationId: id, ...postFields });
export type CreatePostInput = z.output<typeof createPostSchema>;

/** The creator adds their post in the portal (the collaboration is the token's). */
export const portalPostSchema = z.object(postFields);
export type PortalPostInput = z.output<typeof portalPostSchema>;

/** Numbers for one post, with the time they were read off the platform. */
export const addSnapshotSchema = z.object({
  postId: id,
  capturedAt: instant("Enter the date the numbers were captured."),
  ...counts,
});
export type AddSnapshotInput = z.output<typeof addSnapshotSchema>;

/** The creator's numbers, with the screenshot of their insights uploaded first (optional). */
export const portalSnapshotSchema = addSnapshotSchema.extend({
  evidenceFileId: optionalId,
});
export type PortalSnapshotInput = z.output<typeof portalSnapshotSchema>;

export const postIdSchema = z.object({ postId: id });
