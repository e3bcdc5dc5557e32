"use client";

// A draft for one deliverable: caption, uploaded images and videos (with descriptions), links,
// platform/format, labels, transcript — checked for disclosure problems while typing (lib/compliance
// runs in the browser). Submit stays disabled while an error finding exists or an upload is still
// running; the server checks again and refuses too.
//
// The checker is a sizeable module whose first run compiles its term lists: the page passes the
// check of the starting fields, run on the server (`initialCheck`), and the browser loads the checker
// when someone reaches for the form (pointer, touch or focus inside it). Until it has loaded, edited
// fields can't be submitted.
import { useRouter } from "next/navigation";
import { useDeferredValue, useId, useMemo, useState } from "react";

import { saveDraftAction } from "@/app/(portal)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import type { CampaignCheckContext, checkDraft } from "@/lib/portal/check-draft";
import type { DraftView } from "@/lib/portal/drafts-view";
import {
  FORMAT_LABELS,
  FORMATS,
  PLATFORM_LABELS,
  PLATFORMS,
  VIDEO_FORMATS,
  type ContentFormat,
  type DeliverableType,
  type Platform,
} from "@/lib/vocabulary";

import { initialDraftFields } from "./draft-fields";
import { FindingsList } from "./findings-list";
import { MediaUpload } from "./media-upload";

type CheckDraft = typeof checkDraft;
type CheckResult = ReturnType<CheckDraft>;

export function DraftEditor({
  token,
  deliverable,
  latest,
  context,
  initialCheck,
}: {
  token: string;
  deliverable: { id: string; type: DeliverableType; platform: Platform | null };
  latest: DraftView | null;
  context: CampaignCheckContext;
  /** The disclosure check of initialDraftFields(deliverable, latest), run by the page on the server. */
  initialCheck: CheckResult;
}) {
  const router = useRouter();
  const fileId = useId();
  const [initial] = useState(() => initialDraftFields(deliverable, latest));
  const [caption, setCaption] = useState(initial.caption);
  const [links, setLinks] = useState((latest?.mediaUrls ?? []).join("\n"));
  const [media, setMedia] = useState(latest?.media ?? []);
  const [uploading, setUploading] = useState(false);
  const [platform, setPlatform] = useState<Platform>(initial.platform);
  const [format, setFormat] = useState<ContentFormat>(initial.format);
  const [paidLabel, setPaidLabel] = useState(initial.paidPartnershipLabel);
  const [filtered, setFiltered] = useState(initial.usesFilterOrEditing);
  const [transcript, setTranscript] = useState(initial.transcriptText);
  const [saved, setSaved] = useState<string | null>(null);
  const [checker, setChecker] = useState<CheckDraft | null>(null);
  const loadChecker = () => {
    // A failed download is tried again on the next focus.
    if (!checker)
      import("@/lib/portal/check-draft").then(
        (m) => setChecker(() => m.checkDraft),
        () => {},
      );
  };
  const { run, pending, error, fieldErrors } = useAction(saveDraftAction);

  const deferredCaption = useDeferredValue(caption);
  const deferredTranscript = useDeferredValue(transcript);
  const edited =
    caption !== initial.caption ||
    transcript !== initial.transcriptText ||
    platform !== initial.platform ||
    format !== initial.format ||
    paidLabel !== initial.paidPartnershipLabel ||
    filtered !== initial.usesFilterOrEditing;
  const result = useMemo(
    () =>
      checker
        ? checker(
            {
              caption: deferredCaption,
              platform,
              format,
              paidPartnershipLabel: paidLabel,
              usesFilterOrEditing: filtered,
              transcriptText: deferredTranscript,
            },
            context,
          )
        : initialCheck,
    [checker, initialCheck, deferredCaption, deferredTranscript, platform, format, paidLabel, filtered, context],
  );
  // Edited fields wait for the checker's verdict before they can be submitted.
  const checking = edited && !checker;
  const isVideo = VIDEO_FORMATS.includes(format);
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const canSubmit = !checking && !result.hasError && caption.trim().length > 0 && !result.transcriptError && !uploading;

  function send(submit: boolean) {
    setSaved(null);
    const mediaUrls = links
      .split(/\s+/)
      .map((s) => s.trim())
      .filter(Boolean);
    run(
      [
        token,
        {
          deliverableId: deliverable.id,
          caption,
          mediaUrls,
          media: media.map((m) => ({ fileId: m.id, altText: m.altText })),
          platform,
          format,
          paidPartnershipLabel: paidLabel,
          usesFilterOrEditing: filtered,
          transcriptText: transcript,
          submit,
        },
      ],
      (data) => {
        setSaved(data.submitted ? `Version ${data.version} submitted for review.` : `Draft saved (version ${data.version}).`);
        router.refresh();
      },
    );
  }

  async function loadFile(file: File | undefined) {
    if (!file) return;
    if (file.size > 500_000) return setSaved("That file is too large for a transcript (500 KB max).");
    setTranscript(await file.text());
  }

  return (
    <form
      method="post"
      className="grid gap-4"
      noValidate
      onPointerDown={loadChecker}
      onFocus={loadChecker}
      onSubmit={(e) => {
        e.preventDefault();
        send(true);
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {latest?.status === "changes_requested" && latest.reviewComment ? (
        <Alert tone="warning">
          <strong>Changes requested on version {latest.version}:</strong> {latest.reviewComment}
        </Alert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Platform" error={fieldErrors.platform}>
          <NativeSelect value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Format" error={fieldErrors.format}>
          <NativeSelect value={format} onChange={(e) => setFormat(e.target.value as ContentFormat)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </NativeSelect>
        </Field>
      </div>
      <Field label="Caption" hint="Start with the disclosure, e.g. “#ad” or “Paid partnership with the brand”." error={fieldErrors.caption}>
        <Textarea
          rows={6}
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
          placeholder="Write the caption as it will appear on the post"
        />
      </Field>
      <MediaUpload token={token} value={media} onChange={setMedia} onBusyChange={setUploading} disabled={pending} />
      {fieldErrors.media || Object.keys(fieldErrors).some((k) => k.startsWith("media.")) ? (
        <Alert tone="error">{fieldErrors.media?.[0] ?? Object.entries(fieldErrors).find(([k]) => k.startsWith("media."))?.[1]?.[0]}</Alert>
      ) : null}
      <Field
        label="Links (optional)"
        hint="Or share files by link, one per line (Google Drive, Dropbox, WeTransfer…)."
        error={fieldErrors.mediaUrls ?? Object.entries(fieldErrors).find(([k]) => k.startsWith("mediaUrls."))?.[1]}
      >
        <Textarea rows={2} value={links} onChange={(e) => setLinks(e.target.value)} placeholder="https://" />
      </Field>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">About this content</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={paidLabel} onChange={(e) => setPaidLabel(e.target.checked)} />I will turn on
          the platform’s paid-partnership label
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={filtered} onChange={(e) => setFiltered(e.target.checked)} />I used a filter or
          editing that changes how the product or its results look
        </label>
      </fieldset>
      {isVideo ? (
        <div className="grid gap-2">
          <Field
            label="Transcript"
            hint="Paste what you say, with times (SRT, WebVTT or lines like “0:05 I’m working with …”), or upload a file."
            error={fieldErrors.transcriptText ?? result.transcriptError ?? undefined}
          >
            <Textarea rows={4} value={transcript} onChange={(e) => setTranscript(e.target.value)} className="font-mono text-xs" />
          </Field>
          <div>
            <label htmlFor={fileId} className="text-sm font-medium">
              Upload an .srt or .vtt file
            </label>
            <Input
              id={fileId}
              type="file"
              accept=".srt,.vtt,.txt,text/vtt,text/plain"
              className="mt-1"
              onChange={(e) => loadFile(e.target.files?.[0])}
            />
          </div>
        </div>
      ) : null}
      <section aria-labelledby={`${fileId}-check`} className="grid gap-2 rounded-md bg-muted/50 p-3">
        <h4 id={`${fileId}-check`} className="text-sm font-semibold">
          Disclosure check
        </h4>
        <div aria-live="polite" aria-atomic="false">
          <p className="sr-only">{errors ? `${errors} disclosure error${errors === 1 ? "" : "s"}` : "No disclosure errors"}</p>
          {caption.trim() || transcript.trim() ? (
            <FindingsList findings={result.findings} compliant={result.compliant} />
          ) : (
            <p className="text-sm text-muted-foreground">Start writing to see the check.</p>
          )}
        </div>
      </section>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending || !canSubmit} aria-describedby={!canSubmit ? `${fileId}-why` : undefined}>
          {pending ? "Sending…" : "Submit for review"}
        </Button>
        <Button type="button" variant="outline" disabled={pending || uploading} onClick={() => send(false)}>
          Save draft
        </Button>
        {!canSubmit ? (
          <p id={`${fileId}-why`} className="text-xs text-muted-foreground">
            {uploading
              ? "Wait for the uploads to finish."
              : checking
                ? "Checking the disclosure…"
                : caption.trim()
                  ? "Fix the errors above to submit. You can save the draft meanwhile."
                  : "Write a caption to submit."}
          </p>
        ) : null}
      </div>
    </form>
  );
}
