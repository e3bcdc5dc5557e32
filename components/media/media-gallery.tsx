"use client";

// Thumbnails of a draft's images and videos; each opens a lightbox (the full image or the playable
// video, its description, previous/next with the arrow keys). Files come from a serving route under
// `base` (/api/w/<slug>/files for members, /i/<token>/files in the portal), same origin, so they pass
// a CSP of img-src/media-src 'self'.
import * as Dialog from "@radix-ui/react-dialog";
import { ChevronLeft, ChevronRight, ExternalLink, Play, X } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { DraftMediaView } from "@/lib/portal/drafts-view";
import { fileUrl } from "@/lib/storage/view";

/** What a screen reader hears for an item: its description, or what it is when there is none. */
export function mediaLabel(m: DraftMediaView, index: number, total: number): string {
  const what = m.kind === "video" ? "Video" : "Image";
  return m.altText ? `${what} ${index + 1} of ${total}: ${m.altText}` : `${what} ${index + 1} of ${total} (no description)`;
}

export function MediaGallery({
  media,
  base,
  title,
  size = "md",
}: {
  media: DraftMediaView[];
  base: string;
  /** Names the set in the lightbox, e.g. "Version 2". */
  title: string;
  size?: "sm" | "md";
}) {
  const [open, setOpen] = useState<number | null>(null);
  if (!media.length) return null;
  const tile = size === "sm" ? "size-20" : "size-28 sm:size-32";
  return (
    <>
      <ul className="flex flex-wrap gap-2" aria-label={`${title}: ${media.length} media file${media.length === 1 ? "" : "s"}`}>
        {media.map((m, i) => (
          <li key={m.id}>
            <button
              type="button"
              className={cn(
                "relative block overflow-hidden rounded-md border bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                tile,
              )}
              onClick={() => setOpen(i)}
              aria-label={`Open ${mediaLabel(m, i, media.length)}`}
              data-testid="media-thumb"
            >
              {m.kind === "image" ? (
                // eslint-disable-next-line @next/next/no-img-element -- served by our own permission-checked route; next/image would proxy it
                <img
                  src={fileUrl(base, m.id, m.hasThumbnail ? "thumbnail" : undefined)}
                  alt=""
                  loading="lazy"
                  decoding="async"
                  className="size-full object-cover"
                />
              ) : (
                <>
                  <video src={fileUrl(base, m.id)} preload="metadata" muted playsInline className="size-full object-cover" aria-hidden />
                  <span className="absolute inset-0 grid place-items-center bg-black/30 text-white">
                    <Play className="size-6 fill-current" aria-hidden />
                  </span>
                </>
              )}
            </button>
          </li>
        ))}
      </ul>
      <Lightbox media={media} base={base} title={title} index={open} onIndex={setOpen} />
    </>
  );
}

function Lightbox({
  media,
  base,
  title,
  index,
  onIndex,
}: {
  media: DraftMediaView[];
  base: string;
  title: string;
  index: number | null;
  onIndex: (i: number | null) => void;
}) {
  const m = index === null ? null : media[index];
  const step = (d: number) => index !== null && onIndex((index + d + media.length) % media.length);
  return (
    <Dialog.Root open={m !== null && m !== undefined} onOpenChange={(o) => (o ? null : onIndex(null))}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/70" />
        <Dialog.Content
          className="fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-1rem)] w-[min(64rem,calc(100vw-1rem))] -translate-x-1/2 -translate-y-1/2 flex-col gap-3 overflow-auto rounded-lg border bg-background p-3 shadow-lg sm:p-4"
          onKeyDown={(e) => {
            if (media.length < 2) return;
            if (e.key === "ArrowRight") step(1);
            if (e.key === "ArrowLeft") step(-1);
          }}
          data-testid="lightbox"
        >
          {m && index !== null ? (
            <>
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <Dialog.Title className="text-base font-semibold">
                    {title} · {m.kind === "video" ? "Video" : "Image"} {index + 1} of {media.length}
                  </Dialog.Title>
                  <Dialog.Description className="truncate text-xs text-muted-foreground">{m.name}</Dialog.Description>
                </div>
                <div className="flex shrink-0 items-center gap-1">
                  <Button asChild variant="ghost" size="icon">
                    <a href={fileUrl(base, m.id)} target="_blank" rel="noopener noreferrer" aria-label="Open the original in a new tab">
                      <ExternalLink aria-hidden />
                    </a>
                  </Button>
                  <Dialog.Close asChild>
                    <Button variant="ghost" size="icon" aria-label="Close">
                      <X aria-hidden />
                    </Button>
                  </Dialog.Close>
                </div>
              </div>
              <div className="flex min-h-40 items-center justify-center overflow-hidden rounded-md bg-black/90">
                {m.kind === "image" ? (
                  // eslint-disable-next-line @next/next/no-img-element -- see above
                  <img
                    key={m.id}
                    src={fileUrl(base, m.id)}
                    alt={m.altText || `${title}, image ${index + 1} (no description given)`}
                    width={m.width ?? undefined}
                    height={m.height ?? undefined}
                    className="h-auto max-h-[70dvh] w-auto max-w-full object-contain"
                  />
                ) : (
                  <video
                    key={m.id}
                    src={fileUrl(base, m.id)}
                    controls
                    playsInline
                    preload="metadata"
                    className="max-h-[70dvh] w-full"
                    aria-label={mediaLabel(m, index, media.length)}
                  />
                )}
              </div>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="min-w-0 text-sm">
                  {m.altText ? (
                    <>
                      <span className="font-medium">Description: </span>
                      {m.altText}
                    </>
                  ) : (
                    <span className="text-muted-foreground">No description given.</span>
                  )}
                </p>
                {media.length > 1 ? (
                  <div className="flex gap-2">
                    <Button variant="outline" size="sm" onClick={() => step(-1)}>
                      <ChevronLeft aria-hidden /> Previous
                    </Button>
                    <Button variant="outline" size="sm" onClick={() => step(1)}>
                      Next <ChevronRight aria-hidden />
                    </Button>
                  </div>
                ) : null}
              </div>
            </>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
