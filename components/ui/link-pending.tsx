"use client";

// A fixed-size spinner inside a <Link>, visible while that link's navigation is pending. It stands
// in for a route-level loading.js, which would start streaming every page below it with HTTP 200
// before the page could answer 404 for a record that doesn't exist. Nothing is rendered until then
// (the spinner sits at the link's end or is positioned absolutely, so its arrival moves nothing): an
// idle navigation of fifteen links would otherwise carry fifteen hidden SVGs in every page.
import { Loader2 } from "lucide-react";
import { useLinkStatus } from "next/link";

import { cn } from "./cn";

export function LinkPending({ className }: { className?: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return <Loader2 aria-hidden data-pending className={cn("link-pending", className)} />;
}
