"use client";

// The workspace switcher button. The menu itself (Radix dropdown) is loaded when someone reaches for
// the button and opens on the click, like the account menu (see user-menu.tsx).
import { lazy, Suspense, useState } from "react";

import { SWITCHER_TRIGGER_CLASS, SwitcherFace, switcherLabel, type SwitcherWorkspace } from "./switcher-face";

export type { SwitcherWorkspace } from "./switcher-face";

const loadMenu = () => import("./workspace-switcher-menu");
const WorkspaceSwitcherMenu = lazy(loadMenu);

function Placeholder({ name, onOpen }: { name: string; onOpen?: () => void }) {
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-label={switcherLabel(name)}
      className={SWITCHER_TRIGGER_CLASS}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={onOpen}
    >
      <SwitcherFace name={name} />
    </button>
  );
}

export function WorkspaceSwitcher({ current, workspaces }: { current: { slug: string; name: string }; workspaces: SwitcherWorkspace[] }) {
  const [wanted, setWanted] = useState(false);
  if (!wanted) return <Placeholder name={current.name} onOpen={() => setWanted(true)} />;
  return (
    <Suspense fallback={<Placeholder name={current.name} />}>
      <WorkspaceSwitcherMenu current={current} workspaces={workspaces} />
    </Suspense>
  );
}
