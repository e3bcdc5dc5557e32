"use client";

// What changed in the brief since the influencer last read it, with a "got it" button.
import { useRouter } from "next/navigation";

import { acknowledgeBriefAction } from "@/app/(portal)/actions";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/workspaces/use-action";
import type { BriefChange } from "@/lib/briefs";

export function BriefChanges({
  token,
  since,
  version,
  changes,
}: {
  token: string;
  since: number;
  version: number;
  changes: BriefChange[];
}) {
  const router = useRouter();
  const { run, pending } = useAction(acknowledgeBriefAction);
  return (
    <section aria-labelledby="brief-changes" className="grid gap-3 rounded-lg border border-warning/40 bg-warning/10 p-4">
      <h2 id="brief-changes" className="text-base font-semibold">
        The brief changed since you read it (version {since} → {version})
      </h2>
      <ul className="grid gap-2 text-sm">
        {changes.map((c, i) => (
          <li key={i} className="grid gap-1">
            <span className="font-medium">{c.label}</span>
            {c.before ? <del className="whitespace-pre-line text-muted-foreground">{c.before}</del> : null}
            {c.after ? (
              <ins className="whitespace-pre-line no-underline">{c.after}</ins>
            ) : (
              <span className="text-muted-foreground">(removed)</span>
            )}
          </li>
        ))}
      </ul>
      <div>
        <Button size="sm" variant="outline" disabled={pending} onClick={() => run([token, {}], () => router.refresh())}>
          Got it
        </Button>
      </div>
    </section>
  );
}
