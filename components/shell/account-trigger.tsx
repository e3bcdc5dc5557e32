// The account menu's button face: the initials are what one sees, "Account menu" what a screen
// reader says; the name comes from the content (no aria-label that would differ from the visible text).
export const ACCOUNT_TRIGGER_CLASS =
  "flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground";

export function AccountTriggerContent({ initials }: { initials: string }) {
  return (
    <>
      <span aria-hidden>{initials}</span>
      <span className="sr-only">Account menu</span>
    </>
  );
}
