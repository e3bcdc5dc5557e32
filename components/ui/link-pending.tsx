"use client";

// A fixed-size spinner inside a <Link>, visible while that link's navigation is pending. It stands
// in for a route-level loading.js, which would start streaming every page below it with HTTP 200
// before the page could answer 404 for a record that doesn't exist.
import { Loader2 } from "lucide-react";
import { useLinkStatus } from "next/link";

import { cn } from "./cn";

export function LinkPending({ className }: { className?: string }) {
  const { pending } = useLinkStatus();
  return (
    <Loader2
      aria-hidden
      data-pending={pending || undefined}
      className={cn("size-3.5 shrink-0 text-muted-foreground", pending ? "animate-spin opacity-100" : "opacity-0", className)}
    />
  );
}
