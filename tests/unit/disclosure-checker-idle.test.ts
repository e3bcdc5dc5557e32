// @vitest-environment happy-dom
// The disclosure checker page runs no check until something is typed: the first check compiles the
// rules' regular expressions, a long task on a phone that an empty form doesn't need. Once a caption
// is typed the findings appear as before.
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";

const spy = vi.hoisted(() => ({ calls: 0 }));

vi.mock("@/lib/compliance", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/compliance")>();
  return {
    ...actual,
    checkDisclosure: (...args: Parameters<typeof actual.checkDisclosure>) => {
      spy.calls++;
      return actual.checkDisclosure(...args);
    },
  };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = "";
  spy.calls = 0;
});

/** Sets a textarea's value the way typing does, so React's onChange fires. */
function type(el: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")!.set!.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("DisclosureChecker", () => {
  it("checks nothing on an empty form, then checks what is typed", async () => {
    const { DisclosureChecker } = await import("@/components/compliance/disclosure-checker");
    const host = document.createElement("div");
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(createElement(DisclosureChecker, { defaultBrand: "Glow Co" })));

    expect(spy.calls).toBe(0);
    expect(host.textContent).toContain("Start typing a caption to see the findings.");

    const caption = host.querySelector<HTMLTextAreaElement>("textarea")!;
    await act(async () => type(caption, "Loving this serum from @glowco, link in bio"));

    expect(spy.calls).toBeGreaterThan(0);
    expect(host.textContent).not.toContain("Start typing a caption");
    // No disclosure in that caption: the panel says so.
    expect(host.textContent?.toLowerCase()).toContain("disclos");
    await act(async () => root.unmount());
  });
});
