import { describe, expect, it } from "vitest";

import { checkDraft, parseDraftTranscript } from "@/lib/portal/check-draft";
import { DELIVERABLE_FORMAT } from "@/lib/vocabulary";

const ctx = { brand: "Glow Labs", approvedClaims: [], jurisdiction: "US" as const };
const base = {
  platform: "instagram" as const,
  format: "post" as const,
  paidPartnershipLabel: false,
  usesFilterOrEditing: false,
  transcriptText: "",
};

describe("checkDraft", () => {
  it("flags a caption without disclosure as an error and passes one that starts with #ad", () => {
    expect(checkDraft({ ...base, caption: "Loving this serum" }, ctx).hasError).toBe(true);
    const ok = checkDraft({ ...base, caption: "#ad Loving this serum" }, ctx);
    expect(ok.hasError).toBe(false);
    expect(ok.compliant).toBe(true);
  });
  it("uses the transcript for video formats and reports an unreadable one", () => {
    const spoken = checkDraft(
      {
        ...base,
        format: "video",
        platform: "youtube",
        caption: "#ad my routine",
        transcriptText: "0:05 I'm working with Glow Labs on this video",
      },
      ctx,
    );
    expect(spoken.findings.some((f) => f.code === "VIDEO_DISCLOSURE_MISSING")).toBe(false);
    expect(spoken.transcriptError).toBeNull();
    const broken = checkDraft(
      { ...base, format: "video", platform: "youtube", caption: "#ad", transcriptText: "1\n00:00:05,000 --> nonsense\nhello" },
      ctx,
    );
    expect(broken.transcriptError).toMatch(/Line/);
  });
  it("an empty transcript is no transcript", () => {
    expect(parseDraftTranscript("  \n")).toEqual({ cues: undefined, error: null });
  });
  it("maps every deliverable type to a checker format", () => {
    expect(DELIVERABLE_FORMAT).toEqual({
      post: "post",
      story: "story",
      reel: "reel",
      short_video: "video",
      long_video: "video",
      livestream: "live",
      blog_article: "blog",
    });
  });
});
