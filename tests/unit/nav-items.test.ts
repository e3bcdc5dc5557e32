// The workspace navigation shows a role only the pages it can open: each item names the permission its
// page requires (read from the page and its layouts), and the client role sees no Contracts, Payments,
// Influencers or Outreach (those pages answer 404 for it).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { NAV_ITEMS } from "@/components/shell/nav-items";
import { can } from "@/lib/auth/permissions";

const ROOT = path.join(process.cwd(), "app/(app)/w/[workspaceSlug]");

/** The permissions requireWorkspacePage is called with in a section's page and layout ("workspace.read" when none is named). */
function pagePermissions(href: string): string[] {
  const found = ["page.tsx", "layout.tsx"]
    .map((f) => path.join(ROOT, href, f))
    .filter((f) => existsSync(f))
    .flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/requireWorkspacePage\(\s*\w+\s*(?:,\s*"([\w.]+)")?\s*\)/g)].map(
        (m) => m[1] ?? "workspace.read",
      ),
    );
  return [...new Set(found)];
}

describe("workspace navigation", () => {
  it.each(NAV_ITEMS.map((i) => [i.label, i] as const))("%s names the permission its page requires", (_, item) => {
    const perms = pagePermissions(item.href);
    expect(perms.length).toBeGreaterThan(0);
    expect(perms).toEqual([item.permission]);
  });

  it("the client role sees neither Contracts nor Payments (nor the roster and outreach)", () => {
    const visible = NAV_ITEMS.filter((i) => can("client", i.permission)).map((i) => i.label);
    expect(visible).not.toContain("Contracts");
    expect(visible).not.toContain("Payments");
    expect(visible).not.toContain("Influencers");
    expect(visible).not.toContain("Outreach");
    expect(visible).toEqual(expect.arrayContaining(["Overview", "Campaigns", "Review", "Analytics"]));
    expect(NAV_ITEMS.filter((i) => can("owner", i.permission))).toHaveLength(NAV_ITEMS.length);
  });
});
