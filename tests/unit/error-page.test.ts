// @vitest-environment happy-dom
// The root error boundary (app/error.tsx): the message with the error's ref, and a "Try again" that
// asks the server again. `reset` alone re-rendered the response the browser already had, so after a
// database restart the page stayed broken (seen in Chromium against a production build).
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";

import ErrorPage from "@/app/error";
import { buttonVariants } from "@/components/ui/button";

const calls = vi.hoisted(() => [] as string[]);
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => calls.push("refresh") }) }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = "";
  calls.length = 0;
});

async function render(digest?: string) {
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { digest });
  await act(async () => root.render(createElement(ErrorPage, { error, reset: () => calls.push("reset") })));
  return { host, root };
}

describe("root error page", () => {
  it("shows the ref a person can quote, never the error's message", async () => {
    const { host, root } = await render("abc123");
    expect(host.querySelector("h1")?.textContent).toBe("This page didn't load");
    expect(host.textContent).toContain("Something went wrong on our side (ref abc123).");
    expect(host.textContent).not.toContain("ECONNREFUSED");
    await act(async () => root.unmount());
  });

  it("without a digest, says so without a ref", async () => {
    const { host, root } = await render();
    expect(host.textContent).toContain("Something went wrong on our side. If the database");
    await act(async () => root.unmount());
  });

  it("Try again refreshes from the server and clears the error, with the button's look", async () => {
    const { host, root } = await render("x");
    const button = host.querySelector("button")!;
    expect(button.textContent).toBe("Try again");
    expect(button.getAttribute("type")).toBe("button");
    expect(button.className).toBe(buttonVariants());
    await act(async () => button.click());
    expect(calls).toEqual(["refresh", "reset"]);
    await act(async () => root.unmount());
  });
});
