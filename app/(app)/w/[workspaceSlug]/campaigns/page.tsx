import { FileText, Plus } from "lucide-react";
import type { Metadata } from "next";

import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, NativeSelect } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { listCampaigns } from "@/lib/campaigns/crud";
import { CAMPAIGN_GOALS, CAMPAIGN_STATUS_LABELS, CAMPAIGN_STATUSES, GOAL_LABELS, listCampaignsSchema } from "@/lib/campaigns/schemas";
import { formatMinorUnits } from "@/lib/metrics";

export const metadata: Metadata = { title: "Campaigns" };

const STATUS_TONE = { draft: "outline", active: "success", completed: "default", archived: "outline" } as const;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "campaigns.read");
  const sp = await searchParams;
  const parsed = listCampaignsSchema.safeParse({ status: sp.status || undefined, goal: sp.goal || undefined, q: sp.q || undefined });
  const filters = parsed.success ? parsed.data : {};
  const campaigns = await listCampaigns(workspace.id, filters);
  const canWrite = can(role, "campaigns.write");
  const filtered = Boolean(filters.status || filters.goal || filters.q);
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Goals, budgets, briefs and the influencers working on each campaign."
        actions={
          canWrite ? (
            <IntentLink href={`/w/${workspace.slug}/campaigns/new`} className={buttonVariants()}>
              <Plus /> New campaign
            </IntentLink>
          ) : null
        }
      />
      <form method="get" className="mb-4 grid gap-2 sm:grid-cols-[1fr_10rem_10rem_auto]" role="search" aria-label="Filter campaigns">
        <Input name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Search by name" aria-label="Search by name" />
        <NativeSelect name="status" defaultValue={filters.status ?? ""} aria-label="Status">
          <option value="">Not archived</option>
          {CAMPAIGN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CAMPAIGN_STATUS_LABELS[s]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect name="goal" defaultValue={filters.goal ?? ""} aria-label="Goal">
          <option value="">Any goal</option>
          {CAMPAIGN_GOALS.map((g) => (
            <option key={g} value={g}>
              {GOAL_LABELS[g]}
            </option>
          ))}
        </NativeSelect>
        <Button type="submit" variant="outline">
          Filter
        </Button>
      </form>
      {campaigns.length === 0 ? (
        <EmptyState
          icon={<FileText />}
          title={filtered ? "No campaigns match" : "No campaigns yet"}
          action={
            canWrite && !filtered ? (
              <IntentLink href={`/w/${workspace.slug}/campaigns/new`} className={buttonVariants()}>
                Create your first campaign
              </IntentLink>
            ) : undefined
          }
        >
          {filtered ? "Try other filters." : "A campaign holds its goal, KPIs, budget, the brief and the influencers you invite."}
        </EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {campaigns.map((c) => (
            <li key={c.id}>
              <IntentLink
                href={`/w/${workspace.slug}/campaigns/${c.id}`}
                className="grid gap-2 rounded-lg border bg-card p-4 hover:border-primary/50 focus-visible:outline-2 focus-visible:outline-ring"
              >
                <div className="flex items-start justify-between gap-2">
                  <h2 className="font-semibold">{c.name}</h2>
                  <Badge variant={STATUS_TONE[c.status]}>{CAMPAIGN_STATUS_LABELS[c.status]}</Badge>
                </div>
                <p className="text-sm text-muted-foreground">
                  {GOAL_LABELS[c.goal]} · {c.budgetMinor !== null ? formatMinorUnits(c.budgetMinor, c.currency) : "No budget"}
                  {c.startDate ? ` · from ${c.startDate.toISOString().slice(0, 10)}` : ""}
                </p>
                <p className="text-xs text-muted-foreground">
                  {c.collaborations} influencer{c.collaborations === 1 ? "" : "s"}
                  {c.awaitingReview ? ` · ${c.awaitingReview} awaiting review` : ""} ·{" "}
                  {c.briefVersion ? `brief v${c.briefVersion} sent` : "brief not sent"}
                </p>
              </IntentLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
