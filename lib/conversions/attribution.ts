// The attribution rule (README "Conversions"), pure: a click id from one of the workspace's tracking
// links wins; else a discount code of the workspace (case-insensitive); else the order is
// unattributed. Every result carries the reason the Conversions page shows.

export type AttributedBy = "click" | "code" | "none";

export type ClickMatch = { clickId: string; linkId: string; collaborationId: string; linkCode: string };
export type CodeMatch = { discountCodeId: string; collaborationId: string; code: string };

export type AttributionInput = {
  /** The click id the order carried (null when none). */
  clickId: string | null;
  /** That click, when it is one of the workspace's (null when unknown or from another workspace). */
  click: ClickMatch | null;
  /** The discount codes used on the order, as the store sent them. */
  codes: readonly string[];
  /** The workspace's codes by codeKey (upper case). */
  codeLookup: ReadonlyMap<string, CodeMatch>;
};

export type Attribution = {
  attributedBy: AttributedBy;
  collaborationId: string | null;
  linkId: string | null;
  discountCodeId: string | null;
  reason: string;
};

/** upper(trim(code)): how DiscountCode.codeKey stores a code. */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * Applies the rule. Precedence: a known click → "click"; else the first used code (in the order the
 * store listed them) that is one of the workspace's → "code"; else "none". A click id that is not
 * one of the workspace's is mentioned in the reason and then ignored.
 */
export function attribute(input: AttributionInput): Attribution {
  if (input.click) {
    const also = input.codes.length > 0 ? ` (code ${input.codes.join(", ")} also used; the click wins)` : "";
    return {
      attributedBy: "click",
      collaborationId: input.click.collaborationId,
      linkId: input.click.linkId,
      discountCodeId: null,
      reason: `Click through link /r/${input.click.linkCode}${also}`,
    };
  }
  const unknownClick = input.clickId ? `click id ${input.clickId} is not one of this workspace's clicks; ` : "";
  for (const used of input.codes) {
    const match = input.codeLookup.get(codeKey(used));
    if (match) {
      return {
        attributedBy: "code",
        collaborationId: match.collaborationId,
        linkId: null,
        discountCodeId: match.discountCodeId,
        reason: `${capitalise(unknownClick)}Discount code ${match.code}`,
      };
    }
  }
  const codes =
    input.codes.length > 0 ? `code ${input.codes.join(", ")} is not one of this workspace's` : "no click id and no discount code";
  return {
    attributedBy: "none",
    collaborationId: null,
    linkId: null,
    discountCodeId: null,
    reason: capitalise(`${unknownClick}${input.clickId && input.codes.length === 0 ? "no discount code" : codes}`),
  };
}

function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/**
 * Revenue an order still counts for, in minor units: 0 when cancelled, else amount − refunded,
 * never below 0 (a refund larger than the order, e.g. with shipping, counts the order as 0).
 */
export function netRevenueMinor(o: { amountMinor: bigint; refundedMinor: bigint; status: string }): bigint {
  if (o.status === "cancelled") return 0n;
  const net = o.amountMinor - o.refundedMinor;
  return net > 0n ? net : 0n;
}
