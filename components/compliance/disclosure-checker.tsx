"use client";

// The check page: caption, platform, format, brand, jurisdiction and an optional transcript in;
// findings out as you type. lib/compliance is pure, so it runs right here in the browser.
import { useDeferredValue, useMemo, useState } from "react";

import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import {
  checkDisclosure,
  MORE_CUT_DEFAULTS,
  parseTranscript,
  resolveFormat,
  type DisclosureResult,
  type Jurisdiction,
  type TranscriptCue,
} from "@/lib/compliance";
import { FORMAT_LABELS, FORMATS, PLATFORM_LABELS, PLATFORMS, type ContentFormat, type Platform } from "@/lib/vocabulary";

import { FindingsList, FindingsSummary } from "./findings-list";
import { HighlightedText } from "./highlighted-text";

const MAX_TRANSCRIPT_BYTES = 2_000_000;

/** What the side panel reads before anything is typed (it shows the "Start typing" hint then). */
const NOTHING_CHECKED: Pick<DisclosureResult, "compliant" | "findings"> = { compliant: false, findings: [] };

let warmed = false;
/** Runs one check on a sample caption once, soon after a focus, so the first real check is quick. */
function warmUp() {
  if (warmed) return;
  warmed = true;
  setTimeout(
    () =>
      checkDisclosure({ text: "Thanks @brand for the gift! #ad", platform: "instagram", transcript: parseTranscript("0:01 sponsored") }),
    0,
  );
}

function parseTranscriptSafe(raw: string): { cues?: TranscriptCue[]; error?: string } {
  if (!raw.trim()) return {};
  try {
    return { cues: parseTranscript(raw) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : "Couldn't read that transcript." };
  }
}

export function DisclosureChecker({ defaultBrand }: { defaultBrand: string }) {
  const [text, setText] = useState("");
  const [platform, setPlatform] = useState<Platform>("instagram");
  const [format, setFormat] = useState<ContentFormat | "">("");
  const [brand, setBrand] = useState(defaultBrand);
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>("US");
  const [paidLabel, setPaidLabel] = useState(false);
  const [filtered, setFiltered] = useState(false);
  const [claims, setClaims] = useState("");
  const [transcriptRaw, setTranscriptRaw] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);

  const input = useDeferredValue({ text, platform, format, brand, jurisdiction, paidLabel, filtered, claims, transcriptRaw });
  const transcript = useMemo(() => parseTranscriptSafe(input.transcriptRaw), [input.transcriptRaw]);
  // Nothing typed yet: nothing to check, and the "Start typing" hint shows instead of findings. The
  // first check compiles the rules' ~20 Unicode regular expressions (about 25 ms here, four times that
  // on a mid-range phone), which would otherwise be a long task on every visit; a focus in the caption
  // compiles them while the person is about to type (warmUp).
  const nothingTyped = !input.text.trim() && !input.transcriptRaw.trim();
  const result = useMemo(
    (): Pick<DisclosureResult, "compliant" | "findings"> =>
      nothingTyped
        ? NOTHING_CHECKED
        : checkDisclosure({
            text: input.text,
            platform: input.platform,
            format: input.format || undefined,
            brand: input.brand.trim() || undefined,
            jurisdiction: input.jurisdiction,
            paidPartnershipLabel: input.paidLabel,
            usesFilterOrEditing: input.filtered,
            approvedClaims: input.claims
              .split(/\n|;/)
              .map((c) => c.trim())
              .filter(Boolean),
            transcript: transcript.cues,
          }),
    [input, transcript.cues, nothingTyped],
  );
  const effectiveFormat = resolveFormat({ platform, format: format || undefined, transcript: transcript.cues });
  const cut = MORE_CUT_DEFAULTS[platform];

  async function onFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_TRANSCRIPT_BYTES) {
      setFileError("That file is larger than 2 MB. Upload the SRT or WebVTT captions file.");
      return;
    }
    const raw = await file.text();
    if (raw.includes("\u0000")) {
      setFileError("That doesn't look like a text file. Upload an .srt, .vtt or .txt captions file.");
      return;
    }
    setTranscriptRaw(raw);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <Card>
        <CardHeader>
          <CardTitle>Post</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Field
            label="Caption or description"
            hint={`${[...text].length} characters · ${typeof cut === "number" ? `${PLATFORM_LABELS[platform]} shows about ${cut} before “more”` : cut === "all" ? "the whole post is shown" : "the first paragraph is shown"}`}
          >
            <Textarea
              rows={7}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onFocus={warmUp}
              placeholder="Paste the caption exactly as it will be posted…"
            />
          </Field>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field label="Platform">
              <NativeSelect value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
                {PLATFORMS.map((p) => (
                  <option key={p} value={p}>
                    {PLATFORM_LABELS[p]}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Format" hint={format ? undefined : `Automatic: ${FORMAT_LABELS[effectiveFormat]}`}>
              <NativeSelect value={format} onChange={(e) => setFormat(e.target.value as ContentFormat | "")}>
                <option value="">Automatic</option>
                {FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABELS[f]}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Rules">
              <NativeSelect value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value as Jurisdiction)}>
                <option value="US">US (FTC)</option>
                <option value="UK">UK (ASA/CMA)</option>
              </NativeSelect>
            </Field>
          </div>
          <Field label="Brand" hint="Used to recognise #BrandPartner tags and statements like “Brand sent me this”.">
            <Input value={brand} onChange={(e) => setBrand(e.target.value)} />
          </Field>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">About the post</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={paidLabel} onChange={(e) => setPaidLabel(e.target.checked)} />
              The platform&apos;s “Paid partnership” label is switched on
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={filtered} onChange={(e) => setFiltered(e.target.checked)} />
              The image or video uses a filter or editing that changes the product&apos;s results
            </label>
          </fieldset>
          <Field
            label="Approved claims"
            hint="One per line: claims the brand can substantiate (e.g. “clinically proven to reduce redness”)."
          >
            <Textarea rows={2} value={claims} onChange={(e) => setClaims(e.target.value)} />
          </Field>
          <Field
            label="Video transcript (optional)"
            hint="Paste captions as SRT, WebVTT or “0:05 text” lines, or upload the file. Checks the spoken disclosure and its timing."
            error={transcript.error ?? fileError ?? undefined}
          >
            <Textarea
              rows={4}
              value={transcriptRaw}
              onChange={(e) => setTranscriptRaw(e.target.value)}
              onFocus={warmUp}
              placeholder={"0:03 Hey everyone, this video is sponsored by …"}
            />
          </Field>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <label className="inline-flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 focus-within:outline-2 focus-within:outline-ring hover:bg-accent">
              <span>Upload .srt / .vtt / .txt</span>
              <input
                type="file"
                accept=".srt,.vtt,.txt,text/vtt,text/plain,application/x-subrip"
                className="sr-only"
                onChange={(e) => void onFile(e.target.files?.[0])}
              />
            </label>
            {transcript.cues ? <span className="text-muted-foreground">{transcript.cues.length} cues read</span> : null}
          </div>
        </CardContent>
      </Card>
      <div className="grid content-start gap-4">
        <div aria-live="polite" aria-atomic="true">
          {text.trim() || transcriptRaw.trim() ? (
            <FindingsSummary compliant={result.compliant} findings={result.findings} />
          ) : (
            <p className="text-sm text-muted-foreground">Start typing a caption to see the findings.</p>
          )}
        </div>
        <HighlightedText text={text} findings={result.findings} />
        {text.trim() || transcriptRaw.trim() ? <FindingsList findings={result.findings} onApplyFix={setText} /> : null}
      </div>
    </div>
  );
}
