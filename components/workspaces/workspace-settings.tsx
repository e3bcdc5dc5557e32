"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { leaveWorkspaceAction } from "@/app/(app)/actions/members";
import { deleteWorkspaceAction, updateWorkspaceAction } from "@/app/(app)/actions/workspaces";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

import { useAction } from "./use-action";

export function WorkspaceGeneralForm({ workspace, canEdit }: { workspace: { slug: string; name: string }; canEdit: boolean }) {
  const router = useRouter();
  const [name, setName] = useState(workspace.name);
  const [slug, setSlug] = useState(workspace.slug);
  const [saved, setSaved] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(updateWorkspaceAction);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Workspace</CardTitle>
        <CardDescription>
          {canEdit ? "Rename the workspace or change its address." : "Only owners and admins can change these."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(false);
            run(
              [workspace.slug, { name: name !== workspace.name ? name : undefined, slug: slug !== workspace.slug ? slug : undefined }],
              (data) => {
                setSaved(true);
                if (data.slug !== workspace.slug) router.replace(`/w/${data.slug}/settings`);
                router.refresh();
              },
            );
          }}
        >
          {error ? <Alert tone="error">{error}</Alert> : null}
          {saved ? <Alert tone="success">Saved.</Alert> : null}
          <Field label="Name" error={fieldErrors.name}>
            <Input value={name} onChange={(e) => setName(e.target.value)} disabled={!canEdit} />
          </Field>
          <Field label="Address" hint="Changing it breaks bookmarks to the old address." error={fieldErrors.slug}>
            <Input value={slug} onChange={(e) => setSlug(e.target.value.toLowerCase())} disabled={!canEdit} />
          </Field>
          {canEdit ? (
            <div>
              <Button type="submit" disabled={pending || (name === workspace.name && slug === workspace.slug)}>
                {pending ? "Saving…" : "Save changes"}
              </Button>
            </div>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}

export function LeaveWorkspaceCard({ slug, name }: { slug: string; name: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction(leaveWorkspaceAction);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Leave workspace</CardTitle>
        <CardDescription>You will lose access to {name} until someone invites you again.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div>
          <Button
            variant="outline"
            disabled={pending}
            onClick={() => {
              if (!confirm(`Leave ${name}?`)) return;
              run([slug, {}], () => {
                router.push("/w");
                router.refresh();
              });
            }}
          >
            Leave workspace
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}

export function DeleteWorkspaceCard({ slug }: { slug: string }) {
  const router = useRouter();
  const [confirmText, setConfirmText] = useState("");
  const { run, pending, error, fieldErrors } = useAction(deleteWorkspaceAction);
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Delete workspace</CardTitle>
        <CardDescription>Deletes the workspace and everything in it for every member. This cannot be undone.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            run([slug, { confirm: confirmText }], () => {
              router.push("/w");
              router.refresh();
            });
          }}
        >
          {error ? <Alert tone="error">{error}</Alert> : null}
          <Field label={`Type “${slug}” to confirm`} error={fieldErrors.confirm}>
            <Input value={confirmText} onChange={(e) => setConfirmText(e.target.value)} autoComplete="off" />
          </Field>
          <div>
            <Button type="submit" variant="destructive" disabled={pending || confirmText !== slug}>
              {pending ? "Deleting…" : "Delete this workspace"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
