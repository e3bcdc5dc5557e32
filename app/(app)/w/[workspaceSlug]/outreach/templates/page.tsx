import type { Metadata } from "next";

import { NewTemplate, TemplateEditor } from "@/components/outreach/template-editor";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listTemplates } from "@/lib/outreach/templates";

export const metadata: Metadata = { title: "Outreach templates" };

export default async function TemplatesPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "outreach.read");
  const templates = await listTemplates(workspace.id);
  const canWrite = can(role, "outreach.write");
  return (
    <div className="grid max-w-3xl gap-4">
      <p className="text-sm text-muted-foreground">
        A template is a starting point, not the message: the composer asks for each person’s recent post and what you liked about it, and
        checks every message before it goes.
      </p>
      {canWrite ? <NewTemplate slug={workspace.slug} /> : null}
      {templates.length === 0 ? <p className="text-sm text-muted-foreground">No templates yet.</p> : null}
      {templates.map((t) =>
        canWrite ? (
          <TemplateEditor key={`${t.id}-${t.updatedAt.getTime()}`} slug={workspace.slug} template={t} />
        ) : (
          <section key={t.id} className="rounded-lg border p-4">
            <h2 className="font-semibold">{t.name}</h2>
            <p className="mt-1 text-sm">{t.subject}</p>
            <pre className="mt-2 text-xs whitespace-pre-wrap text-muted-foreground">{t.body}</pre>
          </section>
        ),
      )}
    </div>
  );
}
