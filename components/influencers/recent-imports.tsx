"use client";

// Recent imports with their status; refreshes itself while any import is still running.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { Badge } from "@/components/ui/badge";

type Row = {
  id: string;
  fileName: string;
  status: string;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  createdAt: string;
};
const VARIANT = { queued: "default", running: "warning", completed: "success", failed: "destructive" } as const;

export function RecentImports({ slug, imports }: { slug: string; imports: Row[] }) {
  const router = useRouter();
  const active = imports.some((i) => i.status === "queued" || i.status === "running");
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(t);
  }, [active, router]);
  if (imports.length === 0) return <p className="text-sm text-muted-foreground">No imports yet.</p>;
  return (
    <ul className="grid gap-2 text-sm" aria-live="polite">
      {imports.map((i) => (
        <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border p-2">
          <span className="min-w-0 truncate font-medium">{i.fileName}</span>
          <span className="flex items-center gap-2 text-xs text-muted-foreground">
            {i.status === "running" || i.status === "queued"
              ? `${i.processedRows.toLocaleString("en-US")} / ${i.totalRows.toLocaleString("en-US")} rows`
              : `${i.created} created · ${i.updated} updated · ${i.unchanged} unchanged · ${i.errorCount} errors`}
            {i.errorCount > 0 && i.status === "completed" ? (
              <a className="text-primary underline" href={`/api/w/${slug}/imports/${i.id}/failed-rows`} download>
                Failed rows
              </a>
            ) : null}
            <Badge variant={VARIANT[i.status as keyof typeof VARIANT] ?? "default"}>{i.status}</Badge>
          </span>
        </li>
      ))}
    </ul>
  );
}
