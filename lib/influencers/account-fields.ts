// The social-account columns the profile shows and the importer compares: one select for both.
import type { Prisma } from "@/lib/db";

export const ACCOUNT_FIELDS = {
  id: true,
  platform: true,
  handle: true,
  url: true,
  followers: true,
  following: true,
  posts: true,
  avgLikes: true,
  avgComments: true,
  avgViews: true,
  engagementRate: true,
  engagementRateSource: true,
  bio: true,
  topHashtags: true,
} as const satisfies Prisma.SocialAccountSelect;
