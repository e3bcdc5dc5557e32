import { FileSignature } from "lucide-react";
import type { Metadata } from "next";

import { CONTRACT_STATE_LABELS, ContractStateBadge } from "@/components/contracts/contract-state-badge";
import { ContractsTabs } from "@/components/contracts/contracts-tabs";
import { Button, buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NativeSelect } from "@/components/ui/input";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { CONTRACT_STATES, contractCampaigns, contractListFilters, listContracts } from "@/lib/contracts/queries";
import { formatMinor } from "@/lib/contracts/render";
import { ENDING_SOON_DAYS } from "@/lib/contracts/usage-rights";
import { formatZonedDate } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Contracts" };

type Props = { params: Promise<{ workspaceSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const updated = (iso: string) => formatZonedDate(new Date(iso), "UTC");

export default async function Page({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const { workspace } = await requireWorkspacePage(workspaceSlug, "contracts.read");
  const filters = contractListFilters(await searchParams);
  const [{ rows, nextCursor }, campaigns] = await Promise.all([
    listContracts({ workspaceId: workspace.id, ...filters }),
    contractCampaigns(workspace.id),
  ]);
  const base = `/w/${workspace.slug}/contracts`;
  const filtered = Boolean(filters.state || filters.campaign || filters.rights);
  const query = (extra: Record<string, string>) => {
    const q = new URLSearchParams();
    if (filters.state) q.set("state", filters.state);
    if (filters.campaign) q.set("campaign", filters.campaign);
    if (filters.rights) q.set("rights", filters.rights);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <>
      <PageHeader
        title="Contracts"
        description="Every contract in the workspace, most recently changed first. Create one from an accepted collaboration."
      />
      <ContractsTabs slug={workspace.slug} />
      <form
        method="get"
        className="mb-4 grid gap-2 sm:grid-cols-[14rem_16rem_14rem_auto] sm:justify-start"
        role="search"
        aria-label="Filter contracts"
      >
        <NativeSelect name="state" defaultValue={filters.state ?? ""} aria-label="State">
          <option value="">Any state</option>
          {CONTRACT_STATES.map((s) => (
            <option key={s} value={s}>
              {CONTRACT_STATE_LABELS[s]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect name="campaign" defaultValue={filters.campaign ?? ""} aria-label="Campaign">
          <option value="">Any campaign</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect name="rights" defaultValue={filters.rights ?? ""} aria-label="Usage rights">
          <option value="">Any usage rights</option>
          <option value="ending">Rights or codes ending within {ENDING_SOON_DAYS} days</option>
        </NativeSelect>
        <div className="flex gap-2">
          <Button type="submit" variant="outline">
            Filter
          </Button>
          {filtered ? (
            <IntentLink href={base} className={buttonVariants({ variant: "ghost" })}>
              Clear
            </IntentLink>
          ) : null}
        </div>
      </form>
      {rows.length === 0 ? (
        <EmptyState
          icon={<FileSignature />}
          title={filtered ? "No contracts match" : filters.cursor ? "No more contracts" : "No contracts yet"}
          action={
            !filtered && !filters.cursor ? (
              <IntentLink href={`/w/${workspace.slug}/campaigns`} className={buttonVariants()}>
                Go to campaigns
              </IntentLink>
            ) : undefined
          }
        >
          {filtered
            ? "Try another state, campaign or usage-rights filter."
            : "Open a collaboration the influencer has accepted and choose “Create contract”: the deliverables, fee and parties are filled in from the campaign."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm" data-testid="contracts-table">
            <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Influencer
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  State
                </th>
                <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
                  Campaign
                </th>
                <th scope="col" className="hidden px-3 py-2 text-right font-medium md:table-cell">
                  Fee
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Updated
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t">
                  <td className="px-3 py-2">
                    <IntentLink href={`${base}/${r.id}`} className="font-medium hover:underline">
                      {r.influencerName}
                    </IntentLink>
                    <span className="block text-xs text-muted-foreground sm:hidden">{r.campaignName}</span>
                  </td>
                  <td className="px-3 py-2">
                    <span className="inline-flex flex-wrap items-center gap-1">
                      <ContractStateBadge state={r.state} />
                      {r.version > 0 ? <span className="text-xs text-muted-foreground">v{r.version}</span> : null}
                    </span>
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">{r.campaignName}</td>
                  <td className="hidden px-3 py-2 text-right tabular-nums md:table-cell">
                    {r.feeMinor ? formatMinor(r.feeMinor, r.currency) : "—"}
                  </td>
                  <td className="px-3 py-2 text-right text-muted-foreground tabular-nums">
                    <time dateTime={r.updatedAt}>{updated(r.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {filters.cursor || nextCursor ? (
        <nav aria-label="Pages" className="mt-4 flex justify-between gap-2">
          {filters.cursor ? (
            <IntentLink href={query({})} className={buttonVariants({ variant: "outline" })}>
              First page
            </IntentLink>
          ) : (
            <span />
          )}
          {nextCursor ? (
            <IntentLink href={query({ cursor: nextCursor })} className={buttonVariants({ variant: "outline" })}>
              Next page
            </IntentLink>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
