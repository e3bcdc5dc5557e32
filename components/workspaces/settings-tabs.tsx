"use client";

import { usePathname } from "next/navigation";

import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { href: "", label: "General" },
  { href: "/members", label: "Members" },
  { href: "/sender", label: "Sender" },
  { href: "/contracts", label: "Contracts" },
  { href: "/stores", label: "Stores" },
  { href: "/connectors", label: "Connectors" },
  { href: "/webhooks", label: "Webhooks" },
  { href: "/api-keys", label: "API keys" },
  { href: "/audit-log", label: "Audit log" },
];

export function SettingsTabs({ base, billing = false }: { base: string; billing?: boolean }) {
  const pathname = usePathname();
  return (
    <TabNav
      label="Settings"
      tabs={(billing ? [...TABS, { href: "/billing", label: "Billing" }] : TABS).map((t) => ({
        href: `${base}${t.href}`,
        label: t.label,
        current: pathname === `${base}${t.href}`,
      }))}
    />
  );
}
