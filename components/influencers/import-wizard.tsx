"use client";

// CSV import: choose or paste → check the column mapping (and the platform of handles that name
// none) → preview with per-cell problems and what will really import → import.
// The preview runs in the browser with the same pure parser the server uses; the file is then
// uploaded once to the imports route (not through a server action).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { rememberedMappingAction } from "@/app/(app)/actions/imports";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NativeSelect, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  CsvFormatError,
  IMPORT_FIELDS,
  importButtonLabel,
  importFieldLabel,
  isGeneralField,
  previewImport,
  type ColumnMapping,
  type ImportPreview,
} from "@/lib/influencers/import";
import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/lib/vocabulary";

import { ImportResult, type JobView } from "./import-result";

const MAX_BYTES = 20 * 1024 * 1024;

export function ImportWizard({ slug }: { slug: string }) {
  const router = useRouter();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [pasted, setPasted] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [defaultPlatform, setDefaultPlatform] = useState<Platform | "">("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<JobView | null>(null);

  async function load(content: string, name: string) {
    setError(null);
    setJob(null);
    try {
      let p = previewImport(content);
      let platform: Platform | "" = "";
      const remembered = await rememberedMappingAction(slug, { headers: p.headers });
      if (remembered.ok && remembered.data.mapping) {
        platform = remembered.data.defaultPlatform ?? "";
        p = previewImport(content, remembered.data.mapping, { defaultPlatform: platform || null });
      }
      setText(content);
      setFileName(name);
      setPreview(p);
      setMapping(p.mapping);
      setDefaultPlatform(platform);
    } catch (e) {
      setPreview(null);
      setError(e instanceof CsvFormatError ? e.userMessage : "This file could not be read.");
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size === 0) return setError("The file is empty.");
    if (file.size > MAX_BYTES)
      return setError("The file is larger than 20 MB. Split it into smaller files and import them one after the other.");
    await load(await file.text(), file.name);
  }

  function remap(header: string, field: string) {
    if (!text) return;
    const next = { ...mapping, [header]: field === "" ? null : (field as ColumnMapping[string]) };
    setMapping(next);
    setPreview(previewImport(text, next, { defaultPlatform: defaultPlatform || null }));
  }

  function choosePlatform(value: string) {
    const platform = PLATFORMS.find((p) => p === value) ?? "";
    setDefaultPlatform(platform);
    if (text) setPreview(previewImport(text, mapping, { defaultPlatform: platform || null }));
  }

  async function submit() {
    if (!text) return;
    setBusy(true);
    setError(null);
    const form = new FormData();
    form.set("file", new Blob([text], { type: "text/csv" }), fileName || "roster.csv");
    form.set("fileName", fileName || "roster.csv");
    form.set("mapping", JSON.stringify(mapping));
    form.set("defaultPlatform", defaultPlatform);
    try {
      const res = await fetch(`/api/w/${slug}/imports`, { method: "POST", body: form });
      const body = (await res.json()) as { job?: JobView; error?: { message: string } };
      if (!res.ok || !body.job) setError(body.error?.message ?? "The import could not start.");
      else {
        setJob(body.job);
        setPreview(null);
        setText(null);
        router.refresh();
      }
    } catch {
      setError("The upload failed. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  const importable = preview?.importableRows ?? 0;
  const invalid = preview?.invalidRows ?? 0;
  const replaced = preview ? preview.totalRows - importable - invalid : 0;
  const n = (count: number) => count.toLocaleString("en-US");
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>1. Choose a file</CardTitle>
          <CardDescription>
            CSV or tab-separated, UTF-8, up to 20 MB. Files over 2,000 rows import in the background; you can leave this page meanwhile.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 md:grid-cols-2">
          <div className="grid gap-1.5">
            <Label htmlFor="import-file">CSV file</Label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              className="text-sm file:mr-3 file:rounded-md file:border file:bg-background file:px-3 file:py-1.5"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="import-paste">…or paste rows from a spreadsheet (with the header row)</Label>
            <Textarea
              id="import-paste"
              rows={3}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              placeholder={"handle\tplatform\tfollowers"}
            />
            <Button
              type="button"
              variant="outline"
              size="sm"
              className="justify-self-start"
              disabled={!pasted.trim()}
              onClick={() => void load(pasted, "Pasted rows")}
            >
              Use pasted rows
            </Button>
          </div>
        </CardContent>
      </Card>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {job ? <ImportResult slug={slug} initial={job} /> : null}
      {preview ? (
        <>
          <Card>
            <CardHeader>
              <CardTitle>2. Match the columns</CardTitle>
              <CardDescription>
                We matched the headers we recognised. The mapping is remembered for files with the same headers.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3">
              <div className="grid gap-1 sm:max-w-sm">
                <Label htmlFor="import-platform">Platform of handles that don&apos;t name one</Label>
                <NativeSelect id="import-platform" value={defaultPlatform} onChange={(e) => choosePlatform(e.target.value)}>
                  <option value="">None: each row names its platform</option>
                  {PLATFORMS.map((p) => (
                    <option key={p} value={p}>
                      All such rows are on {PLATFORM_LABELS[p]}
                    </option>
                  ))}
                </NativeSelect>
                <p className="text-xs text-muted-foreground">
                  For a handle column without a platform column. A profile link or a platform cell still decides for its row.
                </p>
              </div>
              <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {preview.headers.map((h, i) => (
                  <div key={h} className="grid min-w-0 gap-1">
                    <Label htmlFor={`map-${i}`} className="truncate">
                      {h}
                    </Label>
                    <NativeSelect id={`map-${i}`} value={mapping[h] ?? ""} onChange={(e) => remap(h, e.target.value)}>
                      <option value="">Ignore this column</option>
                      <optgroup label="The influencer and their main account">
                        {IMPORT_FIELDS.filter(isGeneralField).map((f) => (
                          <option key={f} value={f}>
                            {importFieldLabel(f)}
                          </option>
                        ))}
                      </optgroup>
                      <optgroup label="A column per platform">
                        {IMPORT_FIELDS.filter((f) => !isGeneralField(f)).map((f) => (
                          <option key={f} value={f}>
                            {importFieldLabel(f)}
                          </option>
                        ))}
                      </optgroup>
                    </NativeSelect>
                  </div>
                ))}
              </div>
              {preview.mappingProblems.map((m) => (
                <Alert key={m} tone="error">
                  {m}
                </Alert>
              ))}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>3. Check the preview</CardTitle>
              <CardDescription>
                {n(preview.totalRows)} rows in {fileName}:{" "}
                {preview.mappingProblems.length > 0
                  ? "fix the column matching above first."
                  : `${n(importable)} will import${invalid ? `, ${n(invalid)} ${invalid === 1 ? "has" : "have"} problems and will be skipped` : ""}${
                      replaced ? `, ${n(replaced)} ${replaced === 1 ? "is" : "are"} replaced by a later row with the same account` : ""
                    }.`}{" "}
                First {preview.rows.length} shown. Line numbers are as your spreadsheet shows them.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <div className="relative overflow-x-auto rounded-md border" tabIndex={0} role="region" aria-label="Preview of the first rows">
                <table className="w-full text-xs">
                  <thead className="bg-muted/50 text-left">
                    <tr>
                      <th scope="col" className="p-2">
                        Line
                      </th>
                      {preview.headers.map((h) => (
                        <th key={h} scope="col" className="p-2 whitespace-nowrap">
                          {h}
                        </th>
                      ))}
                      <th scope="col" className="p-2">
                        Problems
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.map((r) => {
                      const bad = new Set(r.problems.map((p) => p.column));
                      return (
                        <tr key={r.line} className={r.problems.length ? "border-t bg-destructive/5" : "border-t"}>
                          <td className="p-2 tabular-nums">{r.line}</td>
                          {preview.headers.map((h, i) => (
                            <td key={h} className={bad.has(h) ? "p-2 font-medium text-destructive underline decoration-wavy" : "p-2"}>
                              {r.cells[i]}
                            </td>
                          ))}
                          <td className="p-2">
                            {r.problems.map((p) => (
                              <p key={p.message} className="text-destructive">
                                {p.message}
                              </p>
                            ))}
                            {r.warnings.map((p) => (
                              <p key={p.message} className="text-warning">
                                {p.message}
                              </p>
                            ))}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <Button
                type="button"
                className="justify-self-start"
                disabled={busy || preview.mappingProblems.length > 0 || importable === 0}
                onClick={() => void submit()}
              >
                {busy ? "Importing…" : importButtonLabel(preview.totalRows, importable, invalid)}
              </Button>
            </CardContent>
          </Card>
        </>
      ) : null}
    </div>
  );
}
