import { ShoppingBag } from "lucide-react";
import type { Metadata } from "next";

import { ConversionFilterForm } from "@/components/conversions/conversion-filters";
import { ConversionsTable } from "@/components/conversions/conversions-table";
import { OrderCsvImport } from "@/components/conversions/order-csv-import";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/workspace-page";
import { conversionFilterOptions } from "@/lib/conversions/filter-options";
import { listConversions } from "@/lib/conversions/queries";
import { conversionFiltersSchema } from "@/lib/conversions/schemas";

export const metadata: Metadata = { title: "Conversions" };

function query(filters: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export default async function ConversionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceSlug } = await params;
  const { workspace, role } = await requireWorkspacePage(workspaceSlug, "analytics.read");
  const raw = await searchParams;
  const filters = conversionFiltersSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [page, options] = await Promise.all([
    listConversions({ workspaceId: workspace.id, timeZone: workspace.timeZone, filters }),
    conversionFilterOptions(workspace.id),
  ]);
  const base = `/w/${workspace.slug}/conversions`;
  const { cursor: _cursor, ...kept } = filters;
  const filtered = Object.values(kept).some(Boolean);
  return (
    <>
      <PageHeader
        title="Conversions"
        description="Orders from your stores and uploads. A click through one of your tracking links attributes an order first; else a discount code of one of your collaborations; otherwise it stays unattributed. Refunds and cancellations reduce the revenue counted."
      />
      <ConversionFilterForm action={base} filters={filters} campaigns={options.campaigns} influencers={options.influencers} />
      {page.rows.length === 0 ? (
        <EmptyState icon={<ShoppingBag />} title={filtered ? "No orders match these filters" : "No orders yet"}>
          {filtered ? "Try other filters." : "Connect a store under Settings → Stores, or upload orders as CSV below."}
        </EmptyState>
      ) : (
        <>
          <ConversionsTable slug={workspace.slug} rows={page.rows} timeZone={workspace.timeZone} />
          <div className="mt-3 flex flex-wrap items-center gap-3">
            {filters.cursor ? (
              <IntentLink className={buttonVariants({ variant: "outline", size: "sm" })} href={`${base}${query(kept)}`}>
                First page
              </IntentLink>
            ) : null}
            {page.nextCursor ? (
              <IntentLink
                className={buttonVariants({ variant: "outline", size: "sm" })}
                href={`${base}${query({ ...kept, cursor: page.nextCursor })}`}
              >
                Next page
              </IntentLink>
            ) : null}
            <a
              className={buttonVariants({ variant: "ghost", size: "sm" })}
              href={`/api/w/${workspace.slug}/conversions/export${query(kept)}`}
              download
            >
              Export CSV
            </a>
          </div>
        </>
      )}
      {can(role, "campaigns.write") ? <OrderCsvImport slug={workspace.slug} /> : null}
    </>
  );
}
