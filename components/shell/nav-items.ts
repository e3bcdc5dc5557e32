import {
  BarChart3,
  ClipboardCheck,
  FileSignature,
  FileText,
  Home,
  Link2,
  Megaphone,
  Settings,
  ShieldCheck,
  ShoppingBag,
  Users,
  Wallet,
} from "lucide-react";

export const NAV_ITEMS = [
  { href: "", label: "Overview", icon: Home },
  { href: "/influencers", label: "Influencers", icon: Users },
  { href: "/outreach", label: "Outreach", icon: Megaphone },
  { href: "/campaigns", label: "Campaigns", icon: FileText },
  { href: "/contracts", label: "Contracts", icon: FileSignature },
  { href: "/review", label: "Review", icon: ClipboardCheck },
  { href: "/links", label: "Links", icon: Link2 },
  { href: "/conversions", label: "Conversions", icon: ShoppingBag },
  { href: "/payments", label: "Payments", icon: Wallet },
  { href: "/analytics", label: "Analytics", icon: BarChart3 },
  { href: "/compliance", label: "Compliance", icon: ShieldCheck },
  { href: "/settings", label: "Settings", icon: Settings },
] as const;
