"use client";

// The account menu button. The menu itself (Radix dropdown and its positioning library) is loaded
// when someone reaches for the button — pointer over it, touch, focus — and opens on the click, so
// no page pays for it up front.
import { lazy, Suspense, useState } from "react";

import { ACCOUNT_TRIGGER_CLASS, AccountTriggerContent } from "./account-trigger";

const loadDropdown = () => import("./user-menu-dropdown");

function Placeholder({ initials, onOpen }: { initials: string; onOpen?: () => void }) {
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      className={ACCOUNT_TRIGGER_CLASS}
      onPointerEnter={() => void loadDropdown()}
      onFocus={() => void loadDropdown()}
      onClick={onOpen}
    >
      <AccountTriggerContent initials={initials} />
    </button>
  );
}

const UserMenuDropdown = lazy(loadDropdown);

export function UserMenu({ user }: { user: { name: string | null; email: string } }) {
  const [wanted, setWanted] = useState(false);
  const initials = (user.name ?? user.email)
    .split(/\s+/)
    .map((p) => p[0]?.toUpperCase())
    .slice(0, 2)
    .join("");
  if (!wanted) return <Placeholder initials={initials} onOpen={() => setWanted(true)} />;
  return (
    <Suspense fallback={<Placeholder initials={initials} />}>
      <UserMenuDropdown user={user} initials={initials} />
    </Suspense>
  );
}
