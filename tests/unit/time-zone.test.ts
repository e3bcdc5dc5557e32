import { describe, expect, it } from "vitest";

import {
  addDays,
  canonicalTimeZone,
  daysBetween,
  formatDateTime,
  formatZonedDate,
  offsetMinutes,
  startOfNextZonedDay,
  startOfWeek,
  startOfZonedDay,
  zonedDay,
  zonedDayEnd,
  zonedDayStart,
} from "@/lib/time-zone";

describe("canonicalTimeZone", () => {
  it("accepts IANA names and returns the canonical spelling", () => {
    expect(canonicalTimeZone("Pacific/Auckland")).toBe("Pacific/Auckland");
    expect(canonicalTimeZone("america/los_angeles")).toBe("America/Los_Angeles");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
  });
  it("refuses unknown names, offsets and junk", () => {
    for (const bad of ["Mars/Olympus", "", "+02:00", "-05", "Europe/Paris; DROP", "x".repeat(65)])
      expect(canonicalTimeZone(bad)).toBeNull();
  });
});

describe("zonedDay and offsets", () => {
  const instant = new Date("2030-01-15T11:30:00Z");
  it("the same instant is a different day in Auckland and Los Angeles", () => {
    expect(zonedDay(instant, "Pacific/Auckland")).toBe("2030-01-16"); // 00:30 NZDT
    expect(zonedDay(instant, "America/Los_Angeles")).toBe("2030-01-15"); // 03:30 PST
    expect(zonedDay(instant, "UTC")).toBe("2030-01-15");
  });
  it("offsets follow daylight saving", () => {
    expect(offsetMinutes(new Date("2030-01-15T00:00:00Z"), "Pacific/Auckland")).toBe(780);
    expect(offsetMinutes(new Date("2030-07-15T00:00:00Z"), "Pacific/Auckland")).toBe(720);
    expect(offsetMinutes(new Date("2030-07-15T00:00:00Z"), "America/Los_Angeles")).toBe(-420);
    expect(offsetMinutes(new Date("2030-01-15T00:00:00Z"), "Asia/Kolkata")).toBe(330);
    expect(offsetMinutes(new Date("2030-01-15T00:00:00.999Z"), "UTC")).toBe(0);
  });
});

describe("zonedDayStart / startOfZonedDay", () => {
  it("is local midnight", () => {
    expect(zonedDayStart("2030-01-16", "Pacific/Auckland").toISOString()).toBe("2030-01-15T11:00:00.000Z");
    expect(zonedDayStart("2030-01-15", "America/Los_Angeles").toISOString()).toBe("2030-01-15T08:00:00.000Z");
    expect(zonedDayStart("2030-01-15", "UTC").toISOString()).toBe("2030-01-15T00:00:00.000Z");
    expect(zonedDayStart("2030-01-15", "Asia/Kolkata").toISOString()).toBe("2030-01-14T18:30:00.000Z");
    expect(zonedDayStart("2030-01-15", "Pacific/Kiritimati").toISOString()).toBe("2030-01-14T10:00:00.000Z");
  });
  it("at the boundary: one minute before local midnight is the previous day", () => {
    const start = zonedDayStart("2030-01-16", "Pacific/Auckland");
    expect(startOfZonedDay(start, "Pacific/Auckland")).toEqual(start);
    expect(zonedDay(start.getTime() - 1, "Pacific/Auckland")).toBe("2030-01-15");
  });
  it("on days daylight saving starts or ends, the day is 23 or 25 hours long", () => {
    // US: 2030-03-10 spring forward, 2030-11-03 fall back.
    const spring = zonedDayStart("2030-03-10", "America/Los_Angeles");
    expect(spring.toISOString()).toBe("2030-03-10T08:00:00.000Z");
    expect(startOfNextZonedDay(spring, "America/Los_Angeles").getTime() - spring.getTime()).toBe(23 * 3600_000);
    const fall = zonedDayStart("2030-11-03", "America/Los_Angeles");
    expect(startOfNextZonedDay(fall, "America/Los_Angeles").getTime() - fall.getTime()).toBe(25 * 3600_000);
  });
  it("where daylight saving skips midnight, the day begins at the first minute that exists", () => {
    // America/Santiago springs forward at 24:00 on the first Saturday of September: 2030-09-08 starts at 01:00 (−03:00).
    const start = zonedDayStart("2030-09-08", "America/Santiago");
    expect(zonedDay(start, "America/Santiago")).toBe("2030-09-08");
    expect(zonedDay(start.getTime() - 60_000, "America/Santiago")).toBe("2030-09-07");
    expect(start.toISOString()).toBe("2030-09-08T04:00:00.000Z");
  });
  it("zonedDayEnd is the last millisecond of the day", () => {
    expect(zonedDayEnd("2030-01-15", "America/Los_Angeles").toISOString()).toBe("2030-01-16T07:59:59.999Z");
  });
});

describe("zonedDayStart's fast path", () => {
  /** The search alone (zonedDayStart before its fast path), as the oracle. */
  function searched(day: string, timeZone: string): number {
    const base = Date.parse(`${day}T00:00:00Z`);
    const guess = base - offsetMinutes(base, timeZone) * 60_000;
    let lo = guess - 3 * 3_600_000;
    let hi = guess + 3 * 3_600_000;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
      if (zonedDay(mid, timeZone) < day) lo = mid;
      else hi = mid;
    }
    return hi;
  }
  // Zones with DST at midnight (Havana, Santiago, Asuncion), half-hour DST (Lord Howe), 45-minute
  // offsets (Chatham), a skipped day (Apia, 2011-12-30), Ramadan DST (Casablanca), none (Kolkata).
  const zones = [
    "UTC",
    "America/New_York",
    "Europe/Paris",
    "America/Havana",
    "America/Santiago",
    "America/Asuncion",
    "America/Sao_Paulo",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Africa/Casablanca",
    "Asia/Kolkata",
  ];
  it("gives the search's answer for every day of 2011-07 to 2012-06 and 2026, days taken in order and backwards", () => {
    for (const timeZone of zones) {
      const days = [
        ...Array.from({ length: 366 }, (_, i) => addDays("2011-07-01", i)),
        ...Array.from({ length: 365 }, (_, i) => addDays("2026-01-01", i)),
      ];
      for (const day of days) expect(zonedDayStart(day, timeZone).getTime(), `${timeZone} ${day}`).toBe(searched(day, timeZone));
      for (const day of [...days].reverse().filter((_, i) => i % 7 === 0))
        expect(zonedDayStart(day, timeZone).getTime(), `${timeZone} ${day} (backwards)`).toBe(searched(day, timeZone));
    }
  }, 60_000);
});

describe("calendar arithmetic", () => {
  it("addDays crosses months, years and leap days", () => {
    expect(addDays("2030-02-28", 1)).toBe("2030-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2030-12-31", 1)).toBe("2031-01-01");
    expect(addDays("2030-01-01", -1)).toBe("2029-12-31");
  });
  it("daysBetween", () => {
    expect(daysBetween("2030-01-01", "2030-01-31")).toBe(30);
    expect(daysBetween("2030-03-01", "2030-02-28")).toBe(-1);
    expect(daysBetween("2030-03-09", "2030-03-11")).toBe(2); // across a DST change: calendar days
  });
  it("startOfWeek is the Monday", () => {
    expect(startOfWeek("2030-01-16")).toBe("2030-01-14"); // Wednesday → Monday
    expect(startOfWeek("2030-01-14")).toBe("2030-01-14");
    expect(startOfWeek("2030-01-20")).toBe("2030-01-14"); // Sunday
  });
});

describe("showing an instant", () => {
  // 02:30 UTC on Jan 15 is still Jan 14 in Los Angeles: the zone, not the machine's, decides the text
  // (the same on the server and in any browser, so pages hydrate wherever their reader is).
  const instant = new Date("2030-01-15T02:30:00Z");
  it("formatZonedDate gives the day in the zone", () => {
    expect(formatZonedDate(instant, "UTC")).toBe("Jan 15, 2030");
    expect(formatZonedDate(instant, "America/Los_Angeles")).toBe("Jan 14, 2030");
    expect(formatZonedDate(instant, "Asia/Tokyo")).toBe("Jan 15, 2030");
  });
  it("formatDateTime gives the day and time in the zone", () => {
    expect(formatDateTime(instant, "UTC")).toBe("Jan 15, 2030, 2:30 AM");
    expect(formatDateTime(instant, "America/Los_Angeles")).toBe("Jan 14, 2030, 6:30 PM");
  });
});
