// The Conversions page's filters: a plain GET form, so the URL is the state (and the export link).
import { Button, buttonVariants } from "@/components/ui/button";
import { Input, NativeSelect, RecordSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ConversionFilters } from "@/lib/conversions/schemas";

type Option = { id: string; name: string };

export function ConversionFilterForm({
  action,
  filters,
  campaigns,
  influencers,
}: {
  action: string;
  filters: ConversionFilters;
  campaigns: Option[];
  influencers: Option[];
}) {
  return (
    <form
      method="get"
      action={action}
      className="mb-4 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap"
      aria-label="Filter conversions"
    >
      <div className="col-span-2 grid gap-1 sm:w-48">
        <Label htmlFor="f-campaign">Campaign</Label>
        <RecordSelect id="f-campaign" name="campaign" defaultValue={filters.campaign ?? ""} options={campaigns} empty="All campaigns" />
      </div>
      <div className="col-span-2 grid gap-1 sm:w-48">
        <Label htmlFor="f-influencer">Influencer</Label>
        <RecordSelect
          id="f-influencer"
          name="influencer"
          defaultValue={filters.influencer ?? ""}
          options={influencers}
          empty="All influencers"
        />
      </div>
      <div className="col-span-2 grid gap-1 sm:w-40">
        <Label htmlFor="f-by">Attributed by</Label>
        <NativeSelect id="f-by" name="by" defaultValue={filters.by ?? ""}>
          <option value="">Any</option>
          <option value="click">Link click</option>
          <option value="code">Discount code</option>
          <option value="none">Unattributed</option>
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="f-from">From</Label>
        <Input id="f-from" type="date" name="from" defaultValue={filters.from ?? ""} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="f-to">To</Label>
        <Input id="f-to" type="date" name="to" defaultValue={filters.to ?? ""} />
      </div>
      <div className="col-span-2 flex gap-2">
        <Button type="submit" size="sm">
          Filter
        </Button>
        <a className={buttonVariants({ variant: "ghost", size: "sm" })} href={action}>
          Clear
        </a>
      </div>
    </form>
  );
}
