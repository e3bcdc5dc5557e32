// Findings are shown by title, never by code: every code has a title, and the lists people read
// (the checker page, the portal and review queue, the outreach composer) render titles only.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { FindingsList as CheckerFindings } from "@/components/compliance/findings-list";
import { HighlightedText } from "@/components/compliance/highlighted-text";
import { LintFindings } from "@/components/outreach/lint-findings";
import { FindingsList as PortalFindings } from "@/components/portal/findings-list";
import { checkDisclosure, FINDING_CODES, FINDING_TITLES, findingTitle } from "@/lib/compliance";
import { lintOutreachMessage, OUTREACH_FINDING_CODES, OUTREACH_FINDING_TITLES } from "@/lib/outreach";

/** The text a person sees: tags and attributes dropped (codes may stay in data-* attributes). */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, " ");
const titleAttributes = (html: string) => [...html.matchAll(/ title="([^"]*)"/g)].map((m) => m[1]);

describe("finding titles", () => {
  it("every disclosure and outreach code has a title that isn't the code", () => {
    for (const code of FINDING_CODES) expect(FINDING_TITLES[code], code).toMatch(/^[A-Z][a-z]/);
    for (const code of OUTREACH_FINDING_CODES) expect(OUTREACH_FINDING_TITLES[code], code).toMatch(/^[A-Z][a-z]/);
    expect(findingTitle("SOME_FUTURE_CODE")).toBe("Disclosure problem");
  });

  const caption = "Loving my new serum! #skincare #spon";
  const result = checkDisclosure({ text: caption, platform: "instagram" });

  it("the checker page's list, its highlights and the portal/review list show titles, not codes", () => {
    const codes = result.findings.map((f) => f.code);
    expect(codes).toContain("VAGUE_DISCLOSURE");
    for (const html of [
      renderToStaticMarkup(createElement(CheckerFindings, { findings: result.findings })),
      renderToStaticMarkup(createElement(PortalFindings, { findings: result.findings, compliant: result.compliant })),
    ]) {
      for (const code of codes) expect(visibleText(html)).not.toContain(code);
      expect(visibleText(html)).toContain("Vague disclosure");
    }
    const marks = renderToStaticMarkup(createElement(HighlightedText, { text: caption, findings: result.findings }));
    expect(titleAttributes(marks)).toContain("Vague disclosure");
    for (const code of codes) expect(titleAttributes(marks)).not.toContain(code);
  });

  it("the outreach composer's findings show titles", () => {
    const lint = lintOutreachMessage({
      subject: "Hi",
      body: "Hi there, want to collab?",
      influencer: { name: "Sarah Lee", handle: "sarah" },
      brand: { name: "Glow Labs", links: [] },
    });
    expect(lint.findings.map((f) => f.code)).toContain("GENERIC_GREETING");
    const html = renderToStaticMarkup(createElement(LintFindings, { result: lint, id: "x" }));
    expect(visibleText(html)).toContain("Generic greeting");
    for (const f of lint.findings) expect(visibleText(html)).not.toContain(f.code);
  });
});
