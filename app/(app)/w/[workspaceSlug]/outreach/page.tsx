import { Columns3, List, Megaphone } from "lucide-react";
import type { Metadata } from "next";

import { PipelineBoard } from "@/components/outreach/pipeline-board";
import { PipelineList } from "@/components/outreach/pipeline-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, NativeSelect } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listPipeline } from "@/lib/outreach/pipeline";
import { PIPELINE_STAGES, STAGE_LABELS, type PipelineStageKey } from "@/lib/outreach/stages";

export const metadata: Metadata = { title: "Outreach pipeline" };

type Search = { view?: string; stage?: string; q?: string };

export default async function PipelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Search>;
}) {
  const { workspaceSlug } = await params;
  const sp = await searchParams;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "outreach.read");
  const view = sp.view === "list" ? "list" : "board";
  const stage = (PIPELINE_STAGES as readonly string[]).includes(sp.stage ?? "") ? (sp.stage as PipelineStageKey) : undefined;
  const q = (sp.q ?? "").slice(0, 100);
  const cards = await listPipeline({ workspaceId: workspace.id, stage: view === "list" ? stage : undefined, q });
  const base = `/w/${workspace.slug}/outreach`;
  const filtered = Boolean(q || (view === "list" && stage));

  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2" role="search" aria-label="Filter the pipeline">
          <input type="hidden" name="view" value={view} />
          <div className="grid gap-1">
            <label htmlFor="pipeline-q" className="text-xs font-medium">
              Search
            </label>
            <Input id="pipeline-q" name="q" defaultValue={q} placeholder="Name, handle, niche…" className="w-56" />
          </div>
          {view === "list" ? (
            <div className="grid gap-1">
              <label htmlFor="pipeline-stage" className="text-xs font-medium">
                Stage
              </label>
              <NativeSelect id="pipeline-stage" name="stage" defaultValue={stage ?? ""} className="w-40">
                <option value="">All stages</option>
                {PIPELINE_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s]}
                  </option>
                ))}
              </NativeSelect>
            </div>
          ) : null}
          <Button type="submit" variant="outline">
            Filter
          </Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <IntentLink href={`${base}${view === "list" ? "?view=list" : ""}`}>Clear</IntentLink>
            </Button>
          ) : null}
        </form>
        <nav aria-label="Pipeline view" className="flex rounded-md border p-0.5">
          {(["board", "list"] as const).map((v) => (
            <IntentLink
              key={v}
              href={`${base}?view=${v}${q ? `&q=${encodeURIComponent(q)}` : ""}`}
              aria-current={view === v ? "page" : undefined}
              className="inline-flex items-center gap-1.5 rounded px-3 py-1.5 text-sm text-muted-foreground aria-[current=page]:bg-secondary aria-[current=page]:text-foreground"
            >
              {v === "board" ? <Columns3 className="size-4" aria-hidden /> : <List className="size-4" aria-hidden />}
              {v === "board" ? "Board" : "List"}
            </IntentLink>
          ))}
        </nav>
      </div>
      {cards.length === 0 ? (
        filtered ? (
          <EmptyState title="Nobody matches these filters">Try another search or clear the filters.</EmptyState>
        ) : (
          <EmptyState
            icon={<Megaphone />}
            title="The pipeline is empty"
            action={
              can(role, "outreach.write") ? (
                <Button asChild>
                  <IntentLink href={`${base}/compose`}>Write first messages</IntentLink>
                </Button>
              ) : null
            }
          >
            Influencers join the pipeline when you write to them. Each message is checked for a specific compliment, a brand introduction
            and a clear offer before it goes.
          </EmptyState>
        )
      ) : view === "board" ? (
        <PipelineBoard slug={workspace.slug} initial={cards} canWrite={can(role, "outreach.write")} timeZone={workspace.timeZone} />
      ) : (
        <PipelineList slug={workspace.slug} cards={cards} timeZone={workspace.timeZone} />
      )}
    </div>
  );
}
