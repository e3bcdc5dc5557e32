// The analytics date range: preset links and a custom range form (GET, so the range lives in the
// URL and works without JavaScript). Server component.
import { buttonVariants } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { RANGE_LABELS, RANGE_PRESETS, type DateRange } from "@/lib/analytics/range";

export function RangePicker({ base, range }: { base: string; range: DateRange }) {
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="range-picker">
      <nav aria-label="Date range" className="flex flex-wrap gap-1">
        {RANGE_PRESETS.filter((p) => p !== "custom").map((p) => (
          <IntentLink
            key={p}
            href={`${base}?range=${p}`}
            aria-current={range.preset === p ? "page" : undefined}
            className={buttonVariants({ variant: range.preset === p ? "default" : "outline", size: "sm" })}
          >
            {RANGE_LABELS[p]}
          </IntentLink>
        ))}
      </nav>
      <form action={base} method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="range" value="custom" />
        <label className="grid gap-0.5 text-xs text-muted-foreground">
          From
          <input
            type="date"
            name="from"
            required
            defaultValue={range.from}
            className="h-8 rounded-md border bg-background px-2 text-sm text-foreground"
          />
        </label>
        <label className="grid gap-0.5 text-xs text-muted-foreground">
          To
          <input
            type="date"
            name="to"
            required
            defaultValue={range.to}
            className="h-8 rounded-md border bg-background px-2 text-sm text-foreground"
          />
        </label>
        <button type="submit" className={buttonVariants({ variant: range.preset === "custom" ? "default" : "outline", size: "sm" })}>
          Apply
        </button>
      </form>
    </div>
  );
}
