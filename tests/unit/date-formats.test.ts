// Dates on pages come from shared Intl.DateTimeFormat instances (lib/time-zone.ts dateTimeFormat):
// `toLocaleString` with options builds a formatter per call, about 0.3 ms of server CPU each. The
// shared ones must show exactly what `toLocaleString` showed, and every time is in the workspace's zone.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { DraftVersions } from "@/components/campaigns/draft-versions";
import { dateTime, shortDate } from "@/components/outreach/format";
import { formatterCache, FORMATTERS_KEPT } from "@/lib/intl-cache";
import type { DraftView } from "@/lib/portal/drafts-view";
import { dateTimeFormat, formatDateTime, formatDateTimeSeconds, formatDay, formatZonedDate } from "@/lib/time-zone";

const instants = [Date.UTC(2030, 0, 15, 23, 30), Date.UTC(2026, 6, 4, 8, 5, 9), Date.UTC(1999, 11, 31, 12, 0)];
const zones = ["UTC", "Pacific/Auckland", "America/Los_Angeles", "Europe/Paris"];
/** The option sets the app's pages use. */
const optionSets: [string, Intl.DateTimeFormatOptions][] = [
  ["en-US", { dateStyle: "medium", timeStyle: "short" }],
  ["en-US", { dateStyle: "medium" }],
  ["en-US", { weekday: "long", month: "long", day: "numeric" }],
  ["en-US", { month: "short", day: "numeric", year: "numeric" }],
  ["en-US", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }],
  ["en-US", { dateStyle: "medium", timeStyle: "medium" }],
];

describe("dateTimeFormat", () => {
  it("shows what toLocaleString shows, for every option set the pages use, in every zone", () => {
    for (const [locale, options] of optionSets)
      for (const timeZone of zones)
        for (const t of instants)
          expect(dateTimeFormat(locale, { ...options, timeZone }).format(t)).toBe(
            new Date(t).toLocaleString(locale, { ...options, timeZone }),
          );
  });

  it("builds a formatter once per locale, options and zone", () => {
    const a = dateTimeFormat("en-US", { dateStyle: "medium", timeZone: "Europe/Paris" });
    expect(dateTimeFormat("en-US", { dateStyle: "medium", timeZone: "Europe/Paris" })).toBe(a);
    expect(dateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" })).not.toBe(a);
    expect(dateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Europe/Paris" })).not.toBe(a);
  });

  it("refuses an unknown zone as the constructor does", () => {
    expect(() => dateTimeFormat("en-US", { dateStyle: "medium", timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });

  it("the page helpers keep their text, and an invalid instant reads as before instead of throwing", () => {
    const t = Date.UTC(2030, 0, 15, 23, 30);
    expect(formatDateTime(t, "Pacific/Auckland")).toBe("Jan 16, 2030, 12:30 PM");
    expect(formatDateTime(new Date(t), "UTC")).toBe("Jan 15, 2030, 11:30 PM");
    expect(formatDateTimeSeconds(t + 9_000, "Pacific/Auckland")).toBe("Jan 16, 2030, 12:30:09 PM");
    expect(formatZonedDate(t, "America/Los_Angeles")).toBe("Jan 15, 2030");
    expect(formatDay("2030-01-15")).toBe("Jan 15");
    expect(formatDay("2030-01-15", true)).toBe("Jan 15, 2030");
    expect(formatDateTime(new Date(Number.NaN), "UTC")).toBe("Invalid Date");
    expect(formatZonedDate(Number.NaN, "UTC")).toBe("Invalid Date");
    expect(formatDateTimeSeconds(Number.NaN, "UTC")).toBe("Invalid Date");
  });

  it("outreach dates: the workspace's zone, and a dash for none or an unreadable one", () => {
    expect(shortDate("2030-01-15T23:30:00Z", "Pacific/Auckland")).toBe("Jan 16");
    expect(dateTime("2030-01-15T23:30:00Z", "America/Los_Angeles")).toMatch(/^Jan 15, 03:30\sPM PST$/);
    expect(shortDate(null)).toBe("—");
    expect(dateTime("not a date")).toBe("—");
  });
});

describe("formatterCache", () => {
  it("builds once per locale and options, keeps at most FORMATTERS_KEPT, and caches no failure", () => {
    let built = 0;
    const get = formatterCache((locale: string, options: { n: number }) => {
      if (options.n < 0) throw new RangeError("negative");
      built++;
      return { locale, ...options };
    });
    expect(get("en-US", { n: 1 })).toBe(get("en-US", { n: 1 }));
    expect(built).toBe(1);
    get("en-GB", { n: 1 });
    expect(built).toBe(2);
    for (let n = 2; n <= FORMATTERS_KEPT + 1; n++) get("en-US", { n });
    built = 0;
    get("en-US", { n: 1 }); // dropped when the cache started again
    expect(built).toBe(1);
    expect(() => get("en-US", { n: -1 })).toThrow(RangeError);
    expect(() => get("en-US", { n: -1 })).toThrow(RangeError);
  });
});

describe("draft versions", () => {
  it("show when a version was submitted in the workspace's zone, not the server's", () => {
    const draft: DraftView = {
      id: "d1",
      deliverableId: "del1",
      version: 1,
      caption: "Sun's out #ad",
      mediaUrls: [],
      platform: "instagram",
      media: [],
      format: "reel",
      paidPartnershipLabel: true,
      usesFilterOrEditing: false,
      transcriptText: "",
      findings: [],
      compliant: true,
      status: "submitted",
      reviewComment: null,
      submittedAt: "2030-01-15T23:30:00.000Z",
      reviewedAt: null,
      updatedAt: "2030-01-15T23:30:00.000Z",
    };
    const html = renderToStaticMarkup(
      createElement(DraftVersions, { drafts: [draft], mediaBase: "/api/w/demo/files", timeZone: "Pacific/Auckland" }),
    );
    expect(html).toContain("submitted Jan 16, 2030, 12:30 PM");
  });
});
