// @vitest-environment happy-dom
// The roster's filter fields as an HTML string (components/influencers/filter-fields.ts): what the
// form submits reads back as the same search, every field is labelled, and nothing in a value or a
// list name becomes markup.
import { describe, expect, it } from "vitest";

import { filterFieldsHtml } from "@/components/influencers/filter-fields";
import { readSearchParams, type SearchFilters } from "@/lib/influencers/search-schema";

/** The fields inside a GET form, as the browser parses them. */
function form(filters: SearchFilters, lists: { id: string; name: string }[] = []): HTMLFormElement {
  const f = document.createElement("form");
  f.innerHTML = filterFieldsHtml(filters, lists);
  return f;
}

/** The option a browser shows as chosen when the page loads: the one marked `selected`, else the first. */
const chosen = (s: HTMLSelectElement) => (s.querySelector<HTMLOptionElement>("option[selected]") ?? s.options[0])!.value;

/**
 * What submitting the form puts in the URL, read back the way the roster page reads it. A select's
 * value is read from its markup: happy-dom picks the wrong option of a select with attributes
 * before its options (Chromium picks the marked one).
 */
function submitted(f: HTMLFormElement) {
  const params = new URLSearchParams();
  for (const el of f.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) {
    const value = el instanceof HTMLSelectElement ? chosen(el) : el.type === "checkbox" && !el.checked ? "" : el.value;
    if (value !== "") params.append(el.name, value);
  }
  return readSearchParams(params);
}

const LISTS = [
  { id: "l1", name: "Spring launch" },
  { id: "l2", name: "VIPs" },
];

describe("filterFieldsHtml", () => {
  it("submits no filter when none is set: nothing ticked, every field empty, 'Any list' chosen", () => {
    const f = form({}, LISTS);
    expect(f.querySelectorAll("input[type=checkbox]:checked")).toHaveLength(0);
    expect(f.querySelectorAll("input[type=checkbox]").length).toBeGreaterThanOrEqual(12);
    expect(submitted(f)).toEqual({ search: { filters: {}, limit: 50 }, ignored: [] });
    expect(chosen(f.querySelector<HTMLSelectElement>("#f-list")!)).toBe("");
  });

  it("fills in the current search, and submitting it gives the same search back", () => {
    const filters: SearchFilters = {
      platforms: ["instagram", "tiktok"],
      tiers: ["micro"],
      risk: ["low", "unknown"],
      followersMin: 10_000,
      followersMax: 250_000,
      erMin: 2.5,
      erMax: 9,
      niches: ["skincare", "vegan"],
      countries: ["US", "GB"],
      languages: ["en"],
      tags: ["vip"],
      brand: "Glossier",
      listIds: ["l2"],
    };
    const f = form(filters, LISTS);
    expect(f.querySelector<HTMLInputElement>("#f-niche")!.value).toBe("skincare, vegan");
    expect(chosen(f.querySelector<HTMLSelectElement>("#f-list")!)).toBe("l2");
    expect(submitted(f)).toEqual({ search: { filters, limit: 50 }, ignored: [] });
  });

  it("labels every field and points each hint at its field", () => {
    const f = form({}, LISTS);
    for (const field of f.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input:not([type=checkbox]), select")) {
      const label = f.querySelector(`label[for="${field.id}"]`);
      expect(label?.textContent, field.name).toBeTruthy();
      const hint = field.getAttribute("aria-describedby");
      if (hint) expect(f.querySelector(`#${hint}`)?.textContent, field.name).toMatch(/^e\.g\.|Comma|Two-letter/);
    }
    for (const box of f.querySelectorAll("input[type=checkbox]")) expect(box.closest("label")?.textContent).toBeTruthy();
    expect([...f.querySelectorAll("fieldset legend")].map((l) => l.textContent)).toEqual(["Platform", "Tier", "Authenticity risk"]);
    expect(form({}, []).querySelector("#f-list")).toBeNull();
  });

  it("escapes what comes from the URL and from list names, in text and in attributes", () => {
    const evil = `x' onfocus='alert(1)' a="<script>alert(2)</script>&amp;`;
    const f = form({ brand: evil, tags: [evil] }, [{ id: "l'1", name: `<img src=x onerror=alert(3)>` }]);
    expect(f.querySelector("script, img, [onfocus]")).toBeNull();
    expect(f.querySelector<HTMLInputElement>("#f-brand")!.value).toBe(evil);
    expect(f.querySelector<HTMLInputElement>("#f-tag")!.value).toBe(evil);
    const option = f.querySelector<HTMLOptionElement>('#f-list option[value="l\'1"]');
    expect(option?.textContent).toBe("<img src=x onerror=alert(3)>");
  });
});
