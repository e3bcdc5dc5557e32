import { CheckCircle2, Circle } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { db } from "@/lib/db";

/** Resolves the workspace first: for an unknown one the not-found page's title is used, not "Overview". */
export async function generateMetadata({ params }: { params: Promise<{ workspaceSlug: string }> }): Promise<Metadata> {
  await requireWorkspacePage((await params).workspaceSlug);
  return { title: "Overview" };
}

export default async function OverviewPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug);
  const [members, invitations, influencers, campaigns] = await Promise.all([
    db.membership.count({ where: { workspaceId: workspace.id } }),
    db.invitation.count({ where: { workspaceId: workspace.id } }),
    db.influencer.count({ where: { workspaceId: workspace.id } }),
    db.campaign.count({ where: { workspaceId: workspace.id } }),
  ]);
  const base = `/w/${workspace.slug}`;
  const steps = [
    {
      done: members > 1 || invitations > 0,
      title: "Invite your team",
      text: "Teammates and, for agencies, the client who signs off content.",
      href: `${base}/settings/members`,
    },
    {
      done: influencers > 0,
      title: "Build your roster",
      text: "Import influencers from a CSV and see tiers, engagement and authenticity risk.",
      href: `${base}/influencers`,
    },
    {
      done: campaigns > 0,
      title: "Plan a campaign",
      text: "Set goals and a budget, then write a brief that scores 100.",
      href: `${base}/campaigns`,
    },
    {
      done: false,
      title: "Check a caption",
      text: "Paste a caption and see what the FTC disclosure checker finds.",
      href: `${base}/compliance`,
    },
  ];
  return (
    <>
      <PageHeader title={workspace.name} description="Your workspace at a glance." />
      <Card>
        <CardHeader>
          <CardTitle>Get started</CardTitle>
          <CardDescription>
            {steps.filter((s) => s.done).length} of {steps.length} done
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ol className="grid gap-2">
            {steps.map((s) => (
              <li key={s.title}>
                <Link href={s.href} className="flex items-start gap-3 rounded-md p-3 hover:bg-accent">
                  {s.done ? (
                    <CheckCircle2 aria-label="done" className="mt-0.5 size-5 text-success" />
                  ) : (
                    <Circle aria-label="to do" className="mt-0.5 size-5 text-muted-foreground" />
                  )}
                  <span>
                    <span className="block font-medium">{s.title}</span>
                    <span className="block text-sm text-muted-foreground">{s.text}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </CardContent>
      </Card>
    </>
  );
}
