import { describe, expect, it } from "vitest";

import { INVITE_MAX_DAYS, inviteExpiry } from "@/lib/collaborations/invite-expiry";

const DAY = 86_400_000;
const now = new Date("2030-01-10T12:00:00Z");

describe("inviteExpiry", () => {
  it("a campaign months away: the end of its last day + 30 days, in the workspace's time zone", () => {
    expect(inviteExpiry({ now, campaignEndDate: "2030-06-30", timeZone: "UTC" }).toISOString()).toBe("2030-07-30T23:59:59.999Z");
    // 23:59:59.999 on July 30 in Los Angeles (PDT, UTC−7).
    expect(inviteExpiry({ now, campaignEndDate: "2030-06-30", timeZone: "America/Los_Angeles" }).toISOString()).toBe(
      "2030-07-31T06:59:59.999Z",
    );
  });
  it("no end date: 30 days from now", () => {
    expect(inviteExpiry({ now, campaignEndDate: null, timeZone: "UTC" }).getTime()).toBe(now.getTime() + 30 * DAY);
  });
  it("a campaign that ends soon or ended long ago: still at least 30 days from now", () => {
    expect(inviteExpiry({ now, campaignEndDate: "2030-01-12", timeZone: "UTC" }).toISOString()).toBe("2030-02-11T23:59:59.999Z");
    expect(inviteExpiry({ now, campaignEndDate: "2029-06-01", timeZone: "UTC" }).getTime()).toBe(now.getTime() + 30 * DAY);
  });
  it("never more than INVITE_MAX_DAYS from now", () => {
    expect(inviteExpiry({ now, campaignEndDate: "2035-01-01", timeZone: "UTC" }).getTime()).toBe(now.getTime() + INVITE_MAX_DAYS * DAY);
  });
  it("an explicit number of days wins", () => {
    expect(inviteExpiry({ now, campaignEndDate: "2030-06-30", timeZone: "UTC", expiresInDays: 7 }).getTime()).toBe(now.getTime() + 7 * DAY);
  });
});
