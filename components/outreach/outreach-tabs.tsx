"use client";

import { usePathname } from "next/navigation";

import { TabNav } from "@/components/ui/tab-nav";

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
    <TabNav
      label="Outreach"
      tabs={TABS.map((t) => ({
        href: `${base}${t.href}`,
        label: t.label,
        current: pathname === `${base}${t.href}`,
        badge:
          t.href === "/follow-ups" && dueCount > 0 ? (
            <span className="rounded-full bg-warning/15 px-1.5 text-xs text-warning" aria-label={`${dueCount} due`}>
              {dueCount}
            </span>
          ) : null,
      }))}
    />
  );
}
