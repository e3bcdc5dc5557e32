// The campaign's posts with their latest numbers, the approved draft's image when there is one, the
// creator's insights screenshot ("reported by the creator") and the disclosure check of the draft.
import { ExternalLink, Image as ImageIcon } from "lucide-react";

import { SOURCE_LABELS } from "@/components/posts/post-figures";
import { Badge } from "@/components/ui/badge";
import type { GalleryPost } from "@/lib/analytics/campaign-types";
import { formatPercent } from "@/lib/metrics";
import { FORMAT_LABELS, isContentFormat, PLATFORM_LABELS, PLATFORMS, type Platform } from "@/lib/vocabulary";

import { Missing } from "./missing";

const FIGURES = [
  ["views", "Views"],
  ["reach", "Reach"],
  ["likes", "Likes"],
  ["comments", "Comments"],
  ["saves", "Saves"],
  ["shares", "Shares"],
] as const;

const platformLabel = (p: string) => ((PLATFORMS as readonly string[]).includes(p) ? PLATFORM_LABELS[p as Platform] : p);
const formatLabel = (f: string) => (isContentFormat(f) ? FORMAT_LABELS[f] : f);
const sourceLabel = (s: string) => (s in SOURCE_LABELS ? SOURCE_LABELS[s as keyof typeof SOURCE_LABELS] : s);

const DISCLOSURE = {
  compliant: { label: "Disclosure OK", tone: "success" },
  issues: { label: "Disclosure issues", tone: "destructive" },
  "not checked": { label: "Disclosure not checked", tone: "outline" },
} as const;

export function ContentGallery({ posts, filesBase }: { posts: GalleryPost[]; filesBase: string }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="gallery-heading" className="grid gap-3">
      <h2 id="gallery-heading" className="text-base font-semibold">
        Content ({posts.length})
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {posts.map((p) => {
          const d = DISCLOSURE[p.disclosure.status];
          return (
            <li key={p.postId} className="grid content-start gap-2 rounded-lg border bg-card p-3 text-sm" data-testid="gallery-post">
              <div className="flex gap-3">
                {p.thumbnailFileId ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a member-only file route, not an optimisable static image
                  <img
                    src={`${filesBase}/${p.thumbnailFileId}?variant=thumbnail`}
                    alt=""
                    className="size-16 shrink-0 rounded-md border object-cover"
                  />
                ) : (
                  <span
                    className="grid size-16 shrink-0 place-items-center rounded-md border bg-muted text-muted-foreground"
                    aria-hidden="true"
                  >
                    <ImageIcon className="size-5" />
                  </span>
                )}
                <div className="grid min-w-0 content-start gap-0.5">
                  <p className="truncate font-medium">{p.influencerName}</p>
                  <p className="text-xs text-muted-foreground">
                    {platformLabel(p.platform)} · {formatLabel(p.format)}
                    {p.postedAt ? ` · ${p.postedAt.slice(0, 10)}` : ""}
                  </p>
                  <a
                    href={p.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="relative inline-flex items-center gap-1 truncate text-xs underline underline-offset-4"
                  >
                    Open post
                    <span className="sr-only">
                      {" "}
                      by {p.influencerName} ({platformLabel(p.platform)} {formatLabel(p.format).toLowerCase()})
                    </span>
                    <ExternalLink className="size-3" aria-hidden="true" />
                  </a>
                </div>
              </div>
              <div className="flex flex-wrap gap-1.5">
                <Badge variant={d.tone}>{d.label}</Badge>
                {p.latest && p.err !== null ? <Badge variant="outline">ERR {formatPercent(p.err, 2)}</Badge> : null}
              </div>
              {p.latest && p.err === null ? (
                <p className="text-xs">
                  ERR <Missing reason={p.missing.err ?? "not computable"} />
                </p>
              ) : null}
              {p.disclosure.findings.length ? (
                <ul className="list-disc pl-4 text-xs text-muted-foreground">
                  {p.disclosure.findings.slice(0, 2).map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              ) : null}
              {p.latest ? (
                <dl className="grid grid-cols-3 gap-x-2 gap-y-1 text-xs">
                  {FIGURES.map(([k, label]) => (
                    <div key={k}>
                      <dt className="text-muted-foreground">{label}</dt>
                      <dd className="tabular-nums">{p.latest![k] === null ? <Missing /> : p.latest![k]!.toLocaleString("en-US")}</dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p className="text-xs text-muted-foreground">
                  <Missing reason="no numbers entered yet" />
                </p>
              )}
              {p.latest ? (
                <p className="text-[11px] text-muted-foreground">
                  As of {p.latest.capturedAt.slice(0, 10)} · {sourceLabel(p.latest.source)}
                  {p.evidenceFileId ? (
                    <>
                      {" · "}
                      <a href={`${filesBase}/${p.evidenceFileId}`} target="_blank" rel="noopener" className="underline underline-offset-4">
                        insights screenshot
                      </a>
                    </>
                  ) : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
