/**
 * The outreach linter's input, validated at the edges (the lint API route, server actions). Apart
 * from lint.ts so the linter itself stays free of zod: the composer runs it in the browser.
 */
import { z } from "zod";

export const lintOutreachInputSchema = z.object({
  subject: z.string().max(1_000).default(""),
  body: z.string().max(20_000),
  influencer: z.object({
    name: z.string().max(200).default(""),
    handle: z.string().max(100).default(""),
    platform: z.string().max(40).optional(),
    recentPost: z.object({ title: z.string().max(500).optional(), url: z.string().max(2_000).optional() }).optional(),
  }),
  brand: z.object({
    name: z.string().max(200),
    links: z.array(z.string().max(2_000)).max(20).default([]),
  }),
});
export type LintOutreachInput = z.infer<typeof lintOutreachInputSchema>;
