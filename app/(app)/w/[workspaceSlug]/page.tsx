// The Overview: where a marketer starts the day. What needs them now (each item links to where it's
// handled), the workspace's headline numbers with their definitions, and the getting-started steps
// while any is open. All data comes from lib/overview (one query per kind, scoped to the workspace).
import type { Metadata } from "next";

import { attentionKinds, AttentionList } from "@/components/overview/attention-list";
import { HeadlineNumbers } from "@/components/overview/headline-numbers";
import { SetupChecklist, setupComplete } from "@/components/overview/setup-checklist";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { getOverview } from "@/lib/overview/get-overview";
import { dateTimeFormat } from "@/lib/time-zone";

/** Resolves the workspace first: for an unknown one the not-found page's title is used, not "Overview". */
export async function generateMetadata({ params }: { params: Promise<{ workspaceSlug: string }> }): Promise<Metadata> {
  await requireWorkspacePage((await params).workspaceSlug);
  return { title: "Overview" };
}

export default async function OverviewPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug);
  const now = new Date();
  const o = await getOverview({ workspaceId: workspace.id, role, timeZone: workspace.timeZone, now });
  const todayLabel = dateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: workspace.timeZone }).format(now);
  const header = <PageHeader title={workspace.name} description={`${todayLabel} · ${workspace.timeZone.replaceAll("_", " ")} time`} />;
  const { roster, campaigns, outreach } = o.numbers;
  const fresh = !roster?.total && !campaigns?.total && !outreach?.sentThisWeek && !o.setup?.outreach;
  const checklist = o.setup && !setupComplete(o.setup) ? <SetupChecklist setup={o.setup} slug={workspace.slug} /> : null;
  const showsAttention = Object.values(o.attention).some((k) => k !== undefined);

  // A new workspace has nothing to do and nothing to count yet: the steps are the page.
  if (fresh && checklist)
    return (
      <>
        {header}
        <div className="grid max-w-2xl gap-4">
          <p className="text-sm text-muted-foreground">
            Welcome. Once influencers, campaigns and messages are in, this page lists what needs you each day — drafts to review, questions
            to answer, follow-ups due — and the workspace’s numbers.
          </p>
          {checklist}
        </div>
      </>
    );

  return (
    <>
      {header}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <div className="grid min-w-0 gap-6">
          {showsAttention ? (
            <section aria-labelledby="needs-you" className="grid gap-3">
              <h2 id="needs-you" className="text-base font-semibold">
                Needs you now
              </h2>
              <AttentionList kinds={attentionKinds(o.attention, workspace.slug, o.today, o.timeZone)} />
            </section>
          ) : null}
          {checklist}
        </div>
        <section aria-labelledby="numbers" className="grid min-w-0 gap-3">
          <h2 id="numbers" className="text-base font-semibold">
            Headline numbers
          </h2>
          <HeadlineNumbers numbers={o.numbers} slug={workspace.slug} weekStart={o.weekStart} timeZone={o.timeZone} />
        </section>
      </div>
    </>
  );
}
