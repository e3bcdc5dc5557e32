// A deliverable's draft versions: the latest beside the one before it, each with its media (a
// lightbox opens the full image or video), links and findings.
import { MediaGallery } from "@/components/media/media-gallery";
import { FindingsList } from "@/components/portal/findings-list";
import type { DraftView } from "@/lib/portal/drafts-view";
import { formatDateTime } from "@/lib/time-zone";

import { DraftStatusBadge } from "./status-badge";

function Version({ d, mediaBase, timeZone }: { d: DraftView; mediaBase: string; timeZone: string }) {
  return (
    <article className="grid content-start gap-2 rounded-md border p-3" aria-label={`Version ${d.version}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {/* h3: the versions sit under a card title (h2) on the collaboration and review pages. */}
        <h3 className="text-sm font-semibold">Version {d.version}</h3>
        <DraftStatusBadge status={d.status} />
      </div>
      <p className="text-xs text-muted-foreground">
        {d.platform} · {d.format}
        {d.paidPartnershipLabel ? " · paid-partnership label on" : ""}
        {d.usesFilterOrEditing ? " · filter/editing used" : ""}
        {d.submittedAt ? ` · submitted ${formatDateTime(new Date(d.submittedAt), timeZone)}` : ""}
      </p>
      <p className="rounded bg-muted/50 p-2 text-sm break-words whitespace-pre-line" data-testid="draft-caption">
        {d.caption || "—"}
      </p>
      <MediaGallery media={d.media} base={mediaBase} title={`Version ${d.version}`} />
      {d.mediaUrls.length ? (
        <ul className="text-xs" aria-label={`Links in version ${d.version}`}>
          {d.mediaUrls.map((u) => (
            <li key={u}>
              <a className="break-all text-primary underline underline-offset-4" href={u} target="_blank" rel="noopener noreferrer">
                {u}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {d.transcriptText ? (
        <details className="text-xs">
          <summary className="cursor-pointer">Transcript</summary>
          <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap">{d.transcriptText}</pre>
        </details>
      ) : null}
      <FindingsList findings={d.findings} compliant={d.compliant} />
      {d.reviewComment ? <p className="text-xs text-muted-foreground">Review comment: {d.reviewComment}</p> : null}
    </article>
  );
}

/** `mediaBase`: the file route for this viewer, e.g. `/api/w/<slug>/files`; times are shown in `timeZone`, the workspace's. */
export function DraftVersions({ drafts, mediaBase, timeZone }: { drafts: DraftView[]; mediaBase: string; timeZone: string }) {
  if (!drafts.length) return <p className="text-sm text-muted-foreground">No draft yet.</p>;
  const [latest, previous] = drafts;
  return (
    <div className="grid gap-3">
      <div className={previous ? "grid gap-3 md:grid-cols-2" : "grid gap-3"}>
        <Version d={latest!} mediaBase={mediaBase} timeZone={timeZone} />
        {previous ? <Version d={previous} mediaBase={mediaBase} timeZone={timeZone} /> : null}
      </div>
      {drafts.length > 2 ? <p className="text-xs text-muted-foreground">{drafts.length - 2} older version(s) not shown.</p> : null}
    </div>
  );
}
