// Bad search input never answers 500. A 201-character query used to throw out of the URL parser
// (its own comment said invalid values are dropped); so did more than 50 values of a list, a NUL
// byte (PostgreSQL refuses it) and an over-long page position. Each is now left out and named, on
// the roster API route and on the roster page alike.
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it } from "vitest";

import RosterPage from "@/app/(app)/w/[workspaceSlug]/influencers/page";
import { GET as searchRoute } from "@/app/api/w/[workspaceSlug]/influencers/route";

import { createUser, createWorkspaceWith } from "../../fixtures/factories";
import { createInfluencerWithAccount } from "../../fixtures/influencers";
import { actAs } from "../session-double";

let slug: string;
beforeAll(async () => {
  const owner = await createUser();
  const { workspace } = await createWorkspaceWith({ owner });
  slug = workspace.slug;
  await createInfluencerWithAccount(workspace.id, { name: "Vera Vegan", handle: "vera.vegan", followers: 15_000 });
  actAs(owner);
});

const LONG_QUERY = "vegan ".repeat(34).slice(0, 201);

/** Every bad parameter found, as a query string. */
const BAD: [string, string][] = [
  ["a 201-character query", `q=${encodeURIComponent(LONG_QUERY)}`],
  ["a 5,000-character query", `q=${"x".repeat(5_000)}`],
  ["a NUL byte in the query", "q=veg%00an"],
  ["a NUL byte in a list id", "list=abc%00def"],
  ["a NUL byte in the brand", "brand=Nike%00"],
  ["51 tags", `tag=${Array.from({ length: 51 }, (_, i) => `t${i}`).join(",")}`],
  ["an unknown platform and tier", "platform=myspace&tier=giga"],
  ["an 81-character niche", `niche=${"n".repeat(81)}`],
  ["a 3-letter country", "country=USA"],
  ["followers out of range", "fmin=-5&fmax=99999999999999"],
  ["engagement that is not a number", "ermin=abc&ermax=NaN"],
  ["an unknown sort", "sort=cheapest"],
  ["a 600-character page position", `cursor=${"c".repeat(600)}`],
  ["a malformed page position", "cursor=not-a-cursor"],
  ["a fractional and a silly limit", "limit=1.5"],
  ["a limit that is not a number", "limit=lots"],
];

async function callRoute(query: string) {
  const res = await searchRoute(new Request(`http://test/api/w/${slug}/influencers?${query}`), {
    params: Promise.resolve({ workspaceSlug: slug }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { rows?: { displayName: string }[]; ignored?: string[]; error?: { message: string } },
  };
}

/** The text of a rendered-to-elements server component (what a person would read), without rendering async children. */
function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (typeof node === "object" && "props" in node) return textOf((node.props as { children?: ReactNode }).children);
  return "";
}

async function renderPage(query: string) {
  const searchParams = Object.fromEntries(new URLSearchParams(query));
  return RosterPage({ params: Promise.resolve({ workspaceSlug: slug }), searchParams: Promise.resolve(searchParams) });
}

describe("the roster API route", () => {
  it.each(BAD)("%s → not a 500: left out and named, or a clear 400", async (_label, query) => {
    const { status, body } = await callRoute(query);
    expect(status, JSON.stringify(body)).not.toBe(500);
    if (status === 200) expect(body.rows).toBeDefined();
    else expect(body.error?.message).toBeTruthy();
  });

  it("leaves out a 201-character query, says so, and still answers with the roster", async () => {
    const { status, body } = await callRoute(`q=${encodeURIComponent(LONG_QUERY)}`);
    expect(status).toBe(200);
    expect(body.ignored).toEqual(["the search text (over 200 characters)"]);
    expect(body.rows?.map((r) => r.displayName)).toEqual(["Vera Vegan"]);
  });

  it("still searches a 200-character query", async () => {
    const { status, body } = await callRoute(`q=${encodeURIComponent(LONG_QUERY.slice(0, 200))}`);
    expect(status).toBe(200);
    expect(body.ignored).toEqual([]);
  });
});

describe("the roster page's search", () => {
  it.each(BAD)("%s → the page renders", async (_label, query) => {
    await expect(renderPage(query)).resolves.toBeTruthy();
  });

  it("tells the user the 201-character query was left out", async () => {
    const page = await renderPage(`q=${encodeURIComponent(LONG_QUERY)}`);
    expect(textOf(page)).toContain("Left out of this search: the search text (over 200 characters).");
  });
});
