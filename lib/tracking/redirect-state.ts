// Whether a link still redirects (pure): not paused and not past its expiry. Shared by the hot path
// and the pages so both say the same.

export function isLive(link: { paused: boolean; expiresAt: Date | null }, now: number): boolean {
  return !link.paused && (link.expiresAt === null || link.expiresAt.getTime() > now);
}
