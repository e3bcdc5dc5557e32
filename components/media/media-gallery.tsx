"use client";

// Thumbnails of a draft's images and videos; each opens a lightbox (lightbox.tsx), which loads when a
// thumbnail is reached for — pointer over it, touch, focus — and opens on the click. Files come from a
// serving route under `base` (/api/w/<slug>/files for members, /i/<token>/files in the portal), same
// origin, so they pass a CSP of img-src/media-src 'self'.
import { Play } from "lucide-react";
import { lazy, Suspense, useState } from "react";

import { cn } from "@/components/ui/cn";
import type { DraftMediaView } from "@/lib/portal/drafts-view";
import { fileUrl } from "@/lib/storage/view";

import { mediaLabel } from "./media-label";

export { mediaLabel };

const loadLightbox = () => import("./lightbox");
const Lightbox = lazy(loadLightbox);

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
  // Mounted from the first opening on, so that closing runs inside the dialog (focus goes back to the thumbnail).
  const [wanted, setWanted] = useState(false);
  if (!media.length) return null;
  const tile = size === "sm" ? "size-20" : "size-28 sm:size-32";
  return (
    <>
      <ul className="flex flex-wrap gap-2" aria-label={`${title}: ${media.length} media file${media.length === 1 ? "" : "s"}`}>
        {media.map((m, i) => (
          <li key={m.id}>
            <button
              type="button"
              className={cn("relative block overflow-hidden rounded-md border bg-muted", tile)}
              onPointerEnter={() => void loadLightbox()}
              onFocus={() => void loadLightbox()}
              onClick={() => {
                setWanted(true);
                setOpen(i);
              }}
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
      {wanted ? (
        <Suspense fallback={null}>
          <Lightbox media={media} base={base} title={title} index={open} onIndex={setOpen} />
        </Suspense>
      ) : null}
    </>
  );
}
