// The components/ui primitives write one component class each (app/globals.css, `@layer components`),
// and a caller's utilities override it because the utilities layer comes later (README "Development
// notes", "Component classes"). `cn` only joins, so this is what keeps `<Button className="w-full">`
// and `<CardContent className="pt-5">` working without tailwind-merge in the browser.
import { readFileSync } from "node:fs";
import path from "node:path";

import tailwind from "@tailwindcss/postcss";
import postcss from "postcss";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { MetricCard } from "@/components/analytics/metric-card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

import { ROOT } from "../fixtures/assert-pure";

const classOf = (html: string) => /class="([^"]*)"/.exec(html)?.[1];

describe("the Results tab's metric card", () => {
  it("writes one class per part, and its formula's inputs bare: the list styles them", () => {
    const html = renderToStaticMarkup(
      createElement(MetricCard, {
        id: "err",
        title: "Engagement rate by reach (ERR)",
        value: "3.85%",
        formula: "(likes + comments + saves) ÷ reach × 100",
        inputs: [
          { label: "Likes", value: "79,683" },
          { label: "Reach", value: "2,526,655", note: "8 of 8 posts reported reach" },
        ],
      }),
    );
    expect(/<section[^>]*class="([^"]*)"/.exec(html)?.[1]).toBe("metric-card");
    expect(/<summary class="([^"]*)"/.exec(html)?.[1]).toBe("metric-card-toggle");
    const dl = /<dl class="metric-card-inputs">(.*?)<\/dl>/.exec(html)?.[1];
    expect(dl).toBe(
      "<div><dt>Likes</dt><dd>79,683</dd></div><div><dt>Reach<span>8 of 8 posts reported reach</span></dt><dd>2,526,655</dd></div>",
    );
  });
});

describe("primitives write their component class, then the caller's", () => {
  it("button: base, variant, size, then the caller's utilities, nothing dropped", () => {
    expect(classOf(renderToStaticMarkup(createElement(Button, { size: "sm", variant: "outline", className: "w-full h-auto" }, "Go")))).toBe(
      "btn btn-outline btn-sm w-full h-auto",
    );
    expect(classOf(renderToStaticMarkup(createElement(Button, null, "Go")))).toBe("btn btn-default btn-md");
  });

  it("fields, label, card parts and alert", () => {
    const cases: [ReturnType<typeof createElement>, string][] = [
      [createElement(Input, { className: "w-44" }), "input w-44"],
      [createElement(Textarea, { className: "font-mono text-[13px]" }), "textarea font-mono text-[13px]"],
      [createElement(NativeSelect, { className: "w-40" }), "select w-40"],
      [createElement(Label, null, "Name"), "label"],
      [createElement(Card, { className: "shadow-md" }), "card shadow-md"],
      [createElement(CardHeader, { className: "flex-row" }), "card-header flex-row"],
      [createElement(CardTitle, { className: "text-sm" }, "T"), "card-title text-sm"],
      [createElement(CardDescription, null, "D"), "card-description"],
      [createElement(CardContent, { className: "pt-5" }), "card-content pt-5"],
      [createElement(Alert, { tone: "warning", className: "mt-2" }, "!"), "alert alert-warning mt-2"],
      [createElement(Badge, { variant: "success", className: "ml-1" }, "Live"), "badge badge-success ml-1"],
    ];
    for (const [el, want] of cases) expect(classOf(renderToStaticMarkup(el))).toBe(want);
  });
});

describe("the stylesheet: primitives in the components layer, under the utilities", () => {
  let css = "";
  beforeAll(async () => {
    const from = path.join(ROOT, "app/globals.css");
    css = (await postcss([tailwind()]).process(readFileSync(from, "utf8"), { from })).css;
  }, 60_000);

  /** The text of the first top-level `@layer <name> { … }` block. */
  function layer(name: string): string {
    const start = css.indexOf(`@layer ${name} {`);
    expect(start, `@layer ${name}`).toBeGreaterThanOrEqual(0);
    let depth = 0;
    for (let i = css.indexOf("{", start); i < css.length; i++) {
      if (css[i] === "{") depth++;
      else if (css[i] === "}" && --depth === 0) return css.slice(start, i + 1);
    }
    throw new Error(`@layer ${name} is not closed`);
  }

  it("declares components before utilities, so any utility wins over a primitive's class", () => {
    const order = /@layer ([a-z, ]*components[a-z, ]*);/.exec(css)?.[1]?.split(/,\s*/);
    expect(order).toBeDefined();
    expect(order!.indexOf("components")).toBeGreaterThanOrEqual(0);
    expect(order!.indexOf("components")).toBeLessThan(order!.indexOf("utilities"));
  });

  it("defines every primitive's class in the components layer, each size and variant after its base", () => {
    const components = layer("components");
    const at = (cls: string) => {
      const i = components.search(new RegExp(`\\.${cls}(?=[\\s{:,\\[])`));
      expect(i, `.${cls} in @layer components`).toBeGreaterThanOrEqual(0);
      return i;
    };
    for (const cls of [
      "badge",
      "input",
      "textarea",
      "select",
      "label",
      "card",
      "card-content",
      "alert",
      "tab-nav",
      "tab",
      "link-pending",
      "nav-link",
      "card-page",
      "metric-card",
      "metric-card-toggle",
      "metric-card-formula",
      "metric-card-inputs",
    ])
      at(cls);
    const btn = at("btn");
    for (const cls of [
      "btn-default",
      "btn-outline",
      "btn-ghost",
      "btn-destructive",
      "btn-link",
      "btn-md",
      "btn-sm",
      "btn-lg",
      "btn-icon",
    ]) {
      expect(at(cls)).toBeGreaterThan(btn);
    }
    expect(at("alert-warning")).toBeGreaterThan(at("alert"));
    for (const cls of ["badge-default", "badge-outline", "badge-success", "badge-warning", "badge-destructive"])
      expect(at(cls)).toBeGreaterThan(at("badge"));
  });

  it("keeps the overriding utilities in the utilities layer", () => {
    const utilities = layer("utilities");
    for (const cls of ["w-full", "pt-5", "h-auto"]) expect(utilities).toMatch(new RegExp(`\\.${cls}\\s*\\{`));
  });
});
