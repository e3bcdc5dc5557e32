import { Download, Link2 } from "lucide-react";
import type { Metadata } from "next";

import { AllowedDomainsForm } from "@/components/tracking/allowed-domains-form";
import { LinkFilters } from "@/components/tracking/link-filters";
import { WorkspaceLinks } from "@/components/tracking/workspace-links";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { campaignsWithLinks, linkListPage, linkListQuerySchema, MAX_LINKS } from "@/lib/tracking/link-list";
import { allowedDomains } from "@/lib/tracking/links";

import { orNotFound } from "../campaigns/load";

export const metadata: Metadata = { title: "Links" };

type Props = { params: Promise<{ workspaceSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "campaigns.read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = linkListQuerySchema.parse(raw);
  const [list, campaigns, domains] = await Promise.all([
    orNotFound(linkListPage({ workspaceId: workspace.id, query })),
    campaignsWithLinks(workspace.id),
    allowedDomains(workspace.id),
  ]);
  const filter = new URLSearchParams();
  if (query.campaign) filter.set("campaign", query.campaign);
  if (query.status) filter.set("status", query.status);
  if (query.sort !== "newest") filter.set("sort", query.sort);
  const base = `/w/${workspace.slug}/links`;
  const nextHref = list.next ? `${base}?${new URLSearchParams([...filter, ["after", list.next]])}` : null;
  const filtered = Boolean(query.campaign || query.status);
  const t = list.totals;
  return (
    <>
      <PageHeader
        title="Links"
        description="Every tracking link of the workspace with its clicks. Clicks exclude bots and link previews; unique counts each visitor once a day."
        actions={
          t.links ? (
            <a
              className={buttonVariants({ variant: "outline", size: "sm" })}
              href={`/api/w/${workspace.slug}/links/export?${filter}`}
              download
            >
              <Download aria-hidden /> Export CSV
            </a>
          ) : null
        }
      />
      {campaigns.length || filtered ? <LinkFilters action={base} campaigns={campaigns} query={query} /> : null}
      {t.links === 0 ? (
        <EmptyState icon={<Link2 />} title={filtered ? "No links match" : "No tracking links yet"}>
          {filtered ? (
            <IntentLink className="underline underline-offset-4" href={base}>
              Show every link
            </IntentLink>
          ) : (
            "Create one from a collaboration’s “Links & codes”."
          )}
        </EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm" data-testid="links-totals">
            <strong className="tabular-nums">{t.links.toLocaleString("en-US")}</strong> {t.links === 1 ? "link" : "links"} ·{" "}
            <strong className="tabular-nums">{t.total.toLocaleString("en-US")}</strong> clicks ·{" "}
            <strong className="tabular-nums">{t.unique.toLocaleString("en-US")}</strong> unique{" "}
            <span className="text-muted-foreground">(summed per link) · {t.bots.toLocaleString("en-US")} bots filtered out</span>
            {list.capped ? (
              <span className="text-muted-foreground"> · the first {MAX_LINKS.toLocaleString("en-US")} links only</span>
            ) : null}
          </p>
          <WorkspaceLinks slug={workspace.slug} links={list.rows} />
          <nav aria-label="Pages" className="mt-3 flex gap-3 text-sm">
            {query.after ? (
              <IntentLink className="underline underline-offset-4" href={`${base}${filter.size ? `?${filter}` : ""}`}>
                First page
              </IntentLink>
            ) : null}
            {nextHref ? (
              <IntentLink className="underline underline-offset-4" href={nextHref}>
                Next page
              </IntentLink>
            ) : null}
          </nav>
        </>
      )}
      {can(role, "workspace.update") ? <AllowedDomainsForm slug={workspace.slug} domains={domains} /> : null}
    </>
  );
}
