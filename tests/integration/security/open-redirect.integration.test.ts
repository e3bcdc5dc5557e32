// Item: no redirect off-site after sign-in, sign-up or an OAuth round trip. The pages hand their
// forms only a checked path; Auth.js follows only a checked callbackUrl.
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";

import SignInPage from "@/app/(auth)/sign-in/page";
import SignUpPage from "@/app/(auth)/sign-up/page";
import { authConfig } from "@/lib/auth/config";

const ATTACKS = [
  "/\t/evil.example/x",
  "/\n/evil.example/x",
  "/\\evil.example",
  "//evil.example",
  "https://evil.example/x",
  "/.//evil.example",
];

async function formNext(page: typeof SignInPage | typeof SignUpPage, next: string | string[] | undefined): Promise<string | undefined> {
  const el = (await page({ searchParams: Promise.resolve({ next }) })) as ReactElement<{ next?: string }>;
  return el.props.next;
}

describe("open redirect after sign-in and sign-up", () => {
  it.each(ATTACKS)("sign-in with next=%j sends the form /w", async (next) => {
    expect(await formNext(SignInPage, next)).toBe("/w");
  });

  it.each(ATTACKS)("sign-up with next=%j sends the form /w/new", async (next) => {
    expect(await formNext(SignUpPage, next)).toBe("/w/new");
  });

  it("an invitation's own path is kept; no next stays no next", async () => {
    expect(await formNext(SignInPage, "/invite/abc")).toBe("/invite/abc");
    expect(await formNext(SignUpPage, "/invite/abc")).toBe("/invite/abc");
    expect(await formNext(SignInPage, undefined)).toBeUndefined();
    expect(await formNext(SignInPage, ["/w", "//evil.example"])).toBe("/w");
  });

  it("Auth.js callbackUrls (OAuth, sign-out) go through the same check", async () => {
    const redirect = authConfig.callbacks!.redirect!;
    const baseUrl = "http://localhost:3000";
    expect(await redirect({ url: "/w/demo", baseUrl })).toBe("http://localhost:3000/w/demo");
    expect(await redirect({ url: "http://localhost:3000/invite/x", baseUrl })).toBe("http://localhost:3000/invite/x");
    for (const url of ATTACKS) expect(await redirect({ url, baseUrl }), url).toBe("http://localhost:3000/w");
  });
});
