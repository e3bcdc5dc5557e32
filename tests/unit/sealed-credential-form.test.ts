// The shared credential form of Settings → Connectors and Settings → Stores
// (components/workspaces/sealed-credential-form.tsx): the secret is a sealed password field, a save
// empties it and the other typed fields but keeps the chosen kind, and the summary names the fields.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import {
  credentialLabels,
  SEALED_HINT,
  SealedCredentialForm,
  sealedHint,
  valuesAfterSave,
  type CredentialField,
} from "@/components/workspaces/sealed-credential-form";

type Key = "kind" | "name" | "secret" | "hidden";

const kinds = [
  { value: "alpha", label: "Alpha" },
  { value: "beta", label: "Beta" },
];
const fields: CredentialField<Key>[] = [
  { name: "kind", label: "Service", type: "select", options: kinds },
  { name: "name", label: "Label", type: "text", placeholder: "Primary", maxLength: 60 },
  { name: "secret", label: "Shared secret", hint: "Rotate it by connecting again.", type: "secret" },
];

describe("sealed credential form", () => {
  it("says the secret is stored encrypted and never shown again, then how to change it", () => {
    expect(sealedHint()).toBe("Stored encrypted and never shown again.");
    expect(sealedHint("To change it, use Replace token.")).toBe(`${SEALED_HINT} To change it, use Replace token.`);
  });

  it("after a save empties the secret and every typed value, shown or not, and keeps the selects' choice", () => {
    const after = valuesAfterSave({ kind: "beta", name: "Main", secret: "s3cret", hidden: "17841400000000000" }, fields);
    expect(after).toEqual({ kind: "beta", name: "", secret: "", hidden: "" });
  });

  it("names each shown field by its label in the error summary", () => {
    expect(credentialLabels(fields)).toEqual({ kind: "Service", name: "Label", secret: "Shared secret" });
  });

  it("renders the secret as a new-password field with the sealed hint, the fields, the card and the button", () => {
    const html = renderToStaticMarkup(
      createElement(SealedCredentialForm<Key, unknown, null>, {
        slug: "acme",
        action: () => Promise.resolve({ ok: true as const, data: null }),
        initial: { kind: "beta", name: "", secret: "", hidden: "" },
        fields: () => fields,
        toInput: (v) => v,
        submitLabel: "Connect",
        card: { title: "Connect a service", description: (v) => `How to connect ${v.kind}` },
      }),
    );
    expect(html).toMatch(
      /<input[^>]*type="password"[^>]*autoComplete="new-password"|<input[^>]*autoComplete="new-password"[^>]*type="password"/,
    );
    expect(html).toContain(`${SEALED_HINT} Rotate it by connecting again.`);
    expect(html).toContain('method="post"');
    expect(html).toContain('autoComplete="off"');
    expect(html).toContain("Connect a service");
    expect(html).toContain("How to connect beta");
    expect(html).toMatch(/<option value="beta" selected="">Beta<\/option>/);
    expect(html).toContain('placeholder="Primary"');
    expect(html).toContain('maxLength="60"');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Connect<\/button>/);
    expect(html).not.toContain("Cancel");
    expect(html).not.toContain("hidden");
  });
});
