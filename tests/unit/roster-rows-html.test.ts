// @vitest-environment happy-dom
// The roster's rows as a server-built HTML string (components/influencers/results-rows.ts): every
// database value is escaped, in text and in attributes, and the markup is what the table's styles
// and the BulkActions island read (a checkbox with data-row-select and the id, a link to the profile).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import { ResultsBody } from "@/components/influencers/results-body";
import { rosterRowsHtml } from "@/components/influencers/results-rows";
import { fromWire, toWire } from "@/components/influencers/roster-row";

import { parseTbody as parse } from "../fixtures/parse-tbody";
import { rosterRowFixture } from "../fixtures/roster-row";

const row = rosterRowFixture;

describe("rosterRowsHtml", () => {
  it("writes one row per influencer with the checkbox, the profile link and each figure", () => {
    const tbody = parse(
      rosterRowsHtml("demo", [row(), row({ id: "cmxrow2", displayName: "Omar Novak", riskLevel: null, riskScore: null })]),
    );
    const rows = [...tbody.querySelectorAll("tr")];
    expect(rows).toHaveLength(2);
    const cells = [...rows[0]!.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells).toEqual(["", "Isla BakerInstagram @isla.baker +1 · US", "Micro", "48.2K", "3.5%", "Low risk · 4", "fitness, wellness"]);
    const box = rows[0]!.querySelector<HTMLInputElement>("input[data-row-select]")!;
    expect(box.type).toBe("checkbox");
    expect(box.value).toBe("cmxrow00000000000000000001");
    expect(box.getAttribute("aria-label")).toBe("Select Isla Baker");
    expect(rows[0]!.querySelector("a")!.getAttribute("href")).toBe("/w/demo/influencers/cmxrow00000000000000000001");
    expect(rows[0]!.querySelector("td:nth-child(4) span")!.getAttribute("title")).toBe("48,213 followers");
    expect(rows[0]!.querySelector("td:nth-child(3) span")!.className).toBe("badge badge-outline");
    expect(rows[0]!.querySelector("td:nth-child(6) span")!.className).toBe("badge badge-success");
    expect(rows[1]!.querySelector("td:nth-child(6)")!.textContent).toBe("Risk unknown");
  });

  it("escapes markup in every text and attribute a spreadsheet can set", () => {
    const evil = `"><img src=x onerror=alert(1)><script>alert(2)</script>&amp;'`;
    const html = rosterRowsHtml("demo", [
      row({
        displayName: evil,
        subtitle: evil,
        niches: evil,
        riskReason: evil,
        tags: [evil],
        tier: evil,
        riskLevel: "high",
        riskScore: 60,
      }),
    ]);
    const tbody = parse(html);
    expect(tbody.querySelectorAll("img, script")).toHaveLength(0);
    expect(tbody.querySelectorAll("tr")).toHaveLength(1);
    expect(tbody.querySelectorAll("td")).toHaveLength(7);
    const tr = tbody.querySelector("tr")!;
    // The text comes back exactly as stored: escaped, not stripped or double-escaped.
    expect(tr.querySelector("a")!.textContent).toBe(evil);
    expect(tr.querySelector("input")!.getAttribute("aria-label")).toBe(`Select ${evil}`);
    expect(tr.querySelector("td:nth-child(2) small")!.textContent).toBe(evil);
    expect(tr.querySelector("td:nth-child(3)")!.textContent).toBe(evil);
    expect(tr.querySelector("td:nth-child(6) small")!.textContent).toBe(evil);
    expect(tr.querySelector("td:nth-child(7) p")!.textContent).toBe(`#${evil}`);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
  });

  it("keeps ids and the workspace slug inside the link's path", () => {
    const tbody = parse(rosterRowsHtml("a b", [row({ id: `x"/../y?z` })]));
    expect(tbody.querySelector("a")!.getAttribute("href")).toBe("/w/a%20b/influencers/x%22%2F..%2Fy%3Fz");
    expect(tbody.querySelector("input")!.value).toBe(`x"/../y?z`);
  });

  it("writes nothing for no rows", () => {
    expect(rosterRowsHtml("demo", [])).toBe("");
  });
});

describe("ResultsBody", () => {
  const rows = [
    row({ riskReason: "Followers jumped 90% in a week", tags: ["vip", "spring"] }),
    row({ id: "cmxrow2", displayName: "Omar Novak", engagementRate: null, riskLevel: null, riskScore: null }),
  ];

  it("gets every field back from a row's values, in order", () => {
    for (const r of rows) expect(fromWire(toWire(r))).toEqual(r);
  });

  it("renders the same <tbody> from the values as the rows' HTML on the server", () => {
    // On the server (no window); hydration in the browser is in results-body.test.ts.
    vi.stubGlobal("window", undefined);
    let html: string;
    try {
      html = renderToStaticMarkup(createElement(ResultsBody, { slug: "demo", rows: rows.map(toWire) }));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(html).toBe(`<tbody>${rosterRowsHtml("demo", rows)}</tbody>`);
    expect(parse(rosterRowsHtml("demo", rows)).querySelectorAll("tr")).toHaveLength(2);
  });
});
