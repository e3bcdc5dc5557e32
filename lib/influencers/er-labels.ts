/**
 * How an account's engagement rate was obtained (stored in SocialAccount.engagementRateSource) and
 * the definition shown next to every rate. Kept apart from ./denormalise.ts so that the browser gets
 * these strings without the importer (papaparse) and the vetting rules.
 */
export const ER_COMPUTED = "computed:(likes+comments)/followers";
export const ER_IMPORTED = "imported";
/** The definition shown next to every engagement rate in the UI. */
export const ER_DEFINITION = "ER by followers: (average likes + average comments) ÷ followers × 100, or the rate given on import";
