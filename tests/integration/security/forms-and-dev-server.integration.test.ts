// Secrets stay out of URLs and logs in development too:
// - every form says how it submits; a form handled by script (onSubmit) posts, so that before the page
//   hydrates (or when it never does) a browser can't send a password as a query string; forms that
//   use GET (search, filters) hold no password field;
// - the dev server listens on the loopback interface unless HOST says otherwise, accepts 127.0.0.1 as
//   an origin (so pages opened there hydrate), doesn't print server-function arguments and leaves
//   secret-bearing URLs out of its request log.
// The browser half (an unhydrated sign-in form posting, no password in the URL or the answer) is in
// tests/e2e/security.spec.ts.
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { DEV_DEFAULT_HOST, listenHost } from "@/lib/cli/next-args";
import nextConfig, { SECRET_URL_PATTERNS } from "@/next.config";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return p.endsWith(".tsx") ? [p] : [];
  });
}

/** The opening `<form …>` tags of a TSX file, braces and quotes respected (handlers contain `=>`). */
function formTags(source: string): string[] {
  const tags: string[] = [];
  for (let i = source.indexOf("<form"); i >= 0; i = source.indexOf("<form", i + 1)) {
    if (/[A-Za-z]/.test(source[i + 5] ?? "")) continue; // <FormField …>
    let depth = 0;
    let quote: string | null = null;
    let k = i + 5;
    for (; k < source.length; k++) {
      const c = source[k]!;
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) break;
    }
    tags.push(source.slice(i, k + 1));
  }
  return tags;
}

const forms = ["app", "components"]
  .flatMap((d) => sourceFiles(path.resolve(d)))
  .flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    return formTags(source).map((tag) => ({ file: path.relative(process.cwd(), file), tag, source }));
  });

describe("forms never put secrets in a URL", () => {
  it("finds the forms (the scan itself works)", () => {
    expect(forms.length).toBeGreaterThan(20);
    expect(forms.some((f) => f.file.endsWith("sign-in-form.tsx"))).toBe(true);
    expect(formTags(`<form onSubmit={(e) => { go(e); }} className="x">`)).toEqual([`<form onSubmit={(e) => { go(e); }} className="x">`]);
  });

  it("every form declares its method; every script-handled form posts", () => {
    const bad = forms.filter(({ tag }) => !/\bmethod="(post|get)"/.test(tag) || (/\bonSubmit=/.test(tag) && !/\bmethod="post"/.test(tag)));
    expect(bad.map((f) => `${f.file}: ${f.tag.slice(0, 80)}`)).toEqual([]);
  });

  it("the sign-in, sign-up, reset and change-password forms post", () => {
    for (const file of [
      "components/auth/sign-in-form.tsx",
      "components/auth/sign-up-form.tsx",
      "components/auth/reset-forms.tsx",
      "components/workspaces/account-security.tsx",
    ]) {
      const tags = forms.filter((f) => f.file === file).map((f) => f.tag);
      expect(tags.length, file).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, file).toMatch(/\bmethod="post"/);
    }
  });

  it("GET forms (search, filters) live in files without password fields", () => {
    const getFiles = new Set(forms.filter((f) => /\bmethod="get"/.test(f.tag)).map((f) => f.file));
    expect(getFiles.size).toBeGreaterThan(0);
    for (const file of getFiles) expect(fs.readFileSync(file, "utf8"), file).not.toMatch(/type="password"/);
  });
});

describe("the dev server", () => {
  it("listens on 127.0.0.1 by default, on HOST when set; `start` keeps Next's default unless HOST is set", () => {
    expect(DEV_DEFAULT_HOST).toBe("127.0.0.1");
    expect(listenHost("dev")).toBe("127.0.0.1");
    expect(listenHost("dev", "0.0.0.0")).toBe("0.0.0.0");
    expect(listenHost("start")).toBeUndefined();
  });

  it("accepts 127.0.0.1 as a dev origin and doesn't log server-function arguments", () => {
    expect(nextConfig.allowedDevOrigins).toContain("127.0.0.1");
    expect(nextConfig.logging && nextConfig.logging.serverFunctions).toBe(false);
  });

  it("leaves invitation, portal and reset links out of its request log, and only those", () => {
    const ignored = (url: string) => SECRET_URL_PATTERNS.some((re) => re.test(url));
    const token = "Zq3xV9kP0mB2nC4dE6fG8hJ1kL3mN5pQ7rS9tU1vW3x";
    for (const url of [`/invite/${token}`, `/i/${token}`, `/i/${token}/portal`, `/reset-password?token=${token}`, `/x?code=abc`]) {
      expect(ignored(url), url).toBe(true);
    }
    for (const url of ["/sign-in", "/w/demo/influencers?q=vegan", "/api/w/demo/members", "/influencers"])
      expect(ignored(url), url).toBe(false);
    const config = nextConfig.logging && nextConfig.logging.incomingRequests;
    expect(config && typeof config === "object" ? config.ignore : null).toBe(SECRET_URL_PATTERNS);
  });
});
