"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { leaveWorkspaceAction } from "@/app/(app)/actions/members";
import { deleteWorkspaceAction, updateWorkspaceAction } from "@/app/(app)/actions/workspaces";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";

import { useAction } from "./use-action";

export function WorkspaceGeneralForm({
  workspace,
  timeZones,
  canEdit,
}: {
  workspace: { slug: string; name: string; timeZone: string };
  /** Every IANA name the server accepts (Intl.supportedValuesOf on the server). */
  timeZones: string[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const [name, setName] = useState(workspace.name);
  const [slug, setSlug] = useState(workspace.slug);
  const [timeZone, setTimeZone] = useState(workspace.timeZone);
  const unchanged = name === workspace.name && slug === workspace.slug && timeZone === workspace.timeZone;
  const [saved, setSaved] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(updateWorkspaceAction, { name: "Name", slug: "Address", timeZone: "Time zone" });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Workspace</CardTitle>
        <CardDescription>
          {canEdit ? "Rename the workspace, change its address or its time zone." : "Only owners and admins can change these."}
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
              [
                workspace.slug,
                {
                  name: name !== workspace.name ? name : undefined,
                  slug: slug !== workspace.slug ? slug : undefined,
                  timeZone: timeZone !== workspace.timeZone ? timeZone : undefined,
                },
              ],
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
          <Field
            label="Time zone"
            hint="What “today” means here: the daily sending limit, due dates and this week’s numbers count days in this zone."
            error={fieldErrors.timeZone}
          >
            <NativeSelect value={timeZone} onChange={(e) => setTimeZone(e.target.value)} disabled={!canEdit}>
              {(timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones]).map((tz) => (
                <option key={tz} value={tz}>
                  {tz.replaceAll("_", " ")}
                </option>
              ))}
            </NativeSelect>
          </Field>
          {canEdit ? (
            <div>
              <Button type="submit" disabled={pending || unchanged}>
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
  const { run, pending, error, fieldErrors } = useAction(deleteWorkspaceAction, { confirm: "the confirmation" });
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
