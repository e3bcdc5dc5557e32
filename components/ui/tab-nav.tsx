// Underlined tab links for a section's sub-pages (settings, outreach, one campaign). The current tab
// carries aria-current="page"; the row scrolls sideways on a narrow screen instead of wrapping.
import Link from "next/link";
import type { ReactNode } from "react";

import { cn } from "./cn";
import { LinkPending } from "./link-pending";

export type TabLink = { href: string; label: string; current: boolean; badge?: ReactNode };

export function TabNav({ label, tabs, className }: { label: string; tabs: readonly TabLink[]; className?: string }) {
  return (
    <nav aria-label={label} className={cn("relative -mx-1 flex gap-1 overflow-x-auto border-b px-1", className)}>
      {tabs.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.current ? "page" : undefined}
          className={cn(
            "relative -mb-px inline-flex items-center gap-1.5 border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-muted-foreground hover:text-foreground",
            t.current && "border-primary text-foreground",
          )}
        >
          {t.label}
          {t.badge}
          <LinkPending className="absolute top-1/2 right-0 size-3 -translate-y-1/2" />
        </Link>
      ))}
    </nav>
  );
}
