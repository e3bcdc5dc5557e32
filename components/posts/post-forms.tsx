"use client";

// The forms of "Posts & metrics": add a post (its link, platform, format, when it went up) and enter
// its numbers with the date they were read. The same forms serve the marketer (workspace actions,
// by slug) and the creator in the portal (portal actions, by token; the creator may attach a
// screenshot of their insights, uploaded first to /i/<token>/insights).
import { useRouter } from "next/navigation";
import { useState } from "react";

import { addSnapshotAction, createPostAction } from "@/app/(app)/actions/posts";
import { addPortalPostAction, submitPortalMetricsAction } from "@/app/(portal)/metrics/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { Input, NativeSelect } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { SNAPSHOT_COUNT_FIELDS, SNAPSHOT_FIELD_LABELS } from "@/lib/metrics/snapshot";
import { FORMAT_LABELS, FORMATS, PLATFORM_LABELS, PLATFORMS, type ContentFormat, type Platform } from "@/lib/vocabulary";

export type PostsTarget = { kind: "workspace"; slug: string; collaborationId: string } | { kind: "portal"; token: string };

const POST_LABELS = { url: "Post link", platform: "Platform", format: "Format", postedAt: "Posted on", deliverableId: "Deliverable" };

export function AddPostForm({
  target,
  deliverables,
  defaultPlatform,
}: {
  target: PostsTarget;
  deliverables: { id: string; label: string; liveUrl: string | null }[];
  defaultPlatform: Platform;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const firstLive = deliverables.find((d) => d.liveUrl);
  const [v, setV] = useState({
    url: firstLive?.liveUrl ?? "",
    platform: defaultPlatform,
    format: "post" as ContentFormat,
    postedAt: "",
    deliverableId: firstLive?.id ?? "",
  });
  const workspace = useAction(createPostAction, POST_LABELS);
  const portal = useAction(addPortalPostAction, POST_LABELS);
  const a = target.kind === "workspace" ? workspace : portal;
  if (!open)
    return (
      <div>
        <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
          Add a post
        </Button>
      </div>
    );
  const set = (k: "url" | "postedAt" | "deliverableId") => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setV({ ...v, [k]: e.target.value });
  const done = () => {
    setOpen(false);
    router.refresh();
  };
  return (
    <form
      method="post"
      aria-label="Add a post"
      className="grid gap-3 rounded-md border p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (target.kind === "workspace") workspace.run([target.slug, { ...v, collaborationId: target.collaborationId }], done);
        else portal.run([target.token, v], done);
      }}
    >
      {a.error ? <Alert tone="error">{a.error}</Alert> : null}
      <Field label="Post link" error={a.fieldErrors.url}>
        <Input type="url" required value={v.url} onChange={set("url")} placeholder="https://instagram.com/p/…" />
      </Field>
      <div className="grid items-start gap-3 sm:grid-cols-2">
        <Field label="Platform" error={a.fieldErrors.platform}>
          <NativeSelect
            value={v.platform}
            onChange={(e) => setV({ ...v, platform: PLATFORMS.find((p) => p === e.target.value) ?? v.platform })}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Format" error={a.fieldErrors.format}>
          <NativeSelect value={v.format} onChange={(e) => setV({ ...v, format: FORMATS.find((f) => f === e.target.value) ?? v.format })}>
            {FORMATS.map((f: ContentFormat) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Posted on" error={a.fieldErrors.postedAt}>
          <Input type="date" value={v.postedAt} onChange={set("postedAt")} />
        </Field>
        {deliverables.length ? (
          <Field label="Deliverable" error={a.fieldErrors.deliverableId}>
            <NativeSelect value={v.deliverableId} onChange={set("deliverableId")}>
              <option value="">—</option>
              {deliverables.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </NativeSelect>
          </Field>
        ) : null}
      </div>
      <FormActions disabled={a.pending} onCancel={() => setOpen(false)}>
        Add post
      </FormActions>
    </form>
  );
}

// The platform's counts under their usual names; the average watch % is shortened to fit the grid.
const COUNT_FIELDS = [...SNAPSHOT_COUNT_FIELDS.map((k) => [k, SNAPSHOT_FIELD_LABELS[k]] as const), ["avgWatchPct", "Avg watch %"] as const];
type CountKey = (typeof COUNT_FIELDS)[number][0];
const SNAPSHOT_LABELS: Record<string, string> = {
  capturedAt: "Captured on",
  frameViews: "Story frame views",
  ...Object.fromEntries(COUNT_FIELDS),
};

const today = () => new Date().toISOString().slice(0, 10);

export function SnapshotForm({ target, postId, isStory }: { target: PostsTarget; postId: string; isStory: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [capturedAt, setCapturedAt] = useState(today);
  const [values, setValues] = useState<Record<CountKey, string>>(
    () => Object.fromEntries(COUNT_FIELDS.map(([k]) => [k, ""])) as Record<CountKey, string>,
  );
  const [frameViews, setFrameViews] = useState("");
  const [screenshot, setScreenshot] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<{ file: File; id: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const workspace = useAction(addSnapshotAction, SNAPSHOT_LABELS);
  const portal = useAction(submitPortalMetricsAction, SNAPSHOT_LABELS);
  const a = target.kind === "workspace" ? workspace : portal;
  if (!open)
    return (
      <div>
        <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
          {target.kind === "portal" ? "Report numbers" : "Enter numbers"}
        </Button>
      </div>
    );
  const done = () => {
    setOpen(false);
    setScreenshot(null);
    router.refresh();
  };
  async function submit() {
    const input = { postId, capturedAt, ...values, frameViews };
    if (target.kind === "workspace") return workspace.run([target.slug, input], done);
    // A screenshot already uploaded (the numbers were refused, then corrected) is not sent twice.
    let evidenceFileId: string | null = screenshot && uploaded?.file === screenshot ? uploaded.id : null;
    if (screenshot && !evidenceFileId) {
      setUploading(true);
      setUploadError(null);
      try {
        const res = await fetch(`/i/${target.token}/insights`, {
          method: "POST",
          body: screenshot,
          headers: { "X-File-Name": encodeURIComponent(screenshot.name) },
        });
        const body = (await res.json().catch(() => null)) as { file?: { id: string }; error?: { message: string } } | null;
        if (!res.ok || !body?.file) {
          setUploadError(body?.error?.message ?? "The screenshot could not be uploaded. Try again.");
          return;
        }
        evidenceFileId = body.file.id;
        setUploaded({ file: screenshot, id: body.file.id });
      } finally {
        setUploading(false);
      }
    }
    portal.run([target.token, { ...input, evidenceFileId }], done);
  }
  return (
    <form
      method="post"
      aria-label="Enter numbers"
      className="grid gap-3 rounded-md border p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {a.error ? <Alert tone="error">{a.error}</Alert> : null}
      {uploadError ? <Alert tone="error">{uploadError}</Alert> : null}
      <Field label="Captured on" hint="The day you read these numbers off the platform." error={a.fieldErrors.capturedAt}>
        <Input type="date" required value={capturedAt} max={today()} onChange={(e) => setCapturedAt(e.target.value)} />
      </Field>
      <p className="text-xs text-muted-foreground">
        Leave a figure empty if the platform doesn&apos;t report it; empty is never counted as 0.
      </p>
      <div className="grid grid-cols-2 items-start gap-3 sm:grid-cols-5">
        {COUNT_FIELDS.map(([k, label]) => (
          <Field key={k} label={label} error={a.fieldErrors[k]}>
            <Input
              inputMode={k === "avgWatchPct" ? "decimal" : "numeric"}
              value={values[k]}
              onChange={(e) => setValues({ ...values, [k]: e.target.value })}
            />
          </Field>
        ))}
      </div>
      {isStory ? (
        <Field label="Story frame views" hint="Views of each frame in order, e.g. 1200, 950, 700." error={a.fieldErrors.frameViews}>
          <Input value={frameViews} onChange={(e) => setFrameViews(e.target.value)} />
        </Field>
      ) : null}
      {target.kind === "portal" ? (
        <Field label="Screenshot of your insights (optional)" hint="An image (JPEG, PNG, WebP). The brand sees it beside your numbers.">
          <Input
            type="file"
            accept="image/jpeg,image/png,image/gif,image/webp,image/avif"
            onChange={(e) => setScreenshot(e.target.files?.[0] ?? null)}
          />
        </Field>
      ) : null}
      <FormActions disabled={a.pending || uploading} onCancel={() => setOpen(false)}>
        {target.kind === "portal" ? "Send numbers" : "Save numbers"}
      </FormActions>
    </form>
  );
}
