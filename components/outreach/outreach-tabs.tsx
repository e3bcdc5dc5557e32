"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "", label: "Pipeline" },
  { href: "/compose", label: "Compose" },
  { href: "/follow-ups", label: "Follow-ups" },
  { href: "/messages", label: "Messages" },
  { href: "/templates", label: "Templates" },
];

export function OutreachTabs({ base, dueCount }: { base: string; dueCount: number }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Outreach" className="relative -mx-1 flex gap-1 overflow-x-auto border-b px-1">
      {TABS.map((t) => {
        const href = `${base}${t.href}`;
        const active = pathname === href;
        return (
          <Link
            key={t.label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px inline-flex items-center gap-1.5 border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-muted-foreground hover:text-foreground",
              active && "border-primary text-foreground",
            )}
          >
            {t.label}
            {t.href === "/follow-ups" && dueCount > 0 ? (
              <span className="rounded-full bg-warning/15 px-1.5 text-xs text-warning" aria-label={`${dueCount} due`}>
                {dueCount}
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
