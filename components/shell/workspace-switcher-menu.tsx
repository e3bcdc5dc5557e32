"use client";

// The workspace menu itself (Radix dropdown), loaded when someone reaches for it (see workspace-switcher.tsx).
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Check, Plus } from "lucide-react";

import { IntentLink } from "@/components/ui/intent-link";

import { SWITCHER_TRIGGER_CLASS, SwitcherFace, switcherLabel, type SwitcherWorkspace } from "./switcher-face";

export default function WorkspaceSwitcherMenu({
  current,
  workspaces,
}: {
  current: { slug: string; name: string };
  workspaces: SwitcherWorkspace[];
}) {
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger aria-label={switcherLabel(current.name)} className={SWITCHER_TRIGGER_CLASS}>
        <SwitcherFace name={current.name} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={4} className="z-50 min-w-56 rounded-md border bg-background p-1 shadow-md">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-muted-foreground">Workspaces</DropdownMenu.Label>
          {workspaces.map((w) => (
            <DropdownMenu.Item key={w.slug} asChild>
              <IntentLink
                href={`/w/${w.slug}`}
                className="flex items-center justify-between gap-2 rounded-sm px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-accent"
              >
                <span className="truncate">{w.name}</span>
                {w.slug === current.slug ? (
                  <Check aria-label="current" className="size-4" />
                ) : (
                  <span className="text-xs text-muted-foreground">{w.role}</span>
                )}
              </IntentLink>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item asChild>
            <IntentLink
              href="/w/new"
              className="flex items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-accent"
            >
              <Plus aria-hidden className="size-4" /> New workspace
            </IntentLink>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
