"use client";

// Upload orders as CSV: choose a file, check which column is which, import. Good rows are written
// (known order ids updated), bad rows are listed by line and can be downloaded to fix.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { importOrderCsvAction, previewOrderCsvAction } from "@/app/(app)/actions/conversions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { ORDER_FIELD_LABELS, ORDER_FIELDS, type OrderField, type OrderMapping } from "@/lib/conversions/order-fields";

type Result = {
  created: number;
  updated: number;
  errorCount: number;
  errors: { line: number; message: string }[];
  failedRowsCsv: string | null;
};

export function OrderCsvImport({ slug }: { slug: string }) {
  const router = useRouter();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<OrderMapping>({});
  const [currency, setCurrency] = useState("");
  const [result, setResult] = useState<Result | null>(null);
  const preview = useAction(previewOrderCsvAction);
  const run = useAction(importOrderCsvAction, { defaultCurrency: "Currency for rows without one" });
  const failedUrl = result?.failedRowsCsv ? URL.createObjectURL(new Blob([result.failedRowsCsv], { type: "text/csv" })) : null;

  return (
    <Card className="mt-8">
      <CardHeader>
        <CardTitle>Upload orders (CSV)</CardTitle>
        <CardDescription>
          One row per order with at least an order id, a date and a total; add a discount code or click id column to attribute them.
          Uploading the same order ids again updates them.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <Field label="CSV file">
          <Input
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setResult(null);
              setCsv(null);
              if (!file) return;
              const text = await file.text();
              setFileName(file.name);
              preview.run([slug, { csv: text }], (p) => {
                setCsv(text);
                setHeaders(p.headers);
                setMapping(p.mapping);
              });
            }}
          />
        </Field>
        {preview.error ? <Alert tone="error">{preview.error}</Alert> : null}
        {csv ? (
          <form
            method="post"
            className="grid gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              run.run([slug, { csv, mapping, defaultCurrency: currency }], (res) => {
                setResult(res);
                router.refresh();
              });
            }}
          >
            <p className="text-sm">
              Columns of <strong>{fileName}</strong>:
            </p>
            <div className="grid gap-2 sm:grid-cols-2">
              {headers.map((h) => (
                <label key={h} className="grid gap-1 text-sm">
                  <span className="truncate font-medium" title={h}>
                    {h}
                  </span>
                  <NativeSelect
                    value={mapping[h] ?? ""}
                    onChange={(e) => setMapping({ ...mapping, [h]: (e.target.value || null) as OrderField | null })}
                  >
                    <option value="">Skip this column</option>
                    {ORDER_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {ORDER_FIELD_LABELS[f]}
                      </option>
                    ))}
                  </NativeSelect>
                </label>
              ))}
            </div>
            <Field
              label="Currency for rows without one"
              hint="Three letters, e.g. USD. Leave empty if the file has a currency column."
              error={run.fieldErrors.defaultCurrency}
            >
              <Input value={currency} onChange={(e) => setCurrency(e.target.value)} maxLength={3} className="w-24" />
            </Field>
            {run.error ? <Alert tone="error">{run.error}</Alert> : null}
            <div>
              <Button type="submit" size="sm" disabled={run.pending}>
                Import orders
              </Button>
            </div>
          </form>
        ) : null}
        {result ? (
          <div className="grid gap-2" data-testid="order-import-result">
            <Alert tone={result.errorCount > 0 ? "warning" : "success"}>
              {result.created} new, {result.updated} updated
              {result.errorCount > 0 ? `, ${result.errorCount} ${result.errorCount === 1 ? "row" : "rows"} not imported` : ""}.
            </Alert>
            {result.errors.length > 0 ? (
              <ul className="grid gap-1 text-sm">
                {result.errors.map((e) => (
                  <li key={e.line}>
                    <span className="font-medium">Line {e.line}:</span> {e.message}
                  </li>
                ))}
              </ul>
            ) : null}
            {failedUrl ? (
              <a className="text-sm underline" href={failedUrl} download="orders-not-imported.csv">
                Download the rows that were not imported
              </a>
            ) : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
