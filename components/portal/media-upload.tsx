"use client";

// Images and videos for a draft: pick or drop files; they upload one after another with a progress bar
// (XMLHttpRequest: fetch can't report upload progress) to the portal's upload route, which streams
// the file to storage and checks its real type and size. Uploaded files get a description for
// screen readers and can be reordered or removed; the list is saved with the draft.
import { ArrowDown, ArrowUp, ImagePlus, Play, Trash2, X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { DraftMediaView } from "@/lib/portal/drafts-view";
import { MAX_DRAFT_MEDIA } from "@/lib/portal/media-rules";
import { CONTENT_TYPES, formatBytes, SIZE_CAPS } from "@/lib/storage/kinds";
import { fileUrl, type StoredFileView } from "@/lib/storage/view";

const ACCEPT = [...CONTENT_TYPES.image, ...CONTENT_TYPES.video, ".mov"].join(",");

type Pending = { key: string; name: string; loaded: number; total: number; error: string | null; abort: () => void };

/** Uploads one file; resolves with the stored file or rejects with a message to show. */
function send(url: string, file: File, onProgress: (loaded: number) => void, register: (abort: () => void) => void) {
  return new Promise<StoredFileView>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      let body: { file?: StoredFileView; error?: { message?: string } } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON: a proxy's error page */
      }
      if (xhr.status === 201 && body.file) resolve(body.file);
      else if (xhr.status === 413) reject(new Error(body.error?.message ?? "This file is too large."));
      else reject(new Error(body.error?.message ?? `The upload failed (HTTP ${xhr.status}). Try again.`));
    };
    xhr.onerror = () => reject(new Error("The connection dropped during the upload. Try again."));
    xhr.onabort = () => reject(new Error("Upload cancelled."));
    register(() => xhr.abort());
    xhr.send(file);
  });
}

export function MediaUpload({
  token,
  value,
  onChange,
  onBusyChange,
  disabled,
}: {
  token: string;
  value: DraftMediaView[];
  onChange: (next: DraftMediaView[] | ((prev: DraftMediaView[]) => DraftMediaView[])) => void;
  onBusyChange: (busy: boolean) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [pending, setPending] = useState<Pending[]>([]);
  const [dragging, setDragging] = useState(false);
  const base = `/i/${token}/files`;
  const room = MAX_DRAFT_MEDIA - value.length - pending.filter((p) => !p.error).length;

  const update = (key: string, patch: Partial<Pending>) => setPending((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const busy = pending.some((p) => !p.error);
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  function add(files: FileList | File[]) {
    const started: Pending[] = [];
    Array.from(files).forEach((file, i) => {
      const key = `${Date.now()}-${i}-${file.name}`;
      const kind = file.type.startsWith("video/") || /\.(mov|mp4|webm)$/i.test(file.name) ? "video" : "image";
      const job = { cancelled: false, abort: () => {} };
      const p: Pending = {
        key,
        name: file.name,
        loaded: 0,
        total: file.size,
        error: null,
        abort: () => ((job.cancelled = true), job.abort()),
      };
      // Quick answers for the obvious cases; the server checks the real type and size either way.
      if (i >= room) p.error = `At most ${MAX_DRAFT_MEDIA} files per draft.`;
      else if (file.size > SIZE_CAPS[kind])
        p.error = `Too large: ${kind === "video" ? "videos" : "images"} can be up to ${formatBytes(SIZE_CAPS[kind])}.`;
      started.push(p);
      if (p.error) return;
      // One at a time, in the order chosen: the list ends up in that order, and each upload gets the whole connection.
      queue.current = queue.current.then(() =>
        job.cancelled
          ? undefined
          : send(
              base,
              file,
              (loaded) => update(key, { loaded }),
              (abort) => (job.abort = abort),
            ).then(
              (stored) => {
                onChange((prev) => [...prev, { ...stored, altText: "" }]);
                setPending((ps) => ps.filter((x) => x.key !== key));
              },
              (e: Error) => update(key, { error: e.message }),
            ),
      );
    });
    setPending((ps) => [...ps, ...started]);
  }

  const move = (i: number, d: number) =>
    onChange((prev) => {
      const next = [...prev];
      const [m] = next.splice(i, 1);
      next.splice(i + d, 0, m!);
      return next;
    });

  return (
    <fieldset className="grid min-w-0 gap-2" disabled={disabled}>
      <legend className="text-sm font-medium">Images and videos</legend>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        JPEG, PNG, GIF, WebP or AVIF up to {formatBytes(SIZE_CAPS.image)}; MP4, MOV or WebM up to {formatBytes(SIZE_CAPS.video)}. Up to{" "}
        {MAX_DRAFT_MEDIA} files, in the order they will be posted.
      </p>
      <div
        className={`grid place-items-center gap-2 rounded-md border border-dashed p-4 text-center text-sm ${dragging ? "border-primary bg-primary/5" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!disabled && e.dataTransfer.files.length) add(e.dataTransfer.files);
        }}
      >
        <ImagePlus className="size-6 text-muted-foreground" aria-hidden />
        <p className="text-muted-foreground">Drop files here, or</p>
        <Button type="button" variant="outline" size="sm" onClick={() => input.current?.click()} disabled={disabled || room <= 0}>
          Choose files
        </Button>
        <input
          ref={input}
          id={`${id}-input`}
          type="file"
          multiple
          accept={ACCEPT}
          className="sr-only"
          aria-describedby={`${id}-hint`}
          aria-label="Choose images or videos to upload"
          tabIndex={-1}
          onChange={(e) => {
            if (e.target.files?.length) add(e.target.files);
            e.target.value = "";
          }}
          data-testid="media-input"
        />
      </div>

      {pending.length ? (
        <ul className="grid gap-2" aria-live="polite">
          {pending.map((p) => (
            <li key={p.key} className="grid gap-1 rounded-md border p-2 text-sm">
              <div className="flex items-center justify-between gap-2">
                <span className="min-w-0 truncate">{p.name}</span>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="size-7 shrink-0"
                  aria-label={p.error ? `Dismiss ${p.name}` : `Cancel uploading ${p.name}`}
                  onClick={() => {
                    if (!p.error) p.abort();
                    setPending((ps) => ps.filter((x) => x.key !== p.key));
                  }}
                >
                  <X aria-hidden />
                </Button>
              </div>
              {p.error ? (
                <p role="alert" className="text-xs text-destructive">
                  {p.error}
                </p>
              ) : (
                <div className="flex items-center gap-2">
                  <progress
                    className="h-2 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-muted [&::-webkit-progress-value]:bg-primary"
                    value={p.loaded}
                    max={p.total || 1}
                    aria-label={`Uploading ${p.name}`}
                  />
                  <span className="w-10 text-right text-xs tabular-nums">{p.total ? Math.floor((p.loaded / p.total) * 100) : 0}%</span>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      {value.length ? (
        <ol className="grid gap-2" data-testid="media-list">
          {value.map((m, i) => (
            <li key={m.id} className="grid grid-cols-[4rem_minmax(0,1fr)] gap-3 rounded-md border p-2 sm:grid-cols-[5rem_minmax(0,1fr)]">
              <div className="relative size-16 overflow-hidden rounded bg-muted sm:size-20">
                {m.kind === "image" ? (
                  // eslint-disable-next-line @next/next/no-img-element -- served by the portal's token-checked route
                  <img src={fileUrl(base, m.id, m.hasThumbnail ? "thumbnail" : undefined)} alt="" className="size-full object-cover" />
                ) : (
                  <>
                    <video src={fileUrl(base, m.id)} preload="metadata" muted playsInline className="size-full object-cover" aria-hidden />
                    <Play className="absolute inset-0 m-auto size-5 fill-white text-white" aria-hidden />
                  </>
                )}
              </div>
              <div className="grid min-w-0 grid-cols-1 gap-1">
                <div className="flex items-center justify-between gap-2">
                  <p className="min-w-0 truncate text-xs text-muted-foreground">
                    {i + 1}. {m.name} · {formatBytes(m.size)}
                  </p>
                  <div className="flex shrink-0">
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      className="size-7"
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={`Move ${m.name} earlier`}
                    >
                      <ArrowUp aria-hidden />
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      className="size-7"
                      disabled={i === value.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={`Move ${m.name} later`}
                    >
                      <ArrowDown aria-hidden />
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      className="size-7"
                      onClick={() => onChange((prev) => prev.filter((x) => x.id !== m.id))}
                      aria-label={`Remove ${m.name}`}
                    >
                      <Trash2 aria-hidden />
                    </Button>
                  </div>
                </div>
                <label className="sr-only" htmlFor={`${id}-alt-${m.id}`}>
                  Description of {m.name} for people using screen readers
                </label>
                <Input
                  id={`${id}-alt-${m.id}`}
                  value={m.altText}
                  maxLength={1000}
                  placeholder={m.kind === "video" ? "Describe the video (for screen readers)" : "Describe the image (for screen readers)"}
                  onChange={(e) => {
                    const altText = e.target.value;
                    onChange((prev) => prev.map((x) => (x.id === m.id ? { ...x, altText } : x)));
                  }}
                  className="h-8 text-sm"
                />
              </div>
            </li>
          ))}
        </ol>
      ) : null}
    </fieldset>
  );
}
