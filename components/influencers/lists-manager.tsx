"use client";

// Shortlists: create, rename, delete; each links to the roster filtered to it.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { createListAction, deleteListAction, renameListAction } from "@/app/(app)/actions/lists";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { useAction } from "@/components/workspaces/use-action";

type List = { id: string; name: string; description: string | null; memberCount: number };

function ListRow({ slug, list }: { slug: string; list: List }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(list.name);
  const rename = useAction(renameListAction);
  const remove = useAction(deleteListAction);
  return (
    <li className="grid gap-2 rounded-md border p-3">
      {editing ? (
        <form
          method="post"
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            rename.run([slug, { listId: list.id, name }], () => {
              setEditing(false);
              router.refresh();
            });
          }}
        >
          <Field label="List name" error={rename.fieldErrors.name ?? rename.error ?? undefined}>
            <Input value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Button size="sm" type="submit" disabled={rename.pending}>
            Save
          </Button>
          <Button size="sm" type="button" variant="ghost" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div>
            <IntentLink href={`/w/${slug}/influencers?list=${list.id}`} className="font-medium text-primary hover:underline">
              {list.name}
            </IntentLink>
            <p className="text-xs text-muted-foreground">
              {list.memberCount} {list.memberCount === 1 ? "influencer" : "influencers"}
            </p>
          </div>
          <div className="flex gap-2">
            <Button size="sm" variant="outline" onClick={() => setEditing(true)} aria-label={`Rename ${list.name}`}>
              Rename
            </Button>
            <Button
              size="sm"
              variant="destructive"
              disabled={remove.pending}
              aria-label={`Delete ${list.name}`}
              onClick={() => {
                if (window.confirm(`Delete the list “${list.name}”? The influencers stay in your roster.`))
                  remove.run([slug, { listId: list.id }], () => router.refresh());
              }}
            >
              Delete
            </Button>
          </div>
        </div>
      )}
      {remove.error ? <Alert tone="error">{remove.error}</Alert> : null}
    </li>
  );
}

export function ListsManager({ slug, lists, canWrite }: { slug: string; lists: List[]; canWrite: boolean }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const create = useAction(createListAction);
  return (
    <div className="grid gap-6">
      {canWrite ? (
        <form
          method="post"
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            create.run([slug, { name }], () => {
              setName("");
              router.refresh();
            });
          }}
        >
          <div className="w-full max-w-sm">
            <Field
              label="New list"
              error={create.fieldErrors.name ?? create.error ?? undefined}
              hint="For example “Spring launch – skincare”"
            >
              <Input value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
          </div>
          <Button type="submit" disabled={create.pending || !name.trim()}>
            Create list
          </Button>
        </form>
      ) : null}
      {lists.length === 0 ? (
        <p className="text-sm text-muted-foreground">No lists yet.</p>
      ) : (
        <ul className="grid gap-2">
          {lists.map((l) => (
            <ListRow key={l.id} slug={slug} list={l} />
          ))}
        </ul>
      )}
    </div>
  );
}
