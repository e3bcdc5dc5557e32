// The root error boundary (app/error.tsx), rendered to HTML: the message with the error's ref, and a
// real "Try again" button with the button's look, built without Button (a client component on every
// page must not pull in tailwind-merge).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import ErrorPage from "@/app/error";
import { buttonVariants } from "@/components/ui/button";

const render = (digest?: string) =>
  renderToStaticMarkup(createElement(ErrorPage, { error: Object.assign(new Error("boom"), { digest }), reset() {} }));

describe("root error page", () => {
  it("shows the ref a person can quote, never the error's message", () => {
    const html = render("abc123");
    expect(html).toContain("This page didn&#x27;t load");
    expect(html).toContain("Something went wrong on our side (ref abc123).");
    expect(html).not.toContain("boom");
  });

  it("without a digest, says so without a ref", () => {
    expect(render()).toContain("Something went wrong on our side. If the database");
  });

  it("offers a type=button 'Try again' with the default button classes", () => {
    const html = render("x");
    expect(html).toContain(`<button type="button" class="${buttonVariants().replaceAll("&", "&amp;")}">Try again</button>`);
  });
});
