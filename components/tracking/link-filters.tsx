// Filters of the Links page: a plain GET form (works without JavaScript; the URL keeps the filter).
import { Button } from "@/components/ui/button";
import { NativeSelect, RecordSelect } from "@/components/ui/input";
import { LINK_STATUS_LABELS, LINK_STATUSES, type LinkListQuery } from "@/lib/tracking/link-list";

export function LinkFilters({
  action,
  campaigns,
  query,
}: {
  action: string;
  campaigns: { id: string; name: string }[];
  query: LinkListQuery;
}) {
  return (
    <form method="get" action={action} className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter links">
      <label className="grid gap-1 text-xs font-medium">
        Campaign
        <RecordSelect name="campaign" defaultValue={query.campaign ?? ""} className="min-w-40" options={campaigns} empty="All campaigns" />
      </label>
      <label className="grid gap-1 text-xs font-medium">
        Status
        <NativeSelect name="status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          {LINK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {LINK_STATUS_LABELS[s]}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className="grid gap-1 text-xs font-medium">
        Sort
        <NativeSelect name="sort" defaultValue={query.sort}>
          <option value="newest">Newest first</option>
          <option value="clicks">Most clicks</option>
        </NativeSelect>
      </label>
      <Button type="submit" variant="outline">
        Apply
      </Button>
    </form>
  );
}
