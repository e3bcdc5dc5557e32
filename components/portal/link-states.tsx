// What the portal's pages show instead of themselves: a dead link (their not-found pages, the same
// words for unknown, expired and revoked links) and a visitor over the rate limit.
import type { Metadata } from "next";

// The token is in the URL: no referrer, no indexing, like the portal itself.
export const linkInvalidMetadata: Metadata = {
  title: "Link no longer valid",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

export function PortalLinkInvalid() {
  return (
    <div className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <main id="main" className="w-full max-w-md rounded-lg border bg-card p-6 shadow-sm">
        <h1 className="mb-2 text-xl font-semibold">This link is no longer valid</h1>
        <p className="text-sm text-muted-foreground">Ask the brand that sent it to you for a new link.</p>
      </main>
    </div>
  );
}

export function PortalRateLimited({ message }: { message: string }) {
  return (
    <main id="main" className="mx-auto max-w-md p-6">
      <h1 className="text-xl font-semibold">Too many requests</h1>
      <p className="text-sm text-muted-foreground">{message}</p>
    </main>
  );
}
