import type { Metadata } from "next";

import { IntentLink } from "@/components/ui/intent-link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-sm text-muted-foreground">It may have moved, or you may not have access to it.</p>
      <IntentLink className="text-sm font-medium text-primary underline underline-offset-4" href="/w">
        Go to your workspace
      </IntentLink>
    </main>
  );
}
