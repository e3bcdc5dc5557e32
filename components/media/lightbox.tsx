"use client";

// The media lightbox (Radix dialog): the full image or the playable video, its description,
// previous/next with the arrow keys. Loaded by media-gallery.tsx when a thumbnail is reached for, so
// a page with thumbnails doesn't download the dialog until someone opens one.
import * as Dialog from "@radix-ui/react-dialog";
import { ChevronLeft, ChevronRight, ExternalLink, X } from "lucide-react";

import { Button } from "@/components/ui/button";
import type { DraftMediaView } from "@/lib/portal/drafts-view";
import { fileUrl } from "@/lib/storage/view";

import { mediaLabel } from "./media-label";

export default function Lightbox({
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
