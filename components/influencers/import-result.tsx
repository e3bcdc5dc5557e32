"use client";

// One import's outcome, or its progress bar while it runs in the background (polls the job).
import { useEffect, useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";

export type JobView = {
  id: string;
  fileName: string;
  status: "queued" | "running" | "completed" | "failed";
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: { row: number; message: string }[];
  failureReason: string | null;
  hasFailedRows: boolean;
};

export function ImportResult({ slug, initial }: { slug: string; initial: JobView }) {
  const [job, setJob] = useState(initial);
  const running = job.status === "queued" || job.status === "running";
  useEffect(() => {
    if (!running) return;
    const t = setInterval(async () => {
      const res = await fetch(`/api/w/${slug}/imports/${job.id}`, { cache: "no-store" }).catch(() => null);
      if (res?.ok) setJob(((await res.json()) as { job: JobView }).job);
    }, 1500);
    return () => clearInterval(t);
  }, [running, slug, job.id]);
  const pct = job.totalRows ? Math.round((job.processedRows / job.totalRows) * 100) : 0;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Import of {job.fileName}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm" aria-live="polite">
        {running ? (
          <>
            <p>
              {job.status === "queued"
                ? "Waiting to start…"
                : `Importing: ${job.processedRows.toLocaleString("en-US")} of ${job.totalRows.toLocaleString("en-US")} rows`}
            </p>
            <progress className="h-2 w-full accent-primary" max={100} value={pct} aria-label="Import progress">
              {pct}%
            </progress>
            <p className="text-xs text-muted-foreground">
              You can leave this page: the import continues, and its status is under Recent imports.
            </p>
          </>
        ) : null}
        {job.status === "failed" ? <Alert tone="error">{job.failureReason ?? "The import failed."}</Alert> : null}
        {job.status === "completed" ? (
          <Alert tone={job.errorCount ? "warning" : "success"}>
            {job.created.toLocaleString("en-US")} created, {job.updated.toLocaleString("en-US")} updated,{" "}
            {job.unchanged.toLocaleString("en-US")} unchanged
            {job.errorCount ? `, ${job.errorCount.toLocaleString("en-US")} rows not imported` : ""}.{" "}
            <IntentLink className="underline" href={`/w/${slug}/influencers`}>
              See the roster
            </IntentLink>
          </Alert>
        ) : null}
        {job.errors.length ? (
          <div className="grid gap-2">
            <h3 className="font-medium">Rows not imported</h3>
            <ul className="max-h-64 overflow-y-auto rounded-md border p-2 text-xs" data-testid="import-errors">
              {job.errors.map((e) => (
                <li key={`${e.row}-${e.message}`}>
                  <span className="font-medium">Line {e.row}:</span> {e.message}
                </li>
              ))}
            </ul>
            {job.hasFailedRows ? (
              <a className="text-primary underline" href={`/api/w/${slug}/imports/${job.id}/failed-rows`} download>
                Download the failed rows as CSV
              </a>
            ) : null}
            <p className="text-xs text-muted-foreground">
              Fix them in the downloaded file and import it again: rows already imported are updated, not duplicated.
            </p>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
