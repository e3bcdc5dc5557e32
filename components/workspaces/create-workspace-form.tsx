"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";

import { createWorkspaceAction } from "@/app/(app)/actions/workspaces";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

import { useAction } from "./use-action";

function suggestSlug(name: string) {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

const noSubscribe = () => () => {};
/** The browser's IANA time zone; null while rendering on the server. */
function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(
    noSubscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}

export function CreateWorkspaceForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(createWorkspaceAction, { name: "Workspace name", slug: "Address" });
  const effectiveSlug = slugTouched ? slug : suggestSlug(name);
  const timeZone = useBrowserTimeZone();

  return (
    <form
      method="post"
      className="grid gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // An address the user didn't type is only a suggestion: the server picks a free variant of it.
        // The workspace's days (daily sending limit, due dates) follow the creator's time zone.
        run([{ name, slug: slugTouched ? effectiveSlug || undefined : undefined, timeZone: timeZone ?? undefined }], (data) => {
          router.push(`/w/${data.slug}`);
          router.refresh();
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Workspace name" hint="Usually the brand's name, e.g. “Glow Labs”." error={fieldErrors.name}>
        <Input name="name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
      </Field>
      <Field
        label="Address"
        hint={
          slugTouched
            ? `Your workspace will live at /w/${effectiveSlug || "…"}`
            : `Suggested: /w/${effectiveSlug || "…"} (a free variant is used if it's taken)`
        }
        error={fieldErrors.slug}
      >
        <Input
          name="slug"
          value={effectiveSlug}
          onChange={(e) => {
            setSlugTouched(true);
            setSlug(e.target.value.toLowerCase());
          }}
        />
      </Field>
      {timeZone ? (
        <p className="text-xs text-muted-foreground" data-testid="workspace-time-zone">
          Time zone: {timeZone.replaceAll("_", " ")} (from this browser; change it in Settings). Daily sending limits and due dates follow
          it.
        </p>
      ) : null}
      <Button type="submit" disabled={pending || name.trim().length < 2}>
        {pending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
