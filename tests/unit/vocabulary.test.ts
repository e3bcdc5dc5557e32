import { describe, expect, it } from "vitest";

import { DeliverableType, SocialPlatform } from "@/lib/db/generated/enums";
import {
  DELIVERABLE_FORMAT,
  DELIVERABLE_TYPE_LABELS,
  DELIVERABLE_TYPES,
  FORMAT_LABELS,
  FORMATS,
  isContentFormat,
  PLATFORM_LABELS,
  PLATFORMS,
} from "@/lib/vocabulary";

// The compile-time check (lib/vocabulary's `satisfies` and Same<>) run once more against the
// generated enums' values, and the labels people see.
describe("one vocabulary", () => {
  it("has exactly the schema's platforms and deliverable types", () => {
    expect([...PLATFORMS].sort()).toEqual(Object.values(SocialPlatform).sort());
    expect([...DELIVERABLE_TYPES].sort()).toEqual(Object.values(DeliverableType).sort());
  });

  it("labels every value once, and X one way", () => {
    expect(Object.keys(PLATFORM_LABELS).sort()).toEqual([...PLATFORMS].sort());
    expect(Object.keys(DELIVERABLE_TYPE_LABELS).sort()).toEqual([...DELIVERABLE_TYPES].sort());
    expect(Object.keys(FORMAT_LABELS).sort()).toEqual([...FORMATS].sort());
    expect(PLATFORM_LABELS.twitter).toBe("X (Twitter)");
  });

  it("starts every deliverable type with a format the checker knows", () => {
    for (const type of DELIVERABLE_TYPES) expect(FORMATS).toContain(DELIVERABLE_FORMAT[type]);
  });

  it("narrows stored formats", () => {
    expect(isContentFormat("reel")).toBe(true);
    expect(isContentFormat("carousel")).toBe(false);
    expect(isContentFormat("")).toBe(false);
  });
});
