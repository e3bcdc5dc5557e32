// Underlined tab links for a section's sub-pages (settings, outreach, one campaign). The current tab
// carries aria-current="page"; the row scrolls sideways on a narrow screen instead of wrapping.
import type { ReactNode } from "react";

import { IntentLink } from "@/components/ui/intent-link";

import { cn } from "./cn";
import { LinkPending } from "./link-pending";

export type TabLink = { href: string; label: string; current: boolean; badge?: ReactNode };

export function TabNav({ label, tabs, className }: { label: string; tabs: readonly TabLink[]; className?: string }) {
  return (
    <nav aria-label={label} className={cn("tab-nav", className)}>
      {tabs.map((t) => (
        <IntentLink key={t.href} href={t.href} aria-current={t.current ? "page" : undefined} className="tab">
          {t.label}
          {t.badge}
          <LinkPending className="absolute top-1/2 right-0 size-3 -translate-y-1/2" />
        </IntentLink>
      ))}
    </nav>
  );
}
