// The workspace switcher's button face, shared by the placeholder and the loaded menu.
import { ChevronsUpDown } from "lucide-react";

export type SwitcherWorkspace = { slug: string; name: string; role: string };

export const SWITCHER_TRIGGER_CLASS =
  "flex w-full items-center justify-between gap-2 rounded-md border bg-background px-3 py-2 text-left text-sm font-medium hover:bg-accent";

/** Contains the visible text (the workspace name), as WCAG 2.5.3 "Label in Name" asks. */
export function switcherLabel(name: string): string {
  return `Workspace: ${name}. Switch workspace`;
}

export function SwitcherFace({ name }: { name: string }) {
  return (
    <>
      <span className="truncate">{name}</span>
      <ChevronsUpDown aria-hidden className="size-4 text-muted-foreground" />
    </>
  );
}
