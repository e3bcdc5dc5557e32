import {
  BarChart3,
  ClipboardCheck,
  FileSignature,
  FileText,
  Home,
  Link2,
  Megaphone,
  Presentation,
  Settings,
  ShieldCheck,
  ShoppingBag,
  Users,
  Wallet,
} from "lucide-react";

import type { Permission } from "@/lib/auth/permissions";

/** The sidebar; each item names the permission its page requires, so a role never sees a link that 404s. */
export const NAV_ITEMS = [
  { href: "", label: "Overview", icon: Home, permission: "workspace.read" },
  { href: "/influencers", label: "Influencers", icon: Users, permission: "influencers.read" },
  { href: "/outreach", label: "Outreach", icon: Megaphone, permission: "outreach.read" },
  { href: "/campaigns", label: "Campaigns", icon: FileText, permission: "campaigns.read" },
  { href: "/contracts", label: "Contracts", icon: FileSignature, permission: "contracts.read" },
  { href: "/review", label: "Review", icon: ClipboardCheck, permission: "campaigns.read" },
  { href: "/links", label: "Links", icon: Link2, permission: "campaigns.read" },
  { href: "/conversions", label: "Conversions", icon: ShoppingBag, permission: "analytics.read" },
  { href: "/payments", label: "Payments", icon: Wallet, permission: "contracts.read" },
  { href: "/analytics", label: "Analytics", icon: BarChart3, permission: "analytics.read" },
  { href: "/reports", label: "Reports", icon: Presentation, permission: "reports.read" },
  { href: "/compliance", label: "Compliance", icon: ShieldCheck, permission: "compliance.check" },
  { href: "/settings", label: "Settings", icon: Settings, permission: "workspace.read" },
] as const satisfies readonly { href: string; label: string; icon: unknown; permission: Permission }[];
