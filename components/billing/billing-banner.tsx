// The banner across every workspace page while a payment is overdue (billing on only): the grace
// period's end, then the read-only state. Renders nothing otherwise, and nothing with billing off.
import { Alert } from "@/components/ui/alert";
import { IntentLink } from "@/components/ui/intent-link";
import { billingEnabled } from "@/lib/billing/config";
import { workspaceBillingState } from "@/lib/billing/limits";
import { db } from "@/lib/db";
import { dateTimeFormat } from "@/lib/time-zone";

export async function BillingBanner({ workspaceId, slug, canManage }: { workspaceId: string; slug: string; canManage: boolean }) {
  if (!billingEnabled()) return null;
  const { effective } = await workspaceBillingState(db, workspaceId);
  if (!effective.graceEndsAt && !effective.readOnly) return null;
  const when =
    effective.graceEndsAt && dateTimeFormat("en-US", { month: "long", day: "numeric", timeZone: "UTC" }).format(effective.graceEndsAt);
  return (
    <Alert tone={effective.readOnly ? "error" : "warning"} className="mb-4" data-testid="billing-banner">
      {effective.readOnly
        ? "Payment for this workspace is overdue: it is read-only for new records until the payment is settled."
        : `The last payment for this workspace failed. Please settle it before ${when}, when the workspace becomes read-only.`}{" "}
      {canManage ? (
        <IntentLink href={`/w/${slug}/settings/billing`} className="font-medium underline">
          Go to billing
        </IntentLink>
      ) : (
        "The workspace owner can update the payment method."
      )}
    </Alert>
  );
}
