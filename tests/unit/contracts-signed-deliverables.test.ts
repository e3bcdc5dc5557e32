import { describe, expect, it } from "vitest";

import { contractDeliverableSchema } from "@/lib/contracts/schema";
import { signedDueDateUpdates } from "@/lib/contracts/signed-deliverables";

const signed = (type: string, platform: string | null, dueDate: string | null) =>
  contractDeliverableSchema.parse({ type, platform, dueDate });
const existing = (id: string, type: string, platform: string | null, dueDate: string | null) => ({
  id,
  type,
  platform,
  dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null,
});

describe("signedDueDateUpdates", () => {
  it("gives each collaboration deliverable the signed date at the same position", () => {
    expect(
      signedDueDateUpdates(
        [signed("post", "instagram", "2030-06-15"), signed("story", "instagram", "2030-06-20")],
        [existing("a", "post", "instagram", null), existing("b", "story", "instagram", "2030-06-01")],
      ),
    ).toEqual([
      { id: "a", dueDate: "2030-06-15" },
      { id: "b", dueDate: "2030-06-20" },
    ]);
  });

  it("leaves alone what already agrees, has no signed date, or no longer matches in type or platform", () => {
    expect(
      signedDueDateUpdates(
        [
          signed("post", "instagram", "2030-06-15"),
          signed("story", "instagram", null),
          signed("reel", "instagram", "2030-07-01"),
          signed("post", "tiktok", "2030-07-02"),
        ],
        [
          existing("a", "post", "instagram", "2030-06-15"),
          existing("b", "story", "instagram", null),
          existing("c", "post", "instagram", null),
          existing("d", "post", "youtube", null),
        ],
      ),
    ).toEqual([]);
  });

  it("ignores signed deliverables beyond the collaboration's", () => {
    expect(
      signedDueDateUpdates([signed("post", null, "2030-01-01"), signed("post", null, "2030-01-02")], [existing("a", "post", null, null)]),
    ).toEqual([{ id: "a", dueDate: "2030-01-01" }]);
  });
});
