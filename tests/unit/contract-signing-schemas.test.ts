// The signing inputs: typed names trimmed and non-empty, drawn signatures only as size-capped PNG data
// URLs, the "I agree and sign" tick required, and the consent disclosure naming what ESIGN asks for.
import { describe, expect, it } from "vitest";

import { consentDisclosure } from "@/lib/contracts/consent";
import {
  countersignSchema,
  drawnSignatureSchema,
  MAX_DRAWN_SIGNATURE_CHARS,
  signContractSchema,
  typedNameSchema,
} from "@/lib/contracts/signing-schemas";

const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

describe("typedNameSchema", () => {
  it("trims, and refuses a name that is empty once trimmed, too long, or carries control characters", () => {
    expect(typedNameSchema.parse("  Maya Ortiz \t")).toBe("Maya Ortiz");
    expect(typedNameSchema.safeParse("   ").success).toBe(false);
    expect(typedNameSchema.safeParse("").success).toBe(false);
    expect(typedNameSchema.safeParse("a".repeat(200)).success).toBe(true);
    expect(typedNameSchema.safeParse("a".repeat(201)).success).toBe(false);
    expect(typedNameSchema.safeParse("Maya\u0000Ortiz").success).toBe(false);
    expect(typedNameSchema.parse("Zoë O’Brien-Ñúñez")).toBe("Zoë O’Brien-Ñúñez");
  });
});

describe("drawnSignatureSchema", () => {
  it("takes a PNG data URL; '' and a missing drawing become null", () => {
    expect(drawnSignatureSchema.parse(PNG)).toBe(PNG);
    expect(drawnSignatureSchema.parse("")).toBeNull();
    expect(drawnSignatureSchema.parse(undefined)).toBeNull();
    expect(drawnSignatureSchema.parse(null)).toBeNull();
  });

  it("refuses other image types, a PNG prefix on other bytes, non-base64 text and anything over the cap", () => {
    expect(drawnSignatureSchema.safeParse("data:image/svg+xml;base64,PHN2Zz4=").success).toBe(false);
    expect(drawnSignatureSchema.safeParse("data:image/png;base64,R0lGODlhAQABAAAAACw=").success).toBe(false); // a GIF
    expect(drawnSignatureSchema.safeParse(`${PNG}"><script>`).success).toBe(false);
    expect(drawnSignatureSchema.safeParse("https://example.test/sig.png").success).toBe(false);
    const head = "data:image/png;base64,iVBORw0KGgo";
    const atCap = head + "A".repeat(MAX_DRAWN_SIGNATURE_CHARS - head.length);
    expect(atCap.length).toBe(MAX_DRAWN_SIGNATURE_CHARS);
    expect(drawnSignatureSchema.safeParse(atCap).success).toBe(true);
    expect(drawnSignatureSchema.safeParse(atCap + "A").success).toBe(false);
  });
});

describe("signContractSchema and countersignSchema", () => {
  it("need the tick and a version", () => {
    const ok = { version: 1, typedName: "Maya", agree: true };
    expect(signContractSchema.parse(ok)).toEqual({ ...ok, drawnSignature: null, guardian: null, code: null });
    expect(signContractSchema.safeParse({ ...ok, agree: false }).success).toBe(false);
    expect(signContractSchema.safeParse({ ...ok, version: 0 }).success).toBe(false);
    expect(signContractSchema.safeParse({ ...ok, guardian: { typedName: " ", agree: true } }).success).toBe(false);
    expect(countersignSchema.safeParse({ contractId: "c1", version: 1, typedName: "Owner", confirm: false }).success).toBe(false);
    expect(countersignSchema.safeParse({ contractId: "c1", version: 1, typedName: "Owner", confirm: true }).success).toBe(true);
  });
});

describe("consentDisclosure", () => {
  it("covers the paper copy, withdrawal, scope, hardware and software, and contact changes, naming the brand", () => {
    const d = consentDisclosure("Glow Co");
    const text = d.items.map((i) => `${i.heading} ${i.text}`).join(" ");
    expect(text).toMatch(/paper/);
    expect(text).toMatch(/withdraw/);
    expect(text).toMatch(/this contract only/);
    expect(text).toMatch(/browser/);
    expect(text).toMatch(/PDF/);
    expect(text).toMatch(/contact details/);
    expect(text).toContain("Glow Co");
    expect(consentDisclosure("  ").items[0]!.text).toContain("the brand");
  });
});
