// What a report can contain and how each choice is called: no zod, so client forms can import it.

/** The sections a report may show, in display order. */
export const REPORT_SECTIONS = ["summary", "charts", "creators", "gallery", "stories", "comment"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_LABELS: Record<ReportSection, string> = {
  summary: "Summary KPIs",
  charts: "Charts over time",
  creators: "Per-creator table",
  gallery: "Content gallery",
  stories: "Stories",
  comment: "Your comment",
};

export const REPORT_MODES = ["live", "frozen"] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

export const REPORT_MODE_LABELS: Record<ReportMode, string> = {
  live: "Live — numbers as of viewing",
  frozen: "Frozen — numbers as of now, never change",
};

/** Expiry choices for a share link, in days; 0 = never. */
export const SHARE_LINK_EXPIRY_DAYS = [0, 7, 30, 90] as const;
