"use client";

// What a page inside a workspace shows when its record doesn't exist (or belongs to another
// workspace; the two are not told apart): said plainly, inside the app's frame, with the way back.
// A client component because not-found pages get no params.
import { SearchX } from "lucide-react";
import { useParams } from "next/navigation";

import { IntentLink } from "@/components/ui/intent-link";

export function RecordNotFound({ title, back }: { title: string; back: { label: string; path: string } }) {
  const { workspaceSlug } = useParams<{ workspaceSlug: string }>();
  return (
    <div className="flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed p-10 text-center">
      <SearchX aria-hidden className="size-8 text-muted-foreground" />
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      <p className="max-w-md text-sm text-muted-foreground">It may have been deleted, or the link may be wrong.</p>
      <IntentLink className="text-sm font-medium text-primary underline underline-offset-4" href={`/w/${workspaceSlug}${back.path}`}>
        {back.label}
      </IntentLink>
    </div>
  );
}
