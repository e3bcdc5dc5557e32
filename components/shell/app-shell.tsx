"use client";

// The signed-in frame: sidebar navigation (a drawer on phones), workspace switcher, user menu.
import { Bell, Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

import { IntentLink } from "@/components/ui/intent-link";
import { LinkPending } from "@/components/ui/link-pending";
import { can } from "@/lib/auth/permissions";

import { NAV_ITEMS } from "./nav-items";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher, type SwitcherWorkspace } from "./workspace-switcher";

export function AppShell({
  workspace,
  workspaces,
  user,
  roleLabel,
  role,
  unreadBadge,
  children,
}: {
  workspace: { slug: string; name: string };
  workspaces: SwitcherWorkspace[];
  user: { name: string | null; email: string };
  roleLabel: string;
  /** The member's role: the navigation leaves out pages it may not open. */
  role: string;
  /** The count on the bell (components/shell/unread-badge.tsx, streamed in by the layout). */
  unreadBadge?: ReactNode;
  children: ReactNode;
}) {
  const pathname = usePathname();
  // The drawer belongs to the page it was opened on: navigating closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const base = `/w/${workspace.slug}`;

  const nav = (
    <nav aria-label="Workspace" className="grid gap-1">
      {NAV_ITEMS.filter((item) => can(role, item.permission)).map((item) => {
        const href = `${base}${item.href}`;
        const active = item.href === "" ? pathname === base : pathname.startsWith(href);
        return (
          <IntentLink key={item.label} href={href} aria-current={active ? "page" : undefined} className="nav-link">
            <item.icon aria-hidden className="size-4" />
            {item.label}
            <LinkPending className="ml-auto" />
          </IntentLink>
        );
      })}
    </nav>
  );

  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr]">
      <aside className="hidden border-r bg-muted/30 p-3 lg:flex lg:flex-col lg:gap-4">
        <WorkspaceSwitcher current={workspace} workspaces={workspaces} />
        {nav}
      </aside>
      {open ? (
        <div className="fixed inset-0 z-40 lg:hidden" role="dialog" aria-modal="true" aria-label="Navigation">
          <button type="button" aria-label="Close navigation" className="absolute inset-0 bg-black/40" onClick={() => setOpen(false)} />
          <div className="absolute inset-y-0 left-0 flex w-72 flex-col gap-4 bg-background p-3 shadow-xl">
            <div className="flex items-center justify-between">
              <span className="font-semibold">Microcampaigns</span>
              <button type="button" aria-label="Close navigation" className="rounded-md p-2 hover:bg-accent" onClick={() => setOpen(false)}>
                <X className="size-4" />
              </button>
            </div>
            <WorkspaceSwitcher current={workspace} workspaces={workspaces} />
            {nav}
          </div>
        </div>
      ) : null}
      <div className="flex min-w-0 flex-col">
        <header className="flex h-14 items-center gap-2 border-b px-3 sm:px-6">
          <button
            type="button"
            aria-label="Open navigation"
            className="rounded-md p-2 hover:bg-accent lg:hidden"
            onClick={() => setOpen(true)}
          >
            <Menu className="size-5" />
          </button>
          <span className="truncate font-medium lg:hidden">{workspace.name}</span>
          <span className="ml-auto" />
          <span className="hidden text-xs text-muted-foreground sm:inline">{roleLabel}</span>
          {/* Named by its content, not an aria-label, so that the name includes the visible count. */}
          <IntentLink href={`${base}/notifications`} className="relative rounded-md p-2 hover:bg-accent">
            <Bell aria-hidden className="size-4" />
            <span className="sr-only">Notifications</span>
            {unreadBadge}
          </IntentLink>
          <ThemeToggle />
          <UserMenu user={user} />
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
