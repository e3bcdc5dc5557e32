import { describe, expect, it } from "vitest";

import { adjacentStage, draftFollowUp, lintOutreachMessage, positionBetween, stageAfterReply, stageAfterSend } from "@/lib/outreach";
import { asOfFromDueBy, endOfToday, MAX_DUE_BY_DAYS } from "@/lib/outreach/due-by";
import { formatMailbox, outreachFooter, outreachMessageId, unsubscribeHeaders, withFooter } from "@/lib/outreach/footer";
import { normalizeEmail, signOptOutToken, verifyOptOutToken } from "@/lib/outreach/opt-out-token";

const SECRET = "s".repeat(40);

describe("opt-out tokens", () => {
  it("round-trips, normalising the address", () => {
    const t = signOptOutToken(SECRET, "ws_1", "  Sarah@Example.COM ");
    expect(verifyOptOutToken(SECRET, t)).toEqual({ workspaceId: "ws_1", email: "sarah@example.com" });
    expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });
  it("rejects another secret, a swapped workspace or email, truncation and junk", () => {
    const t = signOptOutToken(SECRET, "ws_1", "a@b.co");
    const [, e, m] = t.split(".");
    expect(verifyOptOutToken("x".repeat(40), t)).toBeNull();
    expect(verifyOptOutToken(SECRET, `${Buffer.from("ws_2").toString("base64url")}.${e}.${m}`)).toBeNull();
    expect(verifyOptOutToken(SECRET, `${t.split(".")[0]}.${Buffer.from("c@d.co").toString("base64url")}.${m}`)).toBeNull();
    expect(verifyOptOutToken(SECRET, t.slice(0, -3))).toBeNull();
    for (const junk of ["", "a.b", "a.b.c.d", "!!.??.**", "x".repeat(2_000)]) expect(verifyOptOutToken(SECRET, junk)).toBeNull();
  });
  it("normalizeEmail trims and lower-cases", () => expect(normalizeEmail(" A@B.Co ")).toBe("a@b.co"));
});

describe("footer and headers", () => {
  const f = {
    brandName: "Glow Labs",
    postalAddress: "12 Market St\nPortland, OR 97201",
    optOutPageUrl: "https://app.test/opt-out?token=t",
  };
  it("carries the brand, the one-line postal address and the opt-out link", () => {
    expect(outreachFooter(f)).toBe(
      "--\nGlow Labs · 12 Market St, Portland, OR 97201\nNot interested in hearing from Glow Labs? Opt out here: https://app.test/opt-out?token=t",
    );
    expect(withFooter("Hi Sarah,\n\nBye\n\n  ", f)).toBe(`Hi Sarah,\n\nBye\n\n${outreachFooter(f)}\n`);
  });
  it("one-click unsubscribe headers (RFC 8058)", () => {
    expect(unsubscribeHeaders("https://app.test/api/outreach/opt-out?token=t")).toEqual({
      "List-Unsubscribe": "<https://app.test/api/outreach/opt-out?token=t>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
  it("Message-ID is deterministic per message and falls back to an .invalid domain", () => {
    expect(outreachMessageId("cm123", "sam@GlowLabs.com")).toBe("<outreach.cm123@glowlabs.com>");
    expect(outreachMessageId("cm123", "sam@GlowLabs.com")).toBe(outreachMessageId("cm123", "other@glowlabs.com"));
    expect(outreachMessageId("cm<1>", null)).toBe("<outreach.cm1@outreach.invalid>");
  });
  it("formatMailbox quotes the name and escapes quotes; no name → bare address", () => {
    expect(formatMailbox('Sam "the" Lee', "s@x.co")).toBe('"Sam \\"the\\" Lee" <s@x.co>');
    expect(formatMailbox("", "s@x.co")).toBe("s@x.co");
    expect(formatMailbox("A\r\nBcc: x", "s@x.co")).toBe('"A  Bcc: x" <s@x.co>');
  });
});

describe("stages", () => {
  it("automatic moves only go forward from early stages", () => {
    expect(stageAfterSend(null)).toBe("contacted");
    expect(stageAfterSend("prospect")).toBe("contacted");
    expect(stageAfterSend("no_response")).toBe("contacted");
    expect(stageAfterSend("replied")).toBeNull();
    expect(stageAfterReply("contacted")).toBe("replied");
    expect(stageAfterReply("negotiating")).toBeNull();
    expect(stageAfterReply("declined")).toBeNull();
  });
  it("adjacentStage stops at both ends", () => {
    expect(adjacentStage("prospect", -1)).toBeNull();
    expect(adjacentStage("prospect", 1)).toBe("contacted");
    expect(adjacentStage("no_response", 1)).toBeNull();
  });
  it("positionBetween", () => {
    expect(positionBetween(null, null)).toBe(0);
    expect(positionBetween(null, 3)).toBe(2);
    expect(positionBetween(3, null)).toBe(4);
    expect(positionBetween(1, 2)).toBe(1.5);
  });
});

describe("due-by date", () => {
  const now = new Date("2030-03-10T15:00:00Z");
  it("end of that UTC day, clamped to [now, now + 60 days]; bad input → now", () => {
    expect(asOfFromDueBy("2030-03-16", now).toISOString()).toBe("2030-03-16T23:59:59.999Z");
    expect(asOfFromDueBy("2030-03-01", now)).toEqual(now);
    expect(asOfFromDueBy("2031-01-01", now).getTime()).toBe(now.getTime() + MAX_DUE_BY_DAYS * 86_400_000);
    expect(asOfFromDueBy(undefined, now)).toEqual(now);
    expect(asOfFromDueBy("16/03/2030", now)).toEqual(now);
    expect(asOfFromDueBy("2030-02-31", now)).toEqual(now);
  });
  it("in the workspace's time zone: the end of that local day", () => {
    expect(asOfFromDueBy("2030-03-16", now, "America/Los_Angeles").toISOString()).toBe("2030-03-17T06:59:59.999Z"); // PDT
    expect(asOfFromDueBy("2030-03-16", now, "Pacific/Auckland").toISOString()).toBe("2030-03-16T10:59:59.999Z"); // NZDT
  });
  it("endOfToday: 15:00Z on March 10 is already March 11 in Auckland", () => {
    expect(endOfToday(now).toISOString()).toBe("2030-03-10T23:59:59.999Z");
    expect(endOfToday(now, "Pacific/Auckland").toISOString()).toBe("2030-03-11T10:59:59.999Z");
  });
});

describe("follow-up draft", () => {
  const original = {
    subject: "Paid reel for our SPF launch?",
    sentAt: new Date("2030-03-01T10:00:00Z"),
    body: `Hi Sarah,

Your reel https://www.instagram.com/p/C8xYz/ stood out — the way you layered SPF over serum was so useful.

I'm Sam, partnerships lead at Glow Labs, a small vegan skincare brand (glowlabs.com, instagram.com/glowlabs).

We'd love you to create one Instagram reel and two stories. We'd pay $350 plus the full SPF set, live between 3 and 14 June.

Sam`,
  };
  const brand = { name: "Glow Labs", links: ["glowlabs.com", "instagram.com/glowlabs"] };
  it("keeps the greeting, appreciation, intro and ask, so it passes the same check", () => {
    const d = draftFollowUp({ influencer: { name: "Sarah Lee", handle: "sarahglows" }, original, brand, senderName: "Sam" });
    expect(d.subject).toBe("Re: Paid reel for our SPF launch?");
    expect(d.body).toMatch(/^Hi Sarah,\n\nFollowing up on my note from March 1/);
    const lint = lintOutreachMessage({
      subject: d.subject,
      body: d.body,
      influencer: { name: "Sarah Lee", handle: "sarahglows", recentPost: { url: "https://www.instagram.com/p/C8xYz/" } },
      brand,
    });
    expect(lint.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  it("does not double the Re:, and introduces the brand when the original never did", () => {
    const d = draftFollowUp({
      influencer: { name: "", handle: "@sarahglows" },
      original: { ...original, subject: "Re: hello", body: "Hi,\n\nCollab?" },
      brand,
      senderName: "",
    });
    expect(d.subject).toBe("Re: hello");
    expect(d.body).toContain("Hi @sarahglows,");
    expect(d.body).toContain("I'm with Glow Labs (glowlabs.com, instagram.com/glowlabs).");
  });
});
