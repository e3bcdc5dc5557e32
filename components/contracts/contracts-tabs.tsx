"use client";

// The contracts area's sub-pages: the list, rights ending soon, and the PDF verification page.
import { usePathname } from "next/navigation";

import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { href: "", label: "All contracts" },
  { href: "/rights", label: "Rights ending soon" },
  { href: "/verify", label: "Verify a PDF" },
];

export function ContractsTabs({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/w/${slug}/contracts`;
  return (
    <TabNav
      label="Contracts"
      className="mb-4"
      tabs={TABS.map((t) => ({ href: `${base}${t.href}`, label: t.label, current: pathname === `${base}${t.href}` }))}
    />
  );
}
