import { describe, expect, it } from "vitest";

import { contractTermsSchema } from "@/lib/contracts";
import {
  adCodeInputSchema,
  checkAdCode,
  daysLeftText,
  parseReminderDays,
  remindersDue,
  rightsFromTerms,
  rightStart,
  type EndingItem,
} from "@/lib/contracts/usage-rights";

const usage = (u: object) => contractTermsSchema.parse({ usage: u }).usage;
const completedAt = new Date("2026-03-10T15:00:00Z");

describe("rightsFromTerms", () => {
  it("grants one right per kind, in order, with the territories and duration", () => {
    const rights = rightsFromTerms(usage({ organic: true, paid: true, sparkAds: true, durationDays: 90, territories: ["US", "UK"] }), {
      at: completedAt,
      basis: "completion",
    });
    expect(rights.map((r) => r.kind)).toEqual(["organic", "paid", "spark_ads"]);
    for (const r of rights) {
      expect(r.territories).toEqual(["US", "UK"]);
      expect(r.startsAt).toEqual(completedAt);
      expect(r.endsAt).toEqual(new Date("2026-06-08T15:00:00Z"));
      expect(r.startBasis).toBe("completion");
    }
  });

  it("grants nothing when no usage is granted", () => {
    expect(rightsFromTerms(usage({ durationDays: 30 }), { at: completedAt, basis: "completion" })).toEqual([]);
  });

  it("has no end without a duration, and ends at its start with duration 0", () => {
    expect(rightsFromTerms(usage({ organic: true }), { at: completedAt, basis: "completion" })[0]!.endsAt).toBeNull();
    expect(rightsFromTerms(usage({ paid: true, durationDays: 0 }), { at: completedAt, basis: "completion" })[0]!.endsAt).toEqual(
      completedAt,
    );
  });

  it("counts 365 days across a leap day", () => {
    const r = rightsFromTerms(usage({ sparkAds: true, durationDays: 365 }), { at: new Date("2028-01-01T00:00:00Z"), basis: "live" })[0]!;
    expect(r.endsAt).toEqual(new Date("2028-12-31T00:00:00Z"));
  });
});

describe("rightStart", () => {
  it("starts at completion before the content is live", () => {
    expect(rightStart(completedAt, null)).toEqual({ at: completedAt, basis: "completion" });
  });
  it("starts at the go-live when that is after completion (the licence runs from publication)", () => {
    const live = new Date("2026-04-01T09:00:00Z");
    expect(rightStart(completedAt, live)).toEqual({ at: live, basis: "live" });
    expect(rightStart(completedAt, completedAt)).toEqual({ at: completedAt, basis: "live" });
  });
  it("never starts before signing: content live before completion counts from completion", () => {
    expect(rightStart(completedAt, new Date("2026-03-01T00:00:00Z"))).toEqual({ at: completedAt, basis: "completion" });
  });
});

describe("checkAdCode", () => {
  const today = "2026-05-10";
  const tiktok = (validDays: number, generatedOn = today) => checkAdCode({ platform: "tiktok_spark_ads", validDays, generatedOn }, today);

  it("accepts TikTok codes of 7 to 365 days and gives the expiry day", () => {
    expect(tiktok(7)).toEqual({ ok: true, expiresOn: "2026-05-17" });
    expect(tiktok(365)).toEqual({ ok: true, expiresOn: "2027-05-10" });
    expect(tiktok(30, "2026-05-01")).toEqual({ ok: true, expiresOn: "2026-05-31" });
  });

  it("refuses TikTok codes of 6 or 366 days, naming the range", () => {
    for (const d of [6, 0, -7, 366, 7.5]) {
      const r = tiktok(d);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.field).toBe("validDays");
        expect(r.message).toContain("7 to 365 days");
      }
    }
  });

  it("lets a Meta partnership permission last a single day", () => {
    expect(checkAdCode({ platform: "meta_partnership", validDays: 1, generatedOn: today }, today)).toEqual({
      ok: true,
      expiresOn: "2026-05-11",
    });
    expect(checkAdCode({ platform: "meta_partnership", validDays: 0, generatedOn: today }, today).ok).toBe(false);
  });

  it("refuses a code generated in the future, or one already expired", () => {
    expect(tiktok(30, "2026-05-11")).toMatchObject({ ok: false, field: "generatedOn" });
    expect(tiktok(7, "2026-05-03")).toMatchObject({
      ok: false,
      field: "generatedOn",
      message: expect.stringContaining("expired on 2026-05-10"),
    });
    expect(tiktok(8, "2026-05-03")).toEqual({ ok: true, expiresOn: "2026-05-11" });
  });

  it("the input schema trims the code and refuses spaces, short codes and unknown platforms", () => {
    const ok = adCodeInputSchema.safeParse({
      platform: "tiktok_spark_ads",
      code: "  #AbC123xyz+/=  ",
      validDays: "30",
      generatedOn: today,
    });
    expect(ok.success && ok.data).toMatchObject({ code: "#AbC123xyz+/=", validDays: 30 });
    expect(
      adCodeInputSchema.safeParse({ platform: "tiktok_spark_ads", code: "abc def ghi", validDays: 30, generatedOn: today }).success,
    ).toBe(false);
    expect(adCodeInputSchema.safeParse({ platform: "tiktok_spark_ads", code: "short", validDays: 30, generatedOn: today }).success).toBe(
      false,
    );
    expect(adCodeInputSchema.safeParse({ platform: "youtube", code: "#AbC123xyz", validDays: 30, generatedOn: today }).success).toBe(false);
    expect(
      adCodeInputSchema.safeParse({ platform: "tiktok_spark_ads", code: "#AbC123xyz", validDays: 30, generatedOn: "2026-02-30" }).success,
    ).toBe(false);
  });
});

describe("remindersDue", () => {
  const item = (endDay: string, sentThresholds: number[] = [], id = "g1"): EndingItem => ({ type: "grant", id, endDay, sentThresholds });
  const today = "2026-06-01";

  it("is due from N days before the end until the end day, not before, not after", () => {
    const due = (endDay: string) => remindersDue([item(endDay)], { today, thresholds: [7] });
    expect(due("2026-06-09")).toEqual([]); // 8 days left
    expect(due("2026-06-08")).toEqual([{ item: item("2026-06-08"), daysLeft: 7, threshold: 7, record: [7] }]);
    expect(due("2026-06-01")[0]).toMatchObject({ daysLeft: 0, threshold: 7 });
    expect(due("2026-05-31")).toEqual([]); // ended yesterday
  });

  it("sends nothing for a threshold already sent (a re-run)", () => {
    expect(remindersDue([item("2026-06-05", [7])], { today, thresholds: [7] })).toEqual([]);
  });

  it("with several thresholds, reminds once for the smallest due one and records every due one", () => {
    const [d] = remindersDue([item("2026-06-03")], { today, thresholds: [30, 7, 1] });
    expect(d).toMatchObject({ daysLeft: 2, threshold: 7, record: [7, 30] });
    // The next day with 30 and 7 recorded: nothing until the 1-day threshold.
    expect(remindersDue([item("2026-06-03", [7, 30])], { today: "2026-06-02", thresholds: [30, 7, 1] })[0]).toMatchObject({
      daysLeft: 1,
      threshold: 1,
      record: [1],
    });
    expect(remindersDue([item("2026-06-03", [7, 30])], { today, thresholds: [30, 7, 1] })).toEqual([]);
  });

  it("crosses the 30-day threshold first, then 7 later", () => {
    const first = remindersDue([item("2026-06-25")], { today, thresholds: [7, 30] });
    expect(first[0]).toMatchObject({ daysLeft: 24, threshold: 30, record: [30] });
    expect(remindersDue([item("2026-06-25", [30])], { today: "2026-06-18", thresholds: [7, 30] })[0]).toMatchObject({ threshold: 7 });
  });

  it("ignores non-positive and duplicate thresholds, and handles many items", () => {
    const items = [item("2026-06-02", [], "a"), item("2026-07-30", [], "b"), item("2026-06-08", [7], "c")];
    expect(remindersDue(items, { today, thresholds: [7, 7, 0, -1] }).map((d) => d.item.id)).toEqual(["a"]);
    expect(remindersDue(items, { today, thresholds: [] })).toEqual([]);
  });
});

describe("texts and settings", () => {
  it("daysLeftText", () => {
    expect([0, 1, 2, -1, -3].map(daysLeftText)).toEqual(["Ends today", "1 day left", "2 days left", "Ended 1 day ago", "Ended 3 days ago"]);
  });
  it("parseReminderDays", () => {
    expect(parseReminderDays("30, 7 1")).toEqual({ ok: true, days: [1, 7, 30] });
    expect(parseReminderDays("7,7")).toEqual({ ok: true, days: [7] });
    for (const bad of ["", "0", "366", "7.5", "x", "1,2,3,4,5,6"]) expect(parseReminderDays(bad).ok).toBe(false);
  });
});
