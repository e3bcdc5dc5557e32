"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "", label: "General" },
  { href: "/members", label: "Members" },
  { href: "/sender", label: "Sender" },
  { href: "/audit-log", label: "Audit log" },
];

export function SettingsTabs({ base }: { base: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="flex gap-1 border-b">
      {TABS.map((t) => {
        const href = `${base}${t.href}`;
        const active = pathname === href;
        return (
          <Link
            key={t.label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn("-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground", active && "border-primary text-foreground")}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
