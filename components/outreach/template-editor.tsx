"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { deleteTemplateAction, saveTemplateAction } from "@/app/(app)/actions/outreach";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { useAction } from "@/components/workspaces/use-action";
import { MERGE_FIELDS } from "@/lib/outreach/merge-fields";

type T = { id?: string; name: string; subject: string; body: string };

export function TemplateEditor({ slug, template, onDone }: { slug: string; template: T; onDone?: () => void }) {
  const router = useRouter();
  const [v, setV] = useState(template);
  const save = useAction(saveTemplateAction, { name: "Template name", subject: "Subject", body: "Body" });
  const del = useAction(deleteTemplateAction);
  const insert = (key: string) => setV((s) => ({ ...s, body: `${s.body}{{${key}}}` }));
  return (
    <Card data-testid="template-editor">
      <CardHeader>
        <CardTitle>{template.id ? `Edit “${template.name}”` : "New template"}</CardTitle>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid gap-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save.run([slug, v], () => {
              onDone?.();
              router.refresh();
            });
          }}
        >
          {save.error ? <Alert tone="error">{save.error}</Alert> : null}
          {del.error ? <Alert tone="error">{del.error}</Alert> : null}
          <Field label="Template name" error={save.fieldErrors.name}>
            <Input value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />
          </Field>
          <Field label="Subject" error={save.fieldErrors.subject}>
            <Input value={v.subject} onChange={(e) => setV({ ...v, subject: e.target.value })} />
          </Field>
          <Field
            label="Body"
            hint="Personal fields (marked ✱) are asked for each influencer when you compose."
            error={save.fieldErrors.body}
          >
            <Textarea rows={12} value={v.body} onChange={(e) => setV({ ...v, body: e.target.value })} className="font-mono text-[13px]" />
          </Field>
          <div className="flex flex-wrap gap-1.5" role="group" aria-label="Insert a merge field">
            {MERGE_FIELDS.map((f) => (
              <button
                key={f.key}
                type="button"
                onClick={() => insert(f.key)}
                className="rounded-full border px-2 py-0.5 font-mono text-xs hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
                title={`${f.label}, e.g. ${f.example}`}
              >
                {`{{${f.key}}}`}
                {f.personal ? " ✱" : ""}
              </button>
            ))}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={save.pending}>
              {save.pending ? "Saving…" : "Save template"}
            </Button>
            {template.id ? (
              <>
                <Button asChild variant="outline">
                  <IntentLink href={`/w/${slug}/outreach/compose?template=${template.id}`}>Use it</IntentLink>
                </Button>
                <Button
                  type="button"
                  variant="ghost"
                  disabled={del.pending}
                  onClick={() => {
                    if (confirm(`Delete the template “${template.name}”?`)) del.run([slug, { id: template.id! }], () => router.refresh());
                  }}
                >
                  Delete
                </Button>
              </>
            ) : onDone ? (
              <Button type="button" variant="ghost" onClick={onDone}>
                Cancel
              </Button>
            ) : null}
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

const STARTER = `Hi {{first_name}},

Your post {{recent_post_url}} stood out — {{recent_post_note}}.

I'm {{sender_name}}, {{sender_role}} at {{brand}} ({{brand_links}}).

We'd love you to create {{deliverables}} for us. We'd offer {{offer}}, {{timeline}}.

Would that interest you?

{{sender_name}}`;

export function NewTemplate({ slug }: { slug: string }) {
  const [open, setOpen] = useState(false);
  if (!open) return <Button onClick={() => setOpen(true)}>New template</Button>;
  return (
    <TemplateEditor
      slug={slug}
      template={{ name: "", subject: "{{brand}} × {{first_name}}: a paid collaboration?", body: STARTER }}
      onDone={() => setOpen(false)}
    />
  );
}
