"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { startTransition } from "react";

import { signOutAction } from "@/app/(app)/actions/account";

export function UserMenu({ user }: { user: { name: string | null; email: string } }) {
  const initials = (user.name ?? user.email)
    .split(/\s+/)
    .map((p) => p[0]?.toUpperCase())
    .slice(0, 2)
    .join("");
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label="Account menu"
        className="flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
      >
        {initials}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border bg-background p-1 shadow-md">
          <div className="px-2 py-1.5">
            <p className="text-sm font-medium">{user.name ?? "Account"}</p>
            <p className="text-xs text-muted-foreground">{user.email}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item asChild>
            <Link href="/account" className="block rounded-sm px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-accent">
              Account and security
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={() => startTransition(() => signOutAction())}
            className="cursor-default rounded-sm px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-accent"
          >
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
