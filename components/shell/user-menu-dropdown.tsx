"use client";

// The account menu itself (Radix dropdown), loaded when someone reaches for it (see user-menu.tsx).
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { startTransition } from "react";

import { signOutAction } from "@/app/(app)/actions/account";
import { IntentLink } from "@/components/ui/intent-link";

import { ACCOUNT_TRIGGER_CLASS, AccountTriggerContent } from "./account-trigger";

export default function UserMenuDropdown({ user, initials }: { user: { name: string | null; email: string }; initials: string }) {
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger className={ACCOUNT_TRIGGER_CLASS}>
        <AccountTriggerContent initials={initials} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border bg-background p-1 shadow-md">
          <div className="px-2 py-1.5">
            <p className="text-sm font-medium">{user.name ?? "Account"}</p>
            <p className="text-xs text-muted-foreground">{user.email}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item asChild>
            <IntentLink href="/account" className="block rounded-sm px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-accent">
              Account and security
            </IntentLink>
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
