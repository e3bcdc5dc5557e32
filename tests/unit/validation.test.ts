// Shared zod helpers (lib/validation.ts): slugs, emails, and how a parse failure becomes field errors.
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { AppError } from "@/lib/errors";
import { emailSchema, fieldErrorsOf, humanizeKey, parseInput, RESERVED_SLUGS, slugSchema, summarizeFieldErrors } from "@/lib/validation";

const slugError = (s: string) => {
  const r = slugSchema.safeParse(s);
  return r.success ? null : r.error.issues[0]!.message;
};

describe("slugSchema", () => {
  it.each([
    ["acme", "acme"],
    ["  Acme-Growth-2  ", "acme-growth-2"],
    ["abc", "abc"],
    ["a1b", "a1b"],
    ["x".repeat(48), "x".repeat(48)],
  ])("accepts %j as %j", (input, out) => {
    expect(slugSchema.parse(input)).toBe(out);
  });

  it.each([
    ["ab", "Use at least 3 characters"],
    ["x".repeat(49), "Use at most 48 characters"],
    ["-abc", "Use lowercase letters, digits and single dashes"],
    ["abc-", "Use lowercase letters, digits and single dashes"],
    ["a_b_c", "Use lowercase letters, digits and single dashes"],
    ["a b c", "Use lowercase letters, digits and single dashes"],
    ["café", "Use lowercase letters, digits and single dashes"],
    ["a/bc", "Use lowercase letters, digits and single dashes"],
    ["a--b", "Use single dashes"],
  ])("refuses %j: %s", (input, message) => {
    expect(slugError(input)).toBe(message);
  });

  it("refuses every reserved slug, whatever its case", () => {
    expect(RESERVED_SLUGS.has("api")).toBe(true);
    for (const s of RESERVED_SLUGS) {
      if (s.length < 3) continue; // too short anyway
      expect(slugError(s), s).toBe("That address is reserved");
      expect(slugError(s.toUpperCase()), s).toBe("That address is reserved");
    }
  });
});

describe("emailSchema", () => {
  it("trims and lower-cases", () => {
    expect(emailSchema.parse("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
  });

  it.each([["nope"], ["a@"], ["@b.com"], ["a b@c.com"], [""]])("refuses %j with a plain message", (input) => {
    const r = emailSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("Enter a valid email address");
  });

  it("refuses an address longer than 254 characters", () => {
    const r = emailSchema.safeParse(`${"a".repeat(250)}@x.io`);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("Email is too long");
  });

  it("a missing email says so", () => {
    expect(emailSchema.safeParse(undefined).error!.issues[0]!.message).toBe("Email is required");
  });
});

describe("parseInput / fieldErrorsOf", () => {
  const schema = z.object({ email: emailSchema, slug: slugSchema, nested: z.object({ n: z.number().int() }) });

  it("returns the parsed (transformed) value", () => {
    expect(parseInput(schema, { email: " A@B.CO ", slug: "Team-1", nested: { n: 2 } })).toEqual({
      email: "a@b.co",
      slug: "team-1",
      nested: { n: 2 },
    });
  });

  it("throws AppError BAD_REQUEST with every field's messages, keyed by dotted path", () => {
    let err: unknown;
    try {
      parseInput(schema, { email: "nope", slug: "ab", nested: { n: 1.5 } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.status).toBe(400);
    expect(Object.keys(e.fieldErrors!).sort()).toEqual(["email", "nested.n", "slug"]);
    expect(e.fieldErrors!.email).toEqual(["Enter a valid email address"]);
    expect(e.fieldErrors!.slug).toEqual(["Use at least 3 characters"]);
    // The message names every bad field in words, never by its raw key.
    expect(e.message).toBe(
      "Email: Enter a valid email address. Slug: Use at least 3 characters. Nested n: Invalid input: expected int, received number.",
    );
  });

  it("collects several messages for one field", () => {
    const s = z.object({ pw: z.string().min(10, "too short").regex(/\d/, "needs a digit") });
    expect(fieldErrorsOf(s.safeParse({ pw: "abc" }).error!)).toEqual({ pw: ["too short", "needs a digit"] });
  });

  it("a problem with the input as a whole goes under _form, and the message has no field prefix", () => {
    const s = z.object({ a: z.string() });
    try {
      parseInput(s, "not an object");
      expect.unreachable();
    } catch (e) {
      expect(Object.keys((e as AppError).fieldErrors!)).toEqual(["_form"]);
      expect((e as AppError).message).not.toMatch(/^_form/);
    }
  });
});

describe("humanizeKey", () => {
  it.each([
    ["name", "Name"],
    ["brandHandles", "Brand handles"],
    ["kpis.1.target", "Kpis 2 › target"],
    ["messages.0.overrideReason", "Messages 1 › override reason"],
    ["account.handle", "Account handle"],
    ["follow_up_days", "Follow up days"],
    ["_form", ""],
  ])("%j → %j", (key, label) => {
    expect(humanizeKey(key)).toBe(label);
  });
});

describe("summarizeFieldErrors: the summary above a form", () => {
  const errors = { name: ["Give the campaign a name"], endDate: ["End after the start"] };
  it("names the fields the form shows, by their labels, without repeating their messages or raw keys", () => {
    const s = summarizeFieldErrors("x", errors, { name: "Campaign name", endDate: "End date" });
    expect(s).toBe("Check these fields: Campaign name, End date.");
    expect(summarizeFieldErrors("x", { name: errors.name }, { name: "Campaign name" })).toBe("Check Campaign name.");
  });
  it("spells out errors for fields the form doesn't show, with a readable name", () => {
    expect(
      summarizeFieldErrors("x", { ...errors, "kpis.0.target": ["Use a number"] }, { name: "Campaign name", endDate: "End date" }),
    ).toBe("Check these fields: Campaign name, End date. Kpis 1 › target: Use a number.");
    expect(summarizeFieldErrors("x", { _form: ["Something is off."] })).toBe("Something is off.");
  });
  it("no field errors: the message as it is", () => {
    expect(summarizeFieldErrors("Not found.", undefined)).toBe("Not found.");
    expect(summarizeFieldErrors("Not found.", {})).toBe("Not found.");
  });
});
