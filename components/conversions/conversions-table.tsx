// The Conversions page's rows: a table on wide screens, cards on phones; every row says why it was
// attributed.
import { Badge } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import type { ConversionRow } from "@/lib/conversions/queries";
import { formatMinorUnits } from "@/lib/metrics/format";
import { formatDateTime } from "@/lib/time-zone";

const BY = { click: "Link click", code: "Discount code", none: "Unattributed" } as const;
const BY_VARIANT = { click: "success", code: "default", none: "outline" } as const;

function money(minor: number, currency: string): string {
  try {
    return formatMinorUnits(minor, currency);
  } catch {
    return `${minor} ${currency}`;
  }
}

function Amount({ r }: { r: ConversionRow }) {
  return (
    <>
      <span className={r.status === "cancelled" ? "line-through" : undefined}>{money(r.amountMinor, r.currency)}</span>
      {r.refundedMinor > 0 ? (
        <span className="block text-xs text-muted-foreground">−{money(r.refundedMinor, r.currency)} refunded</span>
      ) : null}
      {r.status !== "paid" ? <span className="block text-xs text-muted-foreground">{r.status}</span> : null}
    </>
  );
}

function Who({ r, slug }: { r: ConversionRow; slug: string }) {
  if (!r.influencer || !r.campaign || !r.collaborationId) return <span className="text-muted-foreground">—</span>;
  return (
    <>
      <IntentLink className="hover:underline" href={`/w/${slug}/campaigns/${r.campaign.id}/collaborations/${r.collaborationId}`}>
        {r.influencer.name}
      </IntentLink>
      <span className="block text-xs text-muted-foreground">{r.campaign.name}</span>
    </>
  );
}

// A server component: it formats each order's time in the workspace's zone itself.
export function ConversionsTable({ slug, rows, timeZone }: { slug: string; rows: ConversionRow[]; timeZone: string }) {
  return (
    <>
      <ul className="grid gap-3 sm:hidden" data-testid="conversions-list">
        {rows.map((r) => (
          <li key={r.id} className="grid min-w-0 gap-1 rounded-md border p-3 text-sm">
            <div className="flex items-baseline justify-between gap-2">
              <strong className="truncate">{r.orderNumber ?? r.externalId}</strong>
              <span className="text-right tabular-nums">
                <Amount r={r} />
              </span>
            </div>
            <p className="text-xs text-muted-foreground">
              {formatDateTime(new Date(r.orderedAt), timeZone)} · {r.connectionName}
            </p>
            <div>
              <Badge variant={BY_VARIANT[r.attributedBy]}>{BY[r.attributedBy]}</Badge>
            </div>
            <p className="text-xs break-words text-muted-foreground">{r.attributionReason}</p>
            <div>
              <Who r={r} slug={slug} />
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-md border sm:block">
        <table className="w-full text-sm" data-testid="conversions-table">
          <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2 font-medium">Order</th>
              <th className="px-3 py-2 text-right font-medium">Amount</th>
              <th className="px-3 py-2 font-medium">Attributed to</th>
              <th className="px-3 py-2 font-medium">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t align-top">
                <td className="px-3 py-2">
                  <span className="font-medium">{r.orderNumber ?? r.externalId}</span>
                  <span className="block text-xs text-muted-foreground">
                    {formatDateTime(new Date(r.orderedAt), timeZone)} · {r.connectionName}
                  </span>
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                  <Amount r={r} />
                </td>
                <td className="px-3 py-2">
                  <Who r={r} slug={slug} />
                </td>
                <td className="max-w-[22rem] px-3 py-2">
                  <Badge variant={BY_VARIANT[r.attributedBy]}>{BY[r.attributedBy]}</Badge>
                  <span className="mt-1 block text-xs break-words text-muted-foreground">{r.attributionReason}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
