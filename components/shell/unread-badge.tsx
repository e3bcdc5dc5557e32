// The unread count on the bell, streamed in after the page (the layout doesn't wait for the count):
// the badge is absolutely positioned, so its arrival moves nothing.
export async function UnreadBadge({ count }: { count: Promise<number> }) {
  const unread = await count;
  if (!unread) return null;
  return (
    <span className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-primary px-1 text-center text-[10px] leading-4 font-semibold text-primary-foreground">
      <span className="sr-only"> (</span>
      {unread > 99 ? "99+" : unread}
      <span className="sr-only"> unread)</span>
    </span>
  );
}
