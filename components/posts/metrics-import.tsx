"use client";

// CSV import of a campaign's post metrics: choose a file (read in the browser), check how its columns
// are mapped (guessed from the headers like the roster import, changeable), see which rows can't be
// read, then import. The server reads the file again with the same code and matches rows to posts;
// its answer lists what was created, what was already there and every row it refused, by line.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { importMetricsAction } from "@/app/(app)/actions/posts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { CsvFormatError } from "@/lib/influencers/import";
import {
  METRIC_IMPORT_FIELD_LABELS,
  METRIC_IMPORT_FIELDS,
  readMetricCsv,
  type MetricColumnMapping,
  type MetricImportField,
} from "@/lib/posts/import-rows";

const MAX_CHARS = 2_000_000;

const plural = (n: number, noun: string) => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;

export function MetricsImport({ slug, campaignId }: { slug: string; campaignId: string }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<MetricColumnMapping | null>(null);
  const [summary, setSummary] = useState<{ created: number; unchanged: number; errors: { row: number; message: string }[] } | null>(null);
  const importing = useAction(importMetricsAction);

  const preview = useMemo(() => {
    if (!text) return null;
    try {
      return readMetricCsv(text, mapping ?? undefined);
    } catch (e) {
      return { error: e instanceof CsvFormatError ? e.userMessage : "This file can't be read as a CSV." };
    }
  }, [text, mapping]);

  async function choose(file: File | undefined) {
    setSummary(null);
    setMapping(null);
    setFileError(null);
    setText("");
    if (!file) return;
    if (file.size > MAX_CHARS) {
      setFileError("The file is larger than 2 MB; use npm run import:metrics for large files.");
      return;
    }
    setText(await file.text());
  }

  const bad = preview && "results" in preview ? preview.results.filter((r) => !r.ok) : [];
  const good = preview && "results" in preview ? preview.results.length - bad.length : 0;
  return (
    <div className="grid gap-4" data-testid="metrics-import">
      <Field
        label="CSV file"
        hint="Columns such as: Post URL, Platform, Handle, Captured at, Views, Reach, Impressions, Likes, Comments, Saves, Shares, Clicks."
      >
        <Input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e.target.files?.[0])} />
      </Field>
      {fileError ? <Alert tone="error">{fileError}</Alert> : null}
      {preview && "error" in preview ? <Alert tone="error">{preview.error}</Alert> : null}
      {preview && "results" in preview ? (
        <>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">Columns</legend>
            <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {preview.headers.map((h) => (
                <label key={h} className="grid gap-1 text-xs">
                  <span className="truncate text-muted-foreground">{h}</span>
                  <NativeSelect
                    value={preview.mapping[h] ?? ""}
                    onChange={(e) => {
                      const field = METRIC_IMPORT_FIELDS.find((f) => f === e.target.value) ?? null;
                      setMapping({ ...preview.mapping, [h]: field });
                    }}
                  >
                    <option value="">Ignore</option>
                    {METRIC_IMPORT_FIELDS.map((f: MetricImportField) => (
                      <option key={f} value={f}>
                        {METRIC_IMPORT_FIELD_LABELS[f]}
                      </option>
                    ))}
                  </NativeSelect>
                </label>
              ))}
            </div>
          </fieldset>
          {preview.problems.map((p) => (
            <Alert key={p} tone="warning">
              {p}
            </Alert>
          ))}
          <p className="text-sm">
            {good} of {plural(preview.results.length, "row")} can be read
            {bad.length ? `; ${bad.length} can't:` : "."}
          </p>
          {bad.length ? <RowErrors rows={bad.slice(0, 50).map((r) => (r.ok ? null : { row: r.line, message: r.message }))} /> : null}
          {importing.error ? <Alert tone="error">{importing.error}</Alert> : null}
          <div>
            <Button
              size="sm"
              disabled={importing.pending || preview.problems.length > 0 || good === 0}
              onClick={() =>
                importing.run([slug, { campaignId, text, mapping: preview.mapping }], (res) => {
                  setSummary(res);
                  router.refresh();
                })
              }
            >
              {importing.pending ? "Importing…" : `Import ${plural(good, "row")}`}
            </Button>
          </div>
        </>
      ) : null}
      {summary ? (
        <div className="grid gap-2" data-testid="metrics-import-summary" role="status">
          <p className="text-sm font-medium">
            {plural(summary.created, "snapshot")} added, {summary.unchanged} already there, {plural(summary.errors.length, "row")} not
            imported.
          </p>
          {summary.errors.length ? <RowErrors rows={summary.errors} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function RowErrors({ rows }: { rows: ({ row: number; message: string } | null)[] }) {
  return (
    <ul className="grid max-h-64 gap-1 overflow-y-auto rounded-md border p-2 text-xs" tabIndex={0} aria-label="Rows with problems">
      {rows.map((r) =>
        r ? (
          <li key={r.row}>
            <strong>Line {r.row}:</strong> {r.message}
          </li>
        ) : null,
      )}
    </ul>
  );
}
